/** "Phone or Group ID": who a message goes to, the same field and reader on every send. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE, meantAsGroupId, parseGroupId } from './groupId';
import { inputError } from './nodeErrors';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from './phones';

export const recipientField: INodeProperties = {
	displayName: 'Phone or Group ID',
	name: 'phone',
	type: 'string',
	required: true,
	default: '',
	placeholder: `e.g. ${PHONE_EXAMPLE}`,
	hint: `A phone number with country code, or a group ID such as ${GROUP_ID_EXAMPLE}.`,
	description:
		'Who gets the message: a phone number with country code and area code, a WhatsApp private ID (…@lid), or a group ID such as the phone field Group → Create returned. Formatting such as +, spaces, brackets and dashes is removed from phone numbers.',
};

/** The recipient of the item: a group id (checked as one), or a phone number, normalised. */
export async function readRecipient(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const value = this.getNodeParameter('phone', itemIndex) as unknown;
	const groupId = typeof value === 'string' && meantAsGroupId(value);
	const countryCode = groupId ? '' : await readDefaultCountryCode.call(this, itemIndex);
	try {
		if (groupId) return parseGroupId(value);
		const phone = normalizePhone(value, countryCode);
		if (phone !== undefined) return phone;
	} catch (error) {
		throw inputError(this.getNode(), `Phone or Group ID: ${(error as Error).message}`, itemIndex);
	}
	throw inputError(
		this.getNode(),
		`Phone or Group ID is empty (got ${JSON.stringify(value) ?? 'nothing'}): give a phone number, e.g. ${PHONE_EXAMPLE}, or a group ID, e.g. ${GROUP_ID_EXAMPLE}`,
		itemIndex,
	);
}
