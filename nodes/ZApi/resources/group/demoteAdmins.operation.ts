import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { changeParticipants, phonesField } from './participants';

const properties: INodeProperties[] = [
	groupIdField,
	phonesField(
		'The admins to turn back into ordinary participants (they stay in the group)',
		'accepted',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['demoteAdmins'] } },
	properties,
);

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
