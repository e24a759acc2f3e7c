import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [groupIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['resetInvitationLink'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	// A reset sent twice only makes a newer link, and the old one is dead either way: safe to retry.
	const answer = await zApiRequest.call(this, {
		method: 'POST',
		endpoint: `/redefine-invitation-link/${encodeURIComponent(groupId)}`,
		itemIndex,
		timeout,
		action: `reset the invitation link of the group ${groupId}`,
		expect: ['invitationLink'],
	});
	return { phone: groupId, groupId, invitationLink: answer.invitationLink };
}
