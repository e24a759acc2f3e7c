import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import {
	groupIdField,
	readGroupIdParameter,
	readGroupNameParameter,
	showFor,
} from './existingGroup';

export const description: INodeProperties[] = [
	groupIdField('updateName'),
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The new name of the group. Participants see it at the top of the chat.',
		displayOptions: showFor('updateName'),
	},
];

/** Outputs `{groupId, groupName, renamed: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = readGroupIdParameter.call(this, itemIndex);
	const groupName = readGroupNameParameter.call(this, itemIndex, 'a new name');
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
