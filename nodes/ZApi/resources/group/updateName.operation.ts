import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import { groupIdField, readGroupIdParameter, showFor } from './existingGroup';

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

function readGroupName(this: IExecuteFunctions, itemIndex: number): string {
	const value = this.getNodeParameter('groupName', itemIndex) as unknown;
	const groupName = typeof value === 'number' ? String(value) : value;
	if (typeof groupName !== 'string' || groupName.trim() === '') {
		throw inputError(
			this.getNode(),
			`Group Name is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the group a new name, e.g. "Sales Team"`,
			itemIndex,
		);
	}
	return groupName.trim();
}

/** Outputs `{groupId, groupName, renamed: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = readGroupIdParameter.call(this, itemIndex);
	const groupName = readGroupName.call(this, itemIndex);
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
