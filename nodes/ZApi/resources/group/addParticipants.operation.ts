import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { changeParticipants, phonesField } from './participants';

const properties: INodeProperties[] = [
	groupIdField,
	phonesField('The people to add to the group', 'refused'),
	{
		displayName: 'Auto Invite',
		name: 'autoInvite',
		type: 'boolean',
		default: true,
		description:
			'Whether to send a private invitation link to people that cannot be added directly (for example because they have not saved your number). They join when they accept it, so added: true in the output means Z-API accepted the request, invitations included.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['addParticipants'] } },
	properties,
);

/** Outputs `{groupId, phones, autoInvite, added: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeParticipants.call(this, itemIndex, timeout, {
		endpoint: '/add-participant',
		action: 'add participants to the group',
		doneField: 'added',
		lidIds: 'refused',
		autoInvite: true,
	});
}
