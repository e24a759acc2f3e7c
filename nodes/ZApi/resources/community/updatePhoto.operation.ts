import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import {
	PHOTO_DESCRIPTIONS,
	PHOTO_SOURCE_OPTIONS,
	photoFromSource,
	type PhotoSource,
} from '../../shared/photo';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

const showForSource = (source: PhotoSource) => ({ show: { photoSource: [source] } });

const properties: INodeProperties[] = [
	communityIdField,
	{
		displayName: 'Photo Source',
		name: 'photoSource',
		type: 'options',
		noDataExpression: true,
		options: PHOTO_SOURCE_OPTIONS,
		default: 'url',
		description: 'Where the new community photo comes from',
	},
	{
		displayName: 'Photo URL',
		name: 'communityPhoto',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description: PHOTO_DESCRIPTIONS.url,
		displayOptions: showForSource('url'),
	},
	{
		displayName: 'Photo Base64',
		name: 'communityPhoto',
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
	{ show: { resource: ['community'], operation: ['updatePhoto'] } },
	properties,
);

export const toolDescription = `Changes the photo of a WhatsApp community. Input: ${COMMUNITY_ID_TEXT}, and the photo as a public image URL (https://…), or as Base64 if the node's Photo Source is Base64. Returns photoUpdated: true.`;

/**
 * POST /update-community-photo {communityId, communityPhoto} (a URL or Base64, as the page says; a
 * binary file is sent as Base64), answered {value: true}. Never outputs the image data itself.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const photoSource = this.getNodeParameter('photoSource', itemIndex) as PhotoSource;
	const communityPhoto = await photoFromSource.call(
		this,
		itemIndex,
		photoSource,
		() => this.getNodeParameter('communityPhoto', itemIndex),
		() => this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	await changeCommunity.call(this, {
		method: 'POST',
		endpoint: '/update-community-photo',
		body: { communityId, communityPhoto },
		itemIndex,
		timeout,
		action: `change the photo of the community ${communityId}`,
		confirm: 'value',
	});
	return {
		communityId,
		photoSource,
		photoUrl: photoSource === 'url' ? communityPhoto : null,
		photoUpdated: true,
	};
}
