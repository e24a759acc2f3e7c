import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The new name of the group. Participants see it at the top of the chat.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['updateName'] } },
	properties,
);

/** Outputs `{groupId, groupName, renamed: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const groupName = readTextParameter.call(this, itemIndex, {
		name: 'groupName',
		displayName: 'Group Name',
		hint: 'give the group a new name, e.g. "Sales Team"',
	});
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-name',
		body: { groupId, groupName },
		itemIndex,
		timeout,
		action: `rename the group ${groupId}`,
	});
	return { groupId, groupName, renamed: true };
}
