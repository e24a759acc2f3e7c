import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { readInvitationLink } from '../../shared/invitationLink';

const properties: INodeProperties[] = [groupIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getInvitationLink'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const answer = await readInvitationLink.call(this, groupId, {
		itemIndex,
		timeout,
		action: `get the invitation link of the group ${groupId}`,
	});
	const phone = answer.phone ?? groupId;
	return { phone, groupId: phone, invitationLink: answer.invitationLink };
}
