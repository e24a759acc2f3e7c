import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { groupIdField } from './existingGroup';
import { changeParticipants, phonesField } from './participants';

export const description: INodeProperties[] = [
	groupIdField('promoteAdmins'),
	phonesField(
		'promoteAdmins',
		'The participants to make admins of the group (they must be in it already)',
		'accepted',
	),
];

/** Outputs `{groupId, phones, promoted: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeParticipants.call(this, itemIndex, timeout, {
		endpoint: '/add-admin',
		action: 'make participants admins of the group',
		doneField: 'promoted',
		lidIds: 'accepted',
	});
}
