import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText, readTextParameter } from '../../shared/parameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

const SHARED: SendFieldSet = { reply: true, delayTyping: false };

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Contact Name',
		name: 'contactName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Maria Souza',
		description: 'The name on the contact card',
	},
	{
		displayName: 'Contact Phone',
		name: 'contactPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${PHONE_EXAMPLE}`,
		description:
			'The phone number on the contact card, with country code and area code. Formatting such as +, spaces, brackets and dashes is removed.',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888',
	},
	sendAdditionalFields(SHARED, [
		{
			displayName: 'Business Description',
			name: 'contactBusinessDescription',
			type: 'string',
			default: '',
			placeholder: 'e.g. Sales, Monday to Friday 9–18',
			description:
				'A line about the contact, shown on the card in the WhatsApp app (not on WhatsApp Web)',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendContact'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp contact card, which the recipient can save or message. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the contact's name (e.g. Maria Souza); the contact's phone number with country code and area code (e.g. 5521988887777). Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

async function readContactPhone(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const value = this.getNodeParameter('contactPhone', itemIndex) as unknown;
	const countryCode = await readDefaultCountryCode.call(this, itemIndex);
	let phone: string | undefined;
	try {
		phone = normalizePhone(value, countryCode);
	} catch (error) {
		throw inputError(this.getNode(), `Contact Phone: ${(error as Error).message}`, itemIndex);
	}
	if (phone === undefined) {
		throw inputError(
			this.getNode(),
			`Contact Phone is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the contact's number, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	if (phone.endsWith('@lid')) {
		throw inputError(
			this.getNode(),
			`Contact Phone: "${phone}" is a WhatsApp private ID (@lid), not a phone number: a contact card needs the number, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	return phone;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const contactName = readTextParameter.call(this, itemIndex, {
		name: 'contactName',
		displayName: 'Contact Name',
		hint: 'give the name on the card, e.g. "Maria Souza"',
	});
	const contactPhone = await readContactPhone.call(this, itemIndex);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const businessDescription = readOptionalText.call(
		this,
		itemIndex,
		'Business Description',
		fields.contactBusinessDescription,
	);
	const body: IDataObject & { phone: string } = { phone, contactName, contactPhone };
	if (businessDescription !== '') body.contactBusinessDescription = businessDescription;
	Object.assign(body, readSendFields.call(this, fields, SHARED, itemIndex));
	return await sendMessage.call(this, {
		endpoint: '/send-contact',
		body,
		itemIndex,
		timeout,
		what: 'a contact card',
	});
}
