/** What Approve and Reject Membership Requests share: the same fields, body and `{"value": true}` answer. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import { readPhonesParameter } from '../../shared/phones';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import { phonesField } from './participants';

/** Group ID and Phones; `who` says what happens to the people listed. */
export function membershipRequestFields(who: string): INodeProperties[] {
	return [
		groupIdField,
		{
			...phonesField(who, 'accepted'),
			hint: "After the Z-API Trigger's Membership Request event: {{ $json.participants }}, with Group ID {{ $json.groupId }}.",
		},
	];
}

export interface MembershipDecision {
	endpoint: '/approve-participant' | '/reject-participant';
	/** Words for messages, completed with the group id: `approve requests to join the group`. */
	action: string;
	/** The output field that says it was done. */
	doneField: 'approved' | 'rejected';
}

/** Reads Group ID and Phones, sends `{groupId, phones}`, outputs `{groupId, phones, approved|rejected: true}`. */
export async function decideMembershipRequests(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	decision: MembershipDecision,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const phones = await readPhonesParameter.call(this, itemIndex, 'accepted');
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: decision.endpoint,
		body: { groupId, phones },
		itemIndex,
		timeout,
		action: `${decision.action} ${groupId}`,
	});
	return { groupId, phones, [decision.doneField]: true };
}
