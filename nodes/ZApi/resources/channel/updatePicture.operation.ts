import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { OperationContext } from '../../shared/operation';
import {
	PHOTO_DESCRIPTIONS,
	PHOTO_SOURCE_OPTIONS,
	photoFromSource,
	type PhotoSource,
} from '../../shared/photo';
import { changeChannel } from './request';

const showForSource = (source: PhotoSource) => ({ show: { photoSource: [source] } });

// The labels are Photo Source's (shared/photo.ts): its errors name these fields.
const properties: INodeProperties[] = [
	channelIdField,
	{
		displayName: 'Photo Source',
		name: 'photoSource',
		type: 'options',
		noDataExpression: true,
		options: PHOTO_SOURCE_OPTIONS,
		default: 'url',
		description: 'Where the new channel picture comes from',
	},
	{
		displayName: 'Photo URL',
		name: 'picture',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description: PHOTO_DESCRIPTIONS.url,
		displayOptions: showForSource('url'),
	},
	{
		displayName: 'Photo Base64',
		name: 'picture',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. data:image/png;base64,iVBORw0…',
		description: PHOTO_DESCRIPTIONS.base64,
		displayOptions: showForSource('base64'),
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		description: PHOTO_DESCRIPTIONS.binary,
		displayOptions: showForSource('binary'),
	},
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
	const photoSource = this.getNodeParameter('photoSource', itemIndex) as PhotoSource;
	const pictureUrl = await photoFromSource.call(
		this,
		itemIndex,
		photoSource,
		() => this.getNodeParameter('picture', itemIndex),
		() => this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	await changeChannel.call(this, {
		method: 'POST',
		endpoint: '/update-newsletter-picture',
		body: { id: channelId, pictureUrl },
		itemIndex,
		timeout,
		action: `change the picture of the channel ${channelId}`,
	});
	return {
		channelId,
		photoSource,
		photoUrl: photoSource === 'url' ? pictureUrl : null,
		photoUpdated: true,
	};
}
