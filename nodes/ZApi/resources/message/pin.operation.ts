import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient } from '../../shared/recipient';
import { messageInChatFields } from './messageInChat';
import { sendMessage } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';

// message/send-pin-message.md: messageAction and pinMessageDuration, both required.
const ACTIONS = ['pin', 'unpin'];
const DURATIONS = ['24_hours', '7_days', '30_days'];
/** Sent with Unpin too (the field is required; "no effect when action is unpin"): the JSON example's. */
const DEFAULT_DURATION = '7_days';

const properties: INodeProperties[] = [
	...messageInChatFields(
		'The messageId of the message to pin or unpin: from the answer of a send, or from the Z-API Trigger',
	),
	{
		displayName: 'Action',
		name: 'messageAction',
		type: 'options',
		options: [
			{ name: 'Pin', value: 'pin' },
			{ name: 'Unpin', value: 'unpin' },
		],
		default: 'pin',
		description: 'Whether to pin the message at the top of its chat, or unpin it',
	},
	{
		displayName: 'Pinned For',
		name: 'pinMessageDuration',
		type: 'options',
		options: [
			{ name: '24 Hours', value: '24_hours' },
			{ name: '7 Days', value: '7_days' },
			{ name: '30 Days', value: '30_days' },
		],
		default: DEFAULT_DURATION,
		description: 'How long the message stays pinned',
		displayOptions: { show: { messageAction: ['pin'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['pin'] } },
	properties,
);

export const toolDescription = `Pins a WhatsApp message at the top of its chat (private chat or group) for 24 hours, 7 days or 30 days, or unpins it. Input: the chat the message is in, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the messageId of the message (e.g. 3EB0C767D26A1D8A5A4F); the action, pin or unpin; for pin, the duration: 24_hours, 7_days or 30_days. Returns messageId (the pin's own id), messageAction and pinnedMessageId. Each call sends the pin again: ${TOOL_TEXT.notRepeatable}.`;

/** One of `allowed`, from the form or an expression (any letter case), or an error naming the field. */
function readChoice(
	this: IExecuteFunctions,
	itemIndex: number,
	field: { name: string; displayName: string; allowed: string[]; fallback?: string },
): string {
	const value = this.getNodeParameter(field.name, itemIndex, field.fallback) as unknown;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
	if (typeof text === 'string' && field.allowed.includes(text)) return text;
	throw inputError(
		this.getNode(),
		`${field.displayName} must be one of ${field.allowed.join(', ')} (got ${JSON.stringify(value) ?? 'nothing'})`,
		itemIndex,
	);
}

/** POST /pin-message `{phone, messageId, messageAction, pinMessageDuration}`; answer `{zaapId, messageId, id}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const messageId = readTextParameter.call(this, itemIndex, {
		name: 'messageId',
		displayName: 'Message ID',
		hint: 'give the messageId of the message to pin or unpin, e.g. 3EB0C767D26A1D8A5A4F',
	});
	const messageAction = readChoice.call(this, itemIndex, {
		name: 'messageAction',
		displayName: 'Action',
		allowed: ACTIONS,
	});
	const pinMessageDuration =
		messageAction === 'pin'
			? readChoice.call(this, itemIndex, {
					name: 'pinMessageDuration',
					displayName: 'Pinned For',
					allowed: DURATIONS,
					fallback: DEFAULT_DURATION,
				})
			: DEFAULT_DURATION;
	const body = { phone, messageId, messageAction, pinMessageDuration };
	const sent = await sendMessage.call(this, {
		endpoint: '/pin-message',
		body,
		itemIndex,
		timeout,
		what: `the ${messageAction} of the message ${messageId}`,
	});
	// Z-API's messageId is the pin's own: the message pinned is kept beside it.
	return {
		...sent,
		messageAction,
		...(messageAction === 'pin' ? { pinMessageDuration } : {}),
		pinnedMessageId: messageId,
	};
}
