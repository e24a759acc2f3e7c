import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import {
	PHOTO_DESCRIPTIONS,
	PHOTO_SOURCE_OPTIONS,
	photoFromSource,
	type PhotoSource,
} from '../../shared/photo';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

const showForSource = (source: PhotoSource) => ({ show: { photoSource: [source] } });

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Photo Source',
		name: 'photoSource',
		type: 'options',
		noDataExpression: true,
		options: PHOTO_SOURCE_OPTIONS,
		default: 'url',
		description: 'Where the new group photo comes from',
	},
	{
		displayName: 'Photo URL',
		name: 'groupPhoto',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description: PHOTO_DESCRIPTIONS.url,
		displayOptions: showForSource('url'),
	},
	{
		displayName: 'Photo Base64',
		name: 'groupPhoto',
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
	{ show: { resource: ['group'], operation: ['updatePhoto'] } },
	properties,
);

/** Outputs `{groupId, photoSource, photoUrl, photoUpdated: true}`; never the image data itself. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const photoSource = this.getNodeParameter('photoSource', itemIndex) as PhotoSource;
	const groupPhoto = await photoFromSource.call(
		this,
		itemIndex,
		photoSource,
		() => this.getNodeParameter('groupPhoto', itemIndex),
		() => this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-photo',
		body: { groupId, groupPhoto },
		itemIndex,
		timeout,
		action: `change the photo of the group ${groupId}`,
	});
	return {
		groupId,
		photoSource,
		photoUrl: photoSource === 'url' ? groupPhoto : null,
		photoUpdated: true,
	};
}
