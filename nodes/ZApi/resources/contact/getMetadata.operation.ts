import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { phoneField, readContactPhone } from './contactPhone';

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getMetadata'] } },
	[phoneField],
);

export const toolDescription =
	"Reads what WhatsApp shows about one contact. Input: the contact's phone number with country code and area code, digits only (e.g. 5511999998888). Returns phone, name and short (only for saved contacts), notify (the name the person set in WhatsApp), vname, imgUrl (the profile picture; WhatsApp deletes the link after 48 hours) and about (the profile's about text).";

// The fields of get-metadata-contact.md's answer, null when Z-API leaves one out.
const FIELDS = ['name', 'short', 'vname', 'notify', 'imgUrl', 'about'] as const;

/** GET /contacts/{phone} (contacts/get-metadata-contact.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readContactPhone.call(this, itemIndex);
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/contacts/${phone}`,
		itemIndex,
		timeout,
		action: `read the metadata of the contact ${phone}`,
	});
	const output: IDataObject = { phone: answer.phone ?? phone, ...answer };
	for (const field of FIELDS) output[field] = answer[field] ?? null;
	return output;
}
