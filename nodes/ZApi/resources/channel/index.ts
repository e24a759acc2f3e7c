import type { INodeProperties } from 'n8n-workflow';

import type { Operation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters } from '../../shared/toolDescription';
import * as create from './create.operation';
import * as deleteChannel from './delete.operation';
import * as follow from './follow.operation';
import * as getMany from './getMany.operation';
import * as getMetadata from './getMetadata.operation';
import * as mute from './mute.operation';
import * as search from './search.operation';
import { channelToolDescriptions } from './toolDescriptions';
import * as unfollow from './unfollow.operation';
import * as unmute from './unmute.operation';
import * as updateDescription from './updateDescription.operation';
import * as updateName from './updateName.operation';
import * as updatePicture from './updatePicture.operation';
import * as updateSettings from './updateSettings.operation';

/** WhatsApp channels: Z-API's "newsletter" (docs newsletter/*). */
export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['channel'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			description: 'Create a WhatsApp channel; outputs its channel ID',
			action: 'Create a channel',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a channel for good',
			action: 'Delete a channel',
		},
		{
			name: 'Follow',
			value: 'follow',
			description: 'Follow a channel',
			action: 'Follow a channel',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the channels you own or follow, with their channel IDs',
			action: 'Get many channels',
		},
		{
			name: 'Get Metadata',
			value: 'getMetadata',
			description: "Get a channel's name, description, followers count and invite link",
			action: 'Get the metadata of a channel',
		},
		{
			name: 'Mute',
			value: 'mute',
			description: 'Mute a channel you follow',
			action: 'Mute a channel',
		},
		{
			name: 'Search',
			value: 'search',
			description: "Search WhatsApp's public channels by country, text and view",
			action: 'Search channels',
		},
		{
			name: 'Unfollow',
			value: 'unfollow',
			description: 'Stop following a channel',
			action: 'Unfollow a channel',
		},
		{
			name: 'Unmute',
			value: 'unmute',
			description: 'Unmute a channel you follow',
			action: 'Unmute a channel',
		},
		{
			name: 'Update Description',
			value: 'updateDescription',
			description: "Change a channel's description",
			action: 'Update the description of a channel',
		},
		{
			name: 'Update Name',
			value: 'updateName',
			description: "Change a channel's name",
			action: 'Update the name of a channel',
		},
		{
			name: 'Update Picture',
			value: 'updatePicture',
			description: "Change a channel's picture from a URL, Base64 or a binary file",
			action: 'Update the picture of a channel',
		},
		{
			name: 'Update Settings',
			value: 'updateSettings',
			description: 'Set which reactions followers can use',
			action: 'Update the settings of a channel',
		},
	],
	default: 'getMany',
});

export type ChannelOperation = OptionValue<typeof operation>;

export const operations: Record<ChannelOperation, Operation> = {
	create,
	delete: deleteChannel,
	follow,
	getMany,
	getMetadata,
	mute,
	search,
	unfollow,
	unmute,
	updateDescription,
	updateName,
	updatePicture,
	updateSettings,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('channel', channelToolDescriptions),
	...Object.values<Operation>(operations).flatMap((entry) => entry.description),
];
