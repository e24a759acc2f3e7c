import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE, meantAsGroupId, parseGroupId } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readPassParameter } from '../../shared/passParameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';
import { readRecipient } from '../../shared/recipient';
import { sendOnce } from '../../shared/retryState';
import { messageInChatFields } from './messageInChat';
import type { SendFieldSet } from '../../shared/send';
import {
	MESSAGE_MAY_HAVE_BEEN_SENT,
	readSendFields,
	sendAdditionalFields,
} from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { zApiRequest } from '../../transport/request';

// message/forward-message.md: delayMessage only (no reply, no delayTyping).
const SHARED: SendFieldSet = { reply: false, delayTyping: false };
const FROM_CHAT = 'From Chat';

const properties: INodeProperties[] = [
	{
		displayName:
			'Z-API forwards a message only when the instance has a webhook set up (e.g. by an active Z-API Trigger); without one, the message is not forwarded.',
		name: 'forwardNotice',
		type: 'notice',
		default: '',
	},
	...messageInChatFields(
		'The messageId of the message to forward: from the Z-API Trigger for a received message, or from the answer of a send',
		'Who gets the forwarded message: a phone number with country code and area code, a WhatsApp private ID (…@lid), or a group, picked from the list of your groups or given by its ID. Formatting such as +, spaces, brackets and dashes is removed from phone numbers.',
	),
	{
		displayName: FROM_CHAT,
		name: 'messagePhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${PHONE_EXAMPLE}`,
		description:
			'The chat the message is in: a phone number with country code, or a group ID. For a received message, the phone of the Z-API Trigger’s item.',
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['forward'] } },
	properties,
);

export const toolDescription = `Forwards a WhatsApp message (sent or received) to another chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the messageId of the message (e.g. 3EB0C767D26A1D8A5A4F); and the chat the message is in (a phone number or group ID, e.g. the phone of a received message). Returns zaapId, forwardedMessageId and messagePhone. Each call forwards the message again: ${TOOL_TEXT.notRepeatable}.`;

/** From Chat: the chat the message is in, a phone number (normalised) or a group ID. */
async function readFromChat(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const value = this.getNodeParameter('messagePhone', itemIndex) as unknown;
	const text = typeof value === 'number' ? String(value) : value;
	try {
		if (typeof text === 'string' && meantAsGroupId(text)) return parseGroupId(text);
		const phone = normalizePhone(text, await readDefaultCountryCode.call(this, itemIndex));
		if (phone !== undefined) return phone;
	} catch (error) {
		throw inputError(this.getNode(), `${FROM_CHAT}: ${(error as Error).message}`, itemIndex);
	}
	throw inputError(
		this.getNode(),
		`${FROM_CHAT} is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the chat the message is in, a phone number, e.g. ${PHONE_EXAMPLE}, or a group ID, e.g. ${GROUP_ID_EXAMPLE}`,
		itemIndex,
	);
}

/**
 * POST /forward-message `{phone, messageId, messagePhone, delayMessage?}`; Z-API documents the answer
 * `{zaapId}` (a messageId, if it sends one, is output too).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const messageId = readTextParameter.call(this, itemIndex, {
		name: 'messageId',
		displayName: 'Message ID',
		hint: 'give the messageId of the message to forward, e.g. 3EB0C767D26A1D8A5A4F',
	});
	const messagePhone = await readFromChat.call(this, itemIndex);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body = {
		phone,
		messageId,
		messagePhone,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendOnce(this, `/forward-message:${itemIndex}:${JSON.stringify(body)}`, async () => {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/forward-message',
			body,
			itemIndex,
			timeout,
			action: `forward the message ${messageId} to ${phone}`,
			ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
			expect: ['zaapId'],
		});
		return {
			phone,
			zaapId: answer.zaapId,
			messageId: answer.messageId ?? null,
			forwardedMessageId: messageId,
			messagePhone,
		} as IDataObject;
	});
}
