import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { changeParticipants, phonesField } from './participants';

const properties: INodeProperties[] = [
	groupIdField,
	phonesField(
		'The participants to make admins of the group (they must be in it already)',
		'accepted',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['promoteAdmins'] } },
	properties,
);

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
