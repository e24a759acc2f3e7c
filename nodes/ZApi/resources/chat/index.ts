import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as getMany from './getMany.operation';
import * as getMetadata from './getMetadata.operation';
import {
	archive,
	clear,
	deleteChat,
	markRead,
	markUnread,
	mute,
	pin,
	unarchive,
	unmute,
	unpin,
} from './modifyChat.operations';
import * as setDisappearingMessages from './setDisappearingMessages.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chat'] } },
	options: [
		{
			name: 'Archive',
			value: 'archive',
			description: 'Move a chat out of the main chat list; nothing is deleted',
			action: 'Archive a chat',
		},
		{
			name: 'Clear',
			value: 'clear',
			description: 'Delete the messages of a chat; the chat stays',
			action: 'Clear a chat',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a chat from the chat list',
			action: 'Delete a chat',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the chats of the connected number, people and groups',
			action: 'Get many chats',
		},
		{
			name: 'Get Metadata',
			value: 'getMetadata',
			description: "Get a chat's unread count, mute state, photo and notes",
			action: 'Get the metadata of a chat',
		},
		{
			name: 'Mark as Read',
			value: 'markRead',
			description: 'Mark every message of a chat as read',
			action: 'Mark a chat as read',
		},
		{
			name: 'Mark as Unread',
			value: 'markUnread',
			description: 'Mark a chat as unread, to come back to it',
			action: 'Mark a chat as unread',
		},
		{
			name: 'Mute',
			value: 'mute',
			description: 'Stop the notifications of a chat',
			action: 'Mute a chat',
		},
		{
			name: 'Pin',
			value: 'pin',
			description: 'Pin a chat to the top of the chat list',
			action: 'Pin a chat',
		},
		{
			name: 'Set Disappearing Messages',
			value: 'setDisappearingMessages',
			description: 'Make new messages of a chat disappear after 24 hours, 7 or 90 days, or not',
			action: 'Set disappearing messages of a chat',
		},
		{
			name: 'Unarchive',
			value: 'unarchive',
			description: 'Bring an archived chat back to the main chat list',
			action: 'Unarchive a chat',
		},
		{
			name: 'Unmute',
			value: 'unmute',
			description: 'Turn the notifications of a chat back on',
			action: 'Unmute a chat',
		},
		{
			name: 'Unpin',
			value: 'unpin',
			description: 'Unpin a chat from the top of the chat list',
			action: 'Unpin a chat',
		},
	],
	default: 'getMany',
});

export type ChatOperation = OptionValue<typeof operation>;

export const operations: Record<ChatOperation, DescribedOperation> = {
	archive,
	clear,
	delete: deleteChat,
	getMany,
	getMetadata,
	markRead,
	markUnread,
	mute,
	pin,
	setDisappearingMessages,
	unarchive,
	unmute,
	unpin,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('chat', toolTextsOf(operations)),
	...Object.values(operations).flatMap((entry) => entry.description),
];
