import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { photoSourceFields, photoUpdated, readPhotoSource } from '../../shared/photoSource';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

const properties: INodeProperties[] = [
	communityIdField,
	...photoSourceFields({
		description: 'Where the new community photo comes from',
		url: 'communityPhoto',
	}),
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
	const picked = await readPhotoSource.call(this, itemIndex, 'communityPhoto');
	await changeCommunity.call(this, {
		method: 'POST',
		endpoint: '/update-community-photo',
		body: { communityId, communityPhoto: picked.photo },
		itemIndex,
		timeout,
		action: `change the photo of the community ${communityId}`,
		confirm: 'value',
	});
	return { communityId, ...photoUpdated(picked) };
}
