import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText } from '../../shared/parameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';
import { sendContactList, updateNotice } from './phoneContacts';

const properties: INodeProperties[] = [
	updateNotice(
		'addContactsNotice',
		" WhatsApp must also be allowed to add contacts in the phone's privacy settings.",
	),
	{
		displayName: 'Contacts',
		name: 'contacts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		required: true,
		default: { contact: [{ firstName: '', lastName: '', phone: '' }] },
		placeholder: 'Add Contact',
		description: "The contacts to save in the phone's address book, all in one request",
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{
						displayName: 'First Name',
						name: 'firstName',
						type: 'string',
						required: true,
						default: '',
						placeholder: 'e.g. Maria',
					},
					{
						displayName: 'Last Name',
						name: 'lastName',
						type: 'string',
						default: '',
						placeholder: 'e.g. Souza',
					},
					{
						displayName: 'Phone',
						name: 'phone',
						type: 'string',
						required: true,
						default: '',
						placeholder: `e.g. ${PHONE_EXAMPLE}`,
						description: 'The phone number with country code and area code',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['add'] } },
	properties,
);

export const toolDescription =
	"Saves contacts in the address book of the phone connected to WhatsApp. Input: each contact's first name, optional last name and phone number with country code and area code, digits only (e.g. 5511999998888). Returns phones and added: true, with Z-API's errors list. Works only for WhatsApp accounts that received WhatsApp's update for it.";

interface NewContact extends IDataObject {
	firstName: string;
	lastName?: string;
	phone: string;
}

/** The Contacts entries, each checked, naming the entry (1-based) and the field. */
async function readContacts(this: IExecuteFunctions, itemIndex: number): Promise<NewContact[]> {
	const given = this.getNodeParameter('contacts.contact', itemIndex, []) as unknown;
	const entries = Array.isArray(given) ? (given as IDataObject[]) : [];
	if (entries.length === 0) {
		throw inputError(
			this.getNode(),
			`Contacts: no contact given: add at least one, with its First Name and Phone, e.g. Maria, ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	const countryCode = await readDefaultCountryCode.call(this, itemIndex);
	return entries.map((entry, index) => {
		const where = `Contact ${index + 1}`;
		const fail = (message: string) => inputError(this.getNode(), `${where}: ${message}`, itemIndex);
		const firstName = readOptionalText.call(
			this,
			itemIndex,
			`${where}: First Name`,
			entry.firstName,
		);
		if (firstName === '')
			throw fail('First Name is empty: give the contact\'s first name, e.g. "Maria"');
		const lastName = readOptionalText.call(this, itemIndex, `${where}: Last Name`, entry.lastName);
		let phone: string | undefined;
		try {
			phone = normalizePhone(entry.phone, countryCode);
		} catch (error) {
			throw fail(`Phone: ${(error as Error).message}`);
		}
		if (phone === undefined) {
			throw fail(`Phone is empty: give the contact's number, e.g. ${PHONE_EXAMPLE}`);
		}
		if (phone.endsWith('@lid')) {
			throw fail(
				`Phone: "${phone}" is a WhatsApp private ID (@lid), not a phone number: the address book needs the number, e.g. ${PHONE_EXAMPLE}`,
			);
		}
		// lastName is optional (add-contacts.md): left out when empty.
		return lastName ? { firstName, lastName, phone } : { firstName, phone };
	});
}

/** POST /contacts/add with the list of contacts (contacts/add-contacts.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const contacts = await readContacts.call(this, itemIndex);
	const phones = contacts.map((contact) => contact.phone);
	const errors = await sendContactList.call(this, {
		method: 'POST',
		endpoint: '/contacts/add',
		body: contacts,
		itemIndex,
		timeout,
		action: `add ${phones.join(', ')} to the phone's contacts`,
		ifUncertain:
			"The contacts may have been added anyway: check the phone's contacts before you run this again.",
	});
	return { phones, added: true, contacts, errors };
}
