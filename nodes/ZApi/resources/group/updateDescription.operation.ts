import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import { groupIdField, readGroupIdParameter, showFor } from './existingGroup';

export const description: INodeProperties[] = [
	groupIdField('updateDescription'),
	{
		displayName: 'Group Description',
		name: 'groupDescription',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Weekly sales updates. Be kind.',
		description:
			'The new description of the group, shown in its info. Leave empty to clear it. Only group admins can change it: the number connected to your Z-API instance must be an admin.',
		displayOptions: showFor('updateDescription'),
	},
];

function readGroupDescription(this: IExecuteFunctions, itemIndex: number): string {
	const value = this.getNodeParameter('groupDescription', itemIndex, '') as unknown;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') {
		throw inputError(
			this.getNode(),
			`Group Description must be text (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return value.trim();
}

/** Outputs `{groupId, groupDescription, descriptionUpdated: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = readGroupIdParameter.call(this, itemIndex);
	const groupDescription = readGroupDescription.call(this, itemIndex);
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
