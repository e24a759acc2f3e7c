import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { changeChannel } from './request';

const properties: INodeProperties[] = [
	channelIdField,
	{
		displayName: 'Description',
		name: 'channelDescription',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. Offers and news from Acme Store',
		description: 'The new description of the channel',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['updateDescription'] } },
	properties,
);

/** POST /update-newsletter-description; outputs `{channelId, description, descriptionUpdated: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const channelId = readChannelIdParameter.call(this, itemIndex);
	const text = readTextParameter.call(this, itemIndex, {
		name: 'channelDescription',
		displayName: 'Description',
		hint: 'give the new description, e.g. "Offers and news from Acme Store"',
	});
	await changeChannel.call(this, {
		method: 'POST',
		endpoint: '/update-newsletter-description',
		body: { id: channelId, description: text },
		itemIndex,
		timeout,
		action: `change the description of the channel ${channelId}`,
	});
	return { channelId, description: text, descriptionUpdated: true };
}
