import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { changeParticipants, phonesField } from './participants';

const properties: INodeProperties[] = [
	groupIdField,
	phonesField('The participants to remove from the group', 'accepted'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['removeParticipants'] } },
	properties,
);

/** Outputs `{groupId, phones, removed: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeParticipants.call(this, itemIndex, timeout, {
		endpoint: '/remove-participant',
		action: 'remove participants from the group',
		doneField: 'removed',
		lidIds: 'accepted',
	});
}
