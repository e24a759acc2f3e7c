import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { groupIdField, showFor } from './existingGroup';
import { changeParticipants, phonesField } from './participants';

export const description: INodeProperties[] = [
	groupIdField('addParticipants'),
	phonesField('addParticipants', 'The people to add to the group', 'refused'),
	{
		displayName: 'Auto Invite',
		name: 'autoInvite',
		type: 'boolean',
		default: true,
		description:
			'Whether to send a private invitation link to people that cannot be added directly (for example because they have not saved your number). They join when they accept it, so added: true in the output means Z-API accepted the request, invitations included.',
		displayOptions: showFor('addParticipants'),
	},
];

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
