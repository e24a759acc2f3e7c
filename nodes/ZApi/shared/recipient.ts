/** "Phone or Group ID": who a message goes to, the same field and reader on every send. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { meantAsChannelId, parseChannelId } from './channelId';
import { GROUP_ID_EXAMPLE, groupPickerModes, meantAsGroupId, parseGroupId } from './groupId';
import { locatorParts } from './idPicker';
import { inputError } from './nodeErrors';
import { readPassParameter } from './passParameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from './phones';

const FIELD = 'Phone or Group ID';

/**
 * A resource locator whose first mode, the default, takes a phone number (or anything the field took
 * before it was a picker); From List and By ID give a group. Its parameter name stays `phone`: a plain
 * value saved before the picker, or an expression, is read as the Phone mode's value.
 */
export const recipientField: INodeProperties = {
	displayName: FIELD,
	name: 'phone',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'phone', value: '' },
	description:
		'Who gets the message: a phone number with country code and area code, a WhatsApp private ID (…@lid), a WhatsApp channel ID (…@newsletter, from Channel → Create or Get Many), or a group, picked from the list of your groups or given by its ID (the groupId that Group → Create returned). Formatting such as +, spaces, brackets and dashes is removed from phone numbers. A plain value saved by an earlier version of this node keeps working.',
	modes: [
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			placeholder: `e.g. ${PHONE_EXAMPLE}`,
			hint: 'A phone number with country code, or a channel ID (…@newsletter). For a group, choose From List or By ID.',
		},
		...groupPickerModes(FIELD).modes,
	],
};

/**
 * The recipient of the item: a group id (checked as one), a channel id (…@newsletter, checked, sent as
 * Z-API writes it), or a phone number, normalised. From List
 * and By ID take only a group id; the Phone mode, and a plain value (saved before the picker,
 * or an expression), read a phone number or, when it is written as one, a group id, as before.
 */
export async function readRecipient(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const { mode, value } = locatorParts(readPassParameter(this, 'phone', itemIndex));
	const groupId =
		mode === 'list' || mode === 'id' || (typeof value === 'string' && meantAsGroupId(value));
	const channelId = !groupId && typeof value === 'string' && meantAsChannelId(value);
	const countryCode =
		groupId || channelId ? '' : await readDefaultCountryCode.call(this, itemIndex);
	try {
		if (groupId) return parseGroupId(value);
		if (channelId) return parseChannelId(value);
		const phone = normalizePhone(value, countryCode);
		if (phone !== undefined) return phone;
	} catch (error) {
		throw inputError(this.getNode(), `${FIELD}: ${(error as Error).message}`, itemIndex);
	}
	throw inputError(
		this.getNode(),
		`${FIELD} is empty (got ${JSON.stringify(value) ?? 'nothing'}): give a phone number, e.g. ${PHONE_EXAMPLE}, or a group ID, e.g. ${GROUP_ID_EXAMPLE}`,
		itemIndex,
	);
}
