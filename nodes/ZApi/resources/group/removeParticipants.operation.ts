import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { groupIdField } from './existingGroup';
import { changeParticipants, phonesField } from './participants';

export const description: INodeProperties[] = [
	groupIdField('removeParticipants'),
	phonesField('removeParticipants', 'The participants to remove from the group', 'accepted'),
];

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
