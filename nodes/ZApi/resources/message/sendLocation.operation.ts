import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

const SHARED: SendFieldSet = { reply: true, delayTyping: false };

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Z-API Office',
		description: 'The name of the place, shown above the address',
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Av. Paulista, 1000, São Paulo, SP',
		description:
			'The address shown under the title: street, number, district, city, state and ZIP code, separated by commas',
	},
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. -23.5613',
		description:
			'Decimal degrees from -90 to 90 (south is negative). A decimal comma (-23,5613) is read as a point.',
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. -46.6565',
		description:
			'Decimal degrees from -180 to 180 (west is negative). A decimal comma (-46,6565) is read as a point.',
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendLocation'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp location: a pin on the map with a name and an address. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the place's name (e.g. Z-API Office); its address (e.g. Av. Paulista, 1000, São Paulo, SP); latitude from -90 to 90 and longitude from -180 to 180 in decimal degrees (e.g. -23.5613 and -46.6565). Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A coordinate as Z-API takes it (a string), written as given: `-23,5` → `-23.5`, `+10` → `10`. */
function readCoordinate(
	this: IExecuteFunctions,
	itemIndex: number,
	name: 'latitude' | 'longitude',
	limit: number,
): string {
	const displayName = name === 'latitude' ? 'Latitude' : 'Longitude';
	const example = name === 'latitude' ? '-23.5613' : '-46.6565';
	const value = this.getNodeParameter(name, itemIndex) as unknown;
	if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
		throw inputError(
			this.getNode(),
			`${displayName} is empty (got ${JSON.stringify(value) ?? 'nothing'}): give it in decimal degrees, e.g. ${example}`,
			itemIndex,
		);
	}
	// A number from an expression, written without exponent (1e-7 → 0.0000001).
	const text =
		typeof value === 'number'
			? value.toFixed(12).replace(/\.?0+$/, '')
			: String(value)
					.trim()
					.replace(/^(\D?\d*),(\d+)$/, '$1.$2');
	const degrees = Number(text);
	if (typeof value === 'object' || !DECIMAL.test(text) || !Number.isFinite(degrees)) {
		throw inputError(
			this.getNode(),
			`${displayName} must be a number of decimal degrees, e.g. ${example} (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	if (Math.abs(degrees) > limit) {
		throw inputError(
			this.getNode(),
			`${displayName} must be from -${limit} to ${limit} (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return text.replace(/^\+/, '');
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const title = readTextParameter.call(this, itemIndex, {
		name: 'title',
		displayName: 'Title',
		hint: 'give the place a name, e.g. "Z-API Office"',
	});
	const address = readTextParameter.call(this, itemIndex, {
		name: 'address',
		displayName: 'Address',
		hint: 'give the address, e.g. "Av. Paulista, 1000, São Paulo, SP"',
	});
	const latitude = readCoordinate.call(this, itemIndex, 'latitude', 90);
	const longitude = readCoordinate.call(this, itemIndex, 'longitude', 180);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body = {
		phone,
		title,
		address,
		latitude,
		longitude,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-location',
		body,
		itemIndex,
		timeout,
		what: 'a location',
	});
}
