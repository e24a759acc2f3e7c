import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { groupIdField } from './existingGroup';
import { changeParticipants, phonesField } from './participants';

export const description: INodeProperties[] = [
	groupIdField('demoteAdmins'),
	phonesField(
		'demoteAdmins',
		'The admins to turn back into ordinary participants (they stay in the group)',
		'accepted',
	),
];

/** Outputs `{groupId, phones, demoted: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeParticipants.call(this, itemIndex, timeout, {
		endpoint: '/remove-admin',
		action: 'remove admin rights in the group',
		doneField: 'demoted',
		lidIds: 'accepted',
	});
}
