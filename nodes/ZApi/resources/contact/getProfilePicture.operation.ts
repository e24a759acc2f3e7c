import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { phoneField, readContactPhone } from './contactPhone';

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getProfilePicture'] } },
	[phoneField],
);

export const toolDescription =
	"Gets the current link to a contact's WhatsApp profile picture (it does not download the image). Input: the contact's phone number with country code and area code, digits only (e.g. 5511999998888). Returns phone and link (the picture's URL; null when WhatsApp shows no picture).";

/**
 * The link of an answer: get-profile-picture.md shows a list with one `{link}`; a bare `{link}` is read
 * too. Anything without a `link` key is no answer to this request.
 */
function linkOf(body: unknown): IDataObject | undefined {
	const entry = Array.isArray(body) ? (body[0] as unknown) : body;
	if (!entry || typeof entry !== 'object' || !('link' in entry)) return undefined;
	const { link } = entry as IDataObject;
	if (link !== null && typeof link !== 'string') return undefined;
	return { link: link === '' ? null : link };
}

/** GET /profile-picture?phone= (contacts/get-profile-picture.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readContactPhone.call(this, itemIndex);
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/profile-picture?phone=${phone}`,
		itemIndex,
		timeout,
		action: `get the profile picture of the contact ${phone}`,
		accept: linkOf,
	});
	return { phone, link: answer.link };
}
