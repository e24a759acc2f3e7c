import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { decideMembershipRequests, membershipRequestFields } from './membershipRequests';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['approveMembershipRequests'] } },
	membershipRequestFields('The people whose requests to join the group to approve'),
);

/** Outputs `{groupId, phones, approved: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await decideMembershipRequests.call(this, itemIndex, timeout, {
		endpoint: '/approve-participant',
		action: 'approve requests to join the group',
		doneField: 'approved',
	});
}
