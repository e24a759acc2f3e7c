/**
 * The Chat operations, and Message → Forward and Pin (which work on a chat's messages), against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each input item's chat is one
 * of the double's groups (a group is a chat too).
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import {
	MESSAGE_MAY_HAVE_BEEN_SENT,
	describeOperationFaults,
	useFaultDouble,
} from '../../../helpers/faultRunner';

const double = useFaultDouble();

const CHAT = { phone: '={{ $json.groupId }}' };
const MESSAGE_ID = '3EB0C767D26A1D8A5A4F';

/** One /modify-chat operation: its words, its change done, its output flag. */
const modify = (operation: string, doing: string, done: string, output: string): OperationRow => ({
	name: `Chat → ${operation}`,
	parameters: { resource: 'chat', operation, ...CHAT },
	route: '/modify-chat',
	action: (groupId) => doing.replace('{chat}', groupId),
	done: (groupId) => ({ chatId: groupId, phone: groupId, [output]: true }),
	ifUncertain: `The chat may have been ${done} anyway: check it in WhatsApp before you run this again.`,
});

const operations: OperationRow[] = [
	{
		// A read; Limit 1, so that each item outputs one chat (the first of the list).
		name: 'Chat → Get Many',
		parameters: { resource: 'chat', operation: 'getMany', limit: 1 },
		route: '/chats',
		action: () => 'list the chats (page 1)',
		done: () => ({ isGroup: true }),
		reads: true,
	},
	{
		name: 'Chat → Get Metadata',
		parameters: { resource: 'chat', operation: 'getMetadata', ...CHAT },
		route: '/chats/:phone',
		action: (groupId) => `get the metadata of the chat ${groupId}`,
		done: (groupId) => ({ chatId: groupId, phone: groupId, isGroup: true }),
		reads: true,
	},
	modify('markRead', 'mark the chat {chat} as read', 'marked as read', 'markedRead'),
	modify('markUnread', 'mark the chat {chat} as unread', 'marked as unread', 'markedUnread'),
	modify('archive', 'archive the chat {chat}', 'archived', 'archived'),
	modify('unarchive', 'unarchive the chat {chat}', 'unarchived', 'unarchived'),
	modify('pin', 'pin the chat {chat}', 'pinned', 'pinned'),
	modify('unpin', 'unpin the chat {chat}', 'unpinned', 'unpinned'),
	modify('mute', 'mute the chat {chat}', 'muted', 'muted'),
	modify('unmute', 'unmute the chat {chat}', 'unmuted', 'unmuted'),
	modify('clear', 'clear the chat {chat}', 'cleared', 'cleared'),
	modify('delete', 'delete the chat {chat}', 'deleted', 'deleted'),
	{
		name: 'Chat → Set Disappearing Messages',
		parameters: {
			resource: 'chat',
			operation: 'setDisappearingMessages',
			...CHAT,
			chatExpiration: '24_HOURS',
		},
		route: '/send-chat-expiration',
		action: (groupId) => `set disappearing messages to 24_HOURS in the chat ${groupId}`,
		done: (groupId) => ({ chatId: groupId, chatExpiration: '24_HOURS' }),
		ifUncertain:
			'Disappearing messages may have been set anyway: check the chat in WhatsApp before you run this again.',
	},
	{
		// Forwarded within the group's own chat: the double knows the group as a chat.
		name: 'Message → Forward',
		parameters: {
			resource: 'message',
			operation: 'forward',
			...CHAT,
			messageId: MESSAGE_ID,
			messagePhone: '={{ $json.groupId }}',
		},
		route: '/forward-message',
		action: (groupId) => `forward the message ${MESSAGE_ID} to ${groupId}`,
		done: (groupId) => ({ phone: groupId, forwardedMessageId: MESSAGE_ID }),
		ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
	},
	{
		name: 'Message → Pin',
		parameters: { resource: 'message', operation: 'pin', ...CHAT, messageId: MESSAGE_ID },
		route: '/pin-message',
		action: (groupId) => `send the pin of the message ${MESSAGE_ID} to ${groupId}`,
		done: (groupId) => ({ phone: groupId, messageAction: 'pin', pinnedMessageId: MESSAGE_ID }),
		ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
	},
];

describeOperationFaults(double, operations);
