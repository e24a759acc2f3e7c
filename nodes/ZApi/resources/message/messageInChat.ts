import type { INodeProperties } from 'n8n-workflow';

import { recipientField } from '../../shared/recipient';

const IN_CHAT =
	'The chat the message is in: a phone number with country code and area code, a WhatsApp private ID (…@lid), or a group, picked from the list of your groups or given by its ID. Formatting such as +, spaces, brackets and dashes is removed from phone numbers.';

/**
 * The two fields of an operation on one message of a chat (Delete Message, Mark as Read, Send
 * Reaction, Pin, Forward): the chat (Forward: the recipient) and the Message ID, whose description
 * says what is done to it.
 */
export function messageInChatFields(
	messageIdDescription: string,
	chatDescription = IN_CHAT,
): INodeProperties[] {
	return [
		{ ...recipientField, description: chatDescription },
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3EB0C767D26A1D8A5A4F',
			description: messageIdDescription,
		},
	];
}
