import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE, meantAsGroupId, parseGroupId } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';
import { sendOnce } from '../../shared/retryState';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName: 'Phone or Group ID',
		name: 'phone',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${PHONE_EXAMPLE}`,
		hint: `A phone number with country code, or a group ID such as ${GROUP_ID_EXAMPLE}.`,
		description:
			'Who gets the message: a phone number with country code and area code, a WhatsApp private ID (…@lid), or a group ID such as the phone field Group → Create returned. Formatting such as +, spaces, brackets and dashes is removed from phone numbers.',
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 4 },
		placeholder: 'e.g. Hello! Your order has shipped.',
		description: 'The text to send. It is sent exactly as written, line breaks included.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Delay Message (Seconds)',
				name: 'delayMessage',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 15 },
				default: 1,
				description:
					'Seconds Z-API waits before sending this message, from 1 to 15. Leave it out to use Z-API’s default.',
			},
			{
				displayName: 'Delay Typing (Seconds)',
				name: 'delayTyping',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 15 },
				default: 1,
				description:
					'Seconds the chat shows “typing…” before the message is sent, from 1 to 15. Leave it out to use Z-API’s default.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendText'] } },
	properties,
);

export const MESSAGE_MAY_HAVE_BEEN_SENT =
	'The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.';

async function readRecipient(this: IExecuteFunctions, itemIndex: number): Promise<string> {
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

function readDelay(
	this: IExecuteFunctions,
	fields: IDataObject,
	name: 'delayMessage' | 'delayTyping',
	label: string,
	itemIndex: number,
): number | undefined {
	const value = fields[name];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 15) {
		throw inputError(
			this.getNode(),
			`${label} must be a whole number of seconds from 1 to 15 (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return seconds;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the text to send',
		trim: false,
	});
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const delayMessage = readDelay.call(this, fields, 'delayMessage', 'Delay Message', itemIndex);
	const delayTyping = readDelay.call(this, fields, 'delayTyping', 'Delay Typing', itemIndex);

	const body: IDataObject = { phone, message };
	if (delayMessage !== undefined) body.delayMessage = delayMessage;
	if (delayTyping !== undefined) body.delayTyping = delayTyping;

	// Sending is not idempotent: a retry of the node must not send the message twice.
	return await sendOnce(this, `/send-text:${itemIndex}:${JSON.stringify(body)}`, async () => {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/send-text',
			body,
			itemIndex,
			timeout,
			action: `send a text message to ${phone}`,
			ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
			expect: ['messageId'],
		});
		return {
			phone,
			zaapId: answer.zaapId ?? null,
			messageId: answer.messageId,
			id: answer.id ?? null,
		} as IDataObject;
	});
}
