/**
 * The node's resources in one place: the Resource option, each resource's operations (the item
 * loop's dispatch table), its form, and the pickers' From List methods.
 */
import type { INodeProperties } from 'n8n-workflow';

import { searchChannels } from '../methods/searchChannels';
import { searchCommunities } from '../methods/searchCommunities';
import { searchGroups } from '../methods/searchGroups';
import { searchLabels } from '../methods/searchLabels';
import { SEARCH_CHANNELS_METHOD } from '../shared/channelId';
import { SEARCH_COMMUNITIES_METHOD } from '../shared/communityId';
import { SEARCH_GROUPS_METHOD } from '../shared/groupId';
import { SEARCH_LABELS_METHOD } from '../shared/labelId';
import type { Operation, OptionsParameter, OptionValue } from '../shared/operation';
import { optionsParameter } from '../shared/operation';
import * as channel from './channel';
import * as chat from './chat';
import * as community from './community';
import * as contact from './contact';
import * as group from './group';
import * as instance from './instance';
import * as label from './label';
import * as message from './message';
import * as status from './status';

export const resource = optionsParameter({
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Channel', value: 'channel' },
		{ name: 'Chat', value: 'chat' },
		{ name: 'Community', value: 'community' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Instance', value: 'instance' },
		{ name: 'Label', value: 'label' },
		{ name: 'Message', value: 'message' },
		{ name: 'Status', value: 'status' },
	],
	default: 'group',
});

export const resources: Record<OptionValue<typeof resource>, Record<string, Operation>> = {
	channel: channel.operations,
	chat: chat.operations,
	community: community.operations,
	contact: contact.operations,
	group: group.operations,
	instance: instance.operations,
	label: label.operations,
	message: message.operations,
	status: status.operations,
};

/** Each resource's Operation parameter (the canvas subtitle names them). */
export const operationParameters: Array<OptionsParameter<string>> = [
	group.operation,
	message.operation,
	contact.operation,
	instance.operation,
	chat.operation,
	channel.operation,
	label.operation,
	status.operation,
	community.operation,
];

/** The form of every resource, after the Resource parameter. */
export const resourceProperties: INodeProperties[] = [
	...group.description,
	...message.description,
	...contact.description,
	...instance.description,
	...chat.description,
	...channel.description,
	...label.description,
	...status.description,
	...community.description,
];

/** The pickers' From List modes (every Group, Community, Channel and Label ID field). */
export const listSearch = {
	[SEARCH_GROUPS_METHOD]: searchGroups,
	[SEARCH_COMMUNITIES_METHOD]: searchCommunities,
	[SEARCH_CHANNELS_METHOD]: searchChannels,
	[SEARCH_LABELS_METHOD]: searchLabels,
};
