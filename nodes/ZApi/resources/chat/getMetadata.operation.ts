import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { CHAT_INPUT, chatField, readChat } from './chatField';

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getMetadata'] } },
	[chatField],
);

export const toolDescription = `Gets what WhatsApp knows about one chat of the connected number. Input: ${CHAT_INPUT}. Returns chatId, phone, unread (number of unread messages), lastMessageTime, isMuted, isMarkedSpam, profileThumbnail, isGroup, isGroupAnnouncement, about and, on WhatsApp Business, notes. It only reads: calling it again is safe.`;

function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown })?.httpCode) === '404';
}

/**
 * GET /chats/{phone} (chats/get-metadata-chat.md: the method line of both pages and the Portuguese
 * example); the English example and the JSON example write /chat/{phone}: asked there once when
 * /chats/ answers 404. Outputs `chatId` first, then Z-API's fields.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readChat.call(this, itemIndex);
	// readChat gives digits, a group ID or a …@lid ID: nothing that would change the path.
	const path =
		/^[\w@.-]+$/.test(phone) && !phone.includes('..') ? phone : encodeURIComponent(phone);
	const request = (endpoint: string) =>
		zApiRequest.call(this, {
			method: 'GET',
			endpoint,
			itemIndex,
			timeout,
			action: `get the metadata of the chat ${phone}`,
		});
	// Only a 404 asks the other path; any other failure is the answer (as the transport made it).
	const answer = await request(`/chats/${path}`).catch(async (error: unknown) =>
		isNotFound(error) ? await request(`/chat/${path}`) : await Promise.reject(error),
	);
	return { chatId: phone, phone: answer.phone ?? phone, ...answer };
}
