import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient } from '../../shared/recipient';
import { sendOnce } from '../../shared/retryState';
import { messageInChatFields } from './messageInChat';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	...messageInChatFields(
		'The messageId of the message to mark as read: from the Z-API Trigger for a received message, or from the answer of a send',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['markAsRead'] } },
	properties,
);

export const toolDescription = `Marks a WhatsApp message as read (blue ticks for its sender). Input: the chat the message is in, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the messageId of the message (from a received message, e.g. 3EB0C767D26A1D8A5A4F). Returns read: true.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const messageId = readTextParameter.call(this, itemIndex, {
		name: 'messageId',
		displayName: 'Message ID',
		hint: 'give the messageId of the message to mark as read, e.g. 3EB0C767D26A1D8A5A4F',
	});
	const body = { phone, messageId };
	// Through the send door, as every POST that changes a chat: a retry pass gets the first outcome.
	return await sendOnce(this, `/read-message:${itemIndex}:${JSON.stringify(body)}`, async () => {
		// Documented answer: 204 No Content (both pages' example shows {}).
		await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/read-message',
			body,
			itemIndex,
			timeout,
			action: `mark the message ${messageId} in the chat ${phone} as read`,
			ifUncertain:
				'The message may have been marked as read anyway: check the chat in WhatsApp before you run this again.',
			acceptEmptyAnswer: true,
		});
		return { phone, messageId, read: true } as IDataObject;
	});
}
