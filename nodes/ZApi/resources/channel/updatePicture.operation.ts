import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { OperationContext } from '../../shared/operation';
import { photoSourceFields, photoUpdated, readPhotoSource } from '../../shared/photoSource';
import { changeChannel } from './request';

const properties: INodeProperties[] = [
	channelIdField,
	...photoSourceFields({
		description: 'Where the new channel picture comes from',
		url: 'picture',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['updatePicture'] } },
	properties,
);

/**
 * POST /update-newsletter-picture: `pictureUrl` takes a URL or Base64 (a binary file is sent as a
 * data URL). Outputs `{channelId, photoSource, photoUrl, photoUpdated: true}`, never the image data.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const channelId = readChannelIdParameter.call(this, itemIndex);
	const picked = await readPhotoSource.call(this, itemIndex, 'picture');
	await changeChannel.call(this, {
		method: 'POST',
		endpoint: '/update-newsletter-picture',
		body: { id: channelId, pictureUrl: picked.photo },
		itemIndex,
		timeout,
		action: `change the picture of the channel ${channelId}`,
	});
	return { channelId, ...photoUpdated(picked) };
}
