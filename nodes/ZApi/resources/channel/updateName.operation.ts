import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { changeChannel } from './request';

const properties: INodeProperties[] = [
	channelIdField,
	{
		displayName: 'Channel Name',
		name: 'channelName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme Store News',
		description: 'The new name of the channel',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['updateName'] } },
	properties,
);

/** POST /update-newsletter-name; outputs `{channelId, name, renamed: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const channelId = readChannelIdParameter.call(this, itemIndex);
	const name = readTextParameter.call(this, itemIndex, {
		name: 'channelName',
		displayName: 'Channel Name',
		hint: 'give the channel a new name, e.g. "Acme Store News"',
	});
	await changeChannel.call(this, {
		method: 'POST',
		endpoint: '/update-newsletter-name',
		body: { id: channelId, name },
		itemIndex,
		timeout,
		action: `rename the channel ${channelId}`,
	});
	return { channelId, name, renamed: true };
}
