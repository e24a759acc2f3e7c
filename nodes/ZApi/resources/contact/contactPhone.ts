/** The one contact's phone number of Get Metadata, Get Profile Picture, Block and Unblock. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';

export const phoneField: INodeProperties = {
	displayName: 'Phone',
	name: 'phone',
	type: 'string',
	required: true,
	default: '',
	placeholder: `e.g. ${PHONE_EXAMPLE}`,
	description:
		"The contact's phone number with country code and area code. Formatting (+, spaces, brackets, dashes) is removed.",
};

/**
 * The Phone parameter, as digits: Z-API's pages take "only numbers, without formatting". A group ID or
 * a private ID (@lid), which these pages do not take, is refused before any request.
 */
export async function readContactPhone(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<string> {
	const value = this.getNodeParameter('phone', itemIndex) as unknown;
	const countryCode = await readDefaultCountryCode.call(this, itemIndex);
	let phone: string | undefined;
	try {
		phone = normalizePhone(value, countryCode);
	} catch (error) {
		throw inputError(this.getNode(), `Phone: ${(error as Error).message}`, itemIndex);
	}
	if (phone === undefined) {
		throw inputError(
			this.getNode(),
			`Phone is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the contact's number, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	if (phone.endsWith('@lid')) {
		throw inputError(
			this.getNode(),
			`Phone: "${phone}" is a WhatsApp private ID (@lid), which Z-API's contact pages do not take: give the phone number, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	return phone;
}
