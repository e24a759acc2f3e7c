import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { groupIdField, readGroupIdParameter } from './existingGroup';

export const description: INodeProperties[] = [groupIdField('getInvitationLink')];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = readGroupIdParameter.call(this, itemIndex);
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/group-invitation-link/${encodeURIComponent(groupId)}`,
		itemIndex,
		timeout,
		action: `get the invitation link of the group ${groupId}`,
		expect: ['invitationLink'],
	});
	return { phone: answer.phone ?? groupId, invitationLink: answer.invitationLink };
}
