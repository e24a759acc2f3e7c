/** The chat an operation of the Chat resource works on: the "Phone or Group ID" of the message sends. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readRecipient, recipientField } from '../../shared/recipient';

export const chatField: INodeProperties = {
	...recipientField,
	description:
		'The chat: a phone number with country code and area code, a WhatsApp private ID (…@lid), or a group, picked from the list of your groups or given by its ID. Formatting such as +, spaces, brackets and dashes is removed from phone numbers. Chat → Get Many gives the chatId of every chat.',
};

/** The tool text's words for the chat input. */
export const CHAT_INPUT =
	'the chat, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group)';

/** The item's chat, checked (as the sends check their recipient) before any request. */
export async function readChat(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	return await readRecipient.call(this, itemIndex);
}
