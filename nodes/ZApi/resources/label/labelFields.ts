/**
 * The fields the Label operations share: the WhatsApp Business notice, the label's Color (an index in
 * Z-API's list of colors) and the chat's Phone, with their readers. Each value is checked before any
 * request, with a message that names the field and the value.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isGroupId } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';

/** Every label page of Z-API says the labels are WhatsApp Business's. */
export const BUSINESS_NOTICE =
	'Labels need WhatsApp Business: the number connected to the instance must use the WhatsApp Business app.';

export function businessNotice(operation: string): INodeProperties {
	return {
		displayName: BUSINESS_NOTICE,
		name: `${operation}LabelNotice`,
		type: 'notice',
		default: '',
	};
}

export const labelNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. New customer',
	description: 'The name of the label, as WhatsApp Business shows it on the chats',
};

/** The Additional Fields of Create and Update: the Color (optional in both of Z-API's pages). */
export const labelColorFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Color',
			name: 'color',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			placeholder: 'e.g. 1',
			description:
				'The number (index) of the color in Z-API’s list of label colors for this account: 0, 1, 2… The colors differ between Android and iPhone. Left out, no color is sent.',
		},
	],
};

/** The Color of the item's Additional Fields: a whole number from 0, or undefined when not added. */
export function readLabelColor(
	this: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): number | undefined {
	const value = fields.color;
	if (value === undefined || value === null || value === '') return undefined;
	const color = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof color !== 'number' || !Number.isSafeInteger(color) || color < 0) {
		throw inputError(
			this.getNode(),
			`Color must be a whole number from 0 (got ${JSON.stringify(value)}): give the index of one of Z-API's label colors, e.g. 1`,
			itemIndex,
		);
	}
	return color;
}

export const chatPhoneField: INodeProperties = {
	displayName: 'Phone',
	name: 'phone',
	type: 'string',
	required: true,
	default: '',
	placeholder: `e.g. ${PHONE_EXAMPLE}`,
	description:
		'The chat: its phone number with country code and area code, e.g. the phone of a message the Z-API Trigger received. Formatting such as +, spaces, brackets and dashes is removed.',
};

/** The chat's phone number of the item (`{phone}` in the path), normalised as every phone is. */
export async function readChatPhone(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const value = this.getNodeParameter('phone', itemIndex) as unknown;
	if (typeof value === 'string' && isGroupId(value.trim())) {
		throw inputError(
			this.getNode(),
			`Phone: "${value.trim()}" is a group ID: Z-API documents labels for chats with a phone number, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
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
			`Phone is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the chat's phone number with country code, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	return phone;
}
