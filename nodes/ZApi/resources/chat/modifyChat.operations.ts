/** The Chat operations that are one /modify-chat action each (modifyChat.ts). */
import type { INodeProperties } from 'n8n-workflow';

import { CHAT_INPUT } from './chatField';
import { modifyChatOperation } from './modifyChat';

const returns = (flag: string) => `Returns chatId, phone and ${flag}: true.`;

export const markRead = modifyChatOperation({
	operation: 'markRead',
	action: 'read',
	doing: (phone) => `mark the chat ${phone} as read`,
	done: 'marked as read',
	output: 'markedRead',
	toolDescription: `Marks a whole WhatsApp chat as read (all its messages). Input: ${CHAT_INPUT}. ${returns('markedRead')}`,
});

export const markUnread = modifyChatOperation({
	operation: 'markUnread',
	action: 'unread',
	doing: (phone) => `mark the chat ${phone} as unread`,
	done: 'marked as unread',
	output: 'markedUnread',
	toolDescription: `Marks a WhatsApp chat as unread, as a reminder to come back to it. Input: ${CHAT_INPUT}. ${returns('markedUnread')}`,
});

export const archive = modifyChatOperation({
	operation: 'archive',
	action: 'archive',
	doing: (phone) => `archive the chat ${phone}`,
	done: 'archived',
	output: 'archived',
	toolDescription: `Archives a WhatsApp chat: it leaves the main chat list, nothing is deleted. Input: ${CHAT_INPUT}. ${returns('archived')}`,
});

export const unarchive = modifyChatOperation({
	operation: 'unarchive',
	action: 'unarchive',
	doing: (phone) => `unarchive the chat ${phone}`,
	done: 'unarchived',
	output: 'unarchived',
	toolDescription: `Unarchives a WhatsApp chat: it comes back to the main chat list. Input: ${CHAT_INPUT}. ${returns('unarchived')}`,
});

export const pin = modifyChatOperation({
	operation: 'pin',
	action: 'pin',
	doing: (phone) => `pin the chat ${phone}`,
	done: 'pinned',
	output: 'pinned',
	toolDescription: `Pins a WhatsApp chat to the top of the chat list. Input: ${CHAT_INPUT}. ${returns('pinned')}`,
});

export const unpin = modifyChatOperation({
	operation: 'unpin',
	action: 'unpin',
	doing: (phone) => `unpin the chat ${phone}`,
	done: 'unpinned',
	output: 'unpinned',
	toolDescription: `Unpins a WhatsApp chat from the top of the chat list. Input: ${CHAT_INPUT}. ${returns('unpinned')}`,
});

export const mute = modifyChatOperation({
	operation: 'mute',
	action: 'mute',
	doing: (phone) => `mute the chat ${phone}`,
	done: 'muted',
	output: 'muted',
	toolDescription: `Mutes a WhatsApp chat: its messages no longer notify the phone. Input: ${CHAT_INPUT}. ${returns('muted')}`,
});

export const unmute = modifyChatOperation({
	operation: 'unmute',
	action: 'unmute',
	doing: (phone) => `unmute the chat ${phone}`,
	done: 'unmuted',
	output: 'unmuted',
	toolDescription: `Unmutes a WhatsApp chat: its messages notify the phone again. Input: ${CHAT_INPUT}. ${returns('unmuted')}`,
});

const cannotBeUndone = (what: string): INodeProperties => ({
	displayName: `${what} This cannot be undone.`,
	name: 'cannotBeUndoneNotice',
	type: 'notice',
	default: '',
});

export const clear = modifyChatOperation({
	operation: 'clear',
	action: 'clear',
	doing: (phone) => `clear the chat ${phone}`,
	done: 'cleared',
	output: 'cleared',
	toolDescription: `Clears a WhatsApp chat of the connected number: deletes its messages; the chat stays in the list. It cannot be undone. Input: ${CHAT_INPUT}. ${returns('cleared')}`,
	extra: [
		cannotBeUndone('Deletes the messages of the chat on the connected number; the chat stays.'),
	],
});

export const deleteChat = modifyChatOperation({
	operation: 'delete',
	action: 'delete',
	doing: (phone) => `delete the chat ${phone}`,
	done: 'deleted',
	output: 'deleted',
	toolDescription: `Deletes a WhatsApp chat from the chat list of the connected number. It cannot be undone. Input: ${CHAT_INPUT}. ${returns('deleted')}`,
	extra: [cannotBeUndone('Deletes the chat from the connected number’s chat list.')],
});
