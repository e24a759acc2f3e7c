import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { PHONE_EXAMPLE, readPhoneList } from '../../shared/phones';
import { sendContactList, updateNotice } from './phoneContacts';

const properties: INodeProperties[] = [
	updateNotice('removeContactsNotice'),
	{
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description:
			"The numbers to remove from the phone's address book, with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node.",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['remove'] } },
	properties,
);

export const toolDescription =
	"Removes contacts from the address book of the phone connected to WhatsApp. Input: their phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas. Returns phones and removed: true, with Z-API's errors list. Works only for WhatsApp accounts that received WhatsApp's update for it.";

/** DELETE /contacts/remove with the list of numbers (contacts/remove-contacts.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phones = await readPhoneList.call(this, itemIndex, {
		needed: 'at least one number to remove',
		lid: `, not a phone number: the address book needs numbers, e.g. ${PHONE_EXAMPLE}`,
	});
	const errors = await sendContactList.call(this, {
		method: 'DELETE',
		endpoint: '/contacts/remove',
		body: phones,
		itemIndex,
		timeout,
		action: `remove ${phones.join(', ')} from the phone's contacts`,
		ifUncertain:
			'The contacts may have been removed anyway; removing them again changes nothing, so you can run this again.',
	});
	return { phones, removed: true, errors };
}
