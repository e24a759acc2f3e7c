import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { photoSourceFields, photoUpdated, readPhotoSource } from '../../shared/photoSource';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

const properties: INodeProperties[] = [
	groupIdField,
	...photoSourceFields({
		description: 'Where the new group photo comes from',
		url: 'groupPhoto',
	}),
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
	const picked = await readPhotoSource.call(this, itemIndex, 'groupPhoto');
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-photo',
		body: { groupId, groupPhoto: picked.photo },
		itemIndex,
		timeout,
		action: `change the photo of the group ${groupId}`,
	});
	return { groupId, ...photoUpdated(picked) };
}
