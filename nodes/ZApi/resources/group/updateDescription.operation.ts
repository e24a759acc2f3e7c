import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText } from '../../shared/parameters';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Group Description',
		name: 'groupDescription',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Weekly sales updates. Be kind.',
		description:
			'The new description of the group, shown in its info. Leave empty to clear it. Only group admins can change it: the number connected to your Z-API instance must be an admin.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['updateDescription'] } },
	properties,
);

/** Outputs `{groupId, groupDescription, descriptionUpdated: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const groupDescription = readOptionalText.call(
		this,
		itemIndex,
		'Group Description',
		this.getNodeParameter('groupDescription', itemIndex, ''),
	);
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-description',
		body: { groupId, groupDescription },
		itemIndex,
		timeout,
		action: `change the description of the group ${groupId}`,
	});
	return { groupId, groupDescription, descriptionUpdated: true };
}
