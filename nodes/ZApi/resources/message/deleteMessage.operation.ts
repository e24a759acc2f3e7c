import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter, readTextParameter } from '../../shared/parameters';
import { readRecipient } from '../../shared/recipient';
import { messageInChatFields } from './messageInChat';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	...messageInChatFields(
		'The messageId of the message to delete: from the answer of a send, or from the Z-API Trigger for a received message',
	),
	{
		displayName: 'Sent by Me',
		name: 'owner',
		type: 'boolean',
		required: true,
		default: true,
		description:
			'Whether the message was sent by the number connected to the instance. Turn it off to delete a message you received (in a group, as its admin).',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['deleteMessage'] } },
	properties,
);

export const toolDescription = `Deletes a WhatsApp message for everyone in the chat. Input: the chat the message is in, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the messageId of the message (from the answer of a send or from a received message, e.g. 3EB0C767D26A1D8A5A4F); and whether this account sent it (true) or received it (false). Returns deleted: true.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const messageId = readTextParameter.call(this, itemIndex, {
		name: 'messageId',
		displayName: 'Message ID',
		hint: 'give the messageId of the message to delete, e.g. 3EB0C767D26A1D8A5A4F',
	});
	const owner = readBooleanParameter.call(this, 'owner', 'Sent by Me', itemIndex);
	const query = new URLSearchParams({ messageId, phone, owner: String(owner) });
	// Documented answer: 204 No Content (the page's example shows {}).
	await zApiRequest.call(this, {
		method: 'DELETE',
		endpoint: `/messages?${query.toString()}`,
		itemIndex,
		timeout,
		action: `delete the message ${messageId} in the chat ${phone}`,
		ifUncertain:
			'The message may have been deleted anyway: check the chat in WhatsApp before you run this again.',
		acceptEmptyAnswer: true,
	});
	return { phone, messageId, owner, deleted: true };
}
