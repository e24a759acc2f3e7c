import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['resetInvitationLink'] } },
	[communityIdField],
);

export const toolDescription = `Replaces the invitation link of a WhatsApp community with a new one; the old link stops working. Input: ${COMMUNITY_ID_TEXT}. Returns the new invitationLink.`;

/** POST /redefine-invitation-link/{communityId} (communities/redefine-invitation-link.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const answer = await changeCommunity.call(this, {
		method: 'POST',
		endpoint: `/redefine-invitation-link/${communityId}`,
		itemIndex,
		timeout,
		action: `reset the invitation link of the community ${communityId}`,
		ifUncertain:
			'The link may have been reset anyway, and the old one then no longer works: check the community in WhatsApp before you run this again.',
		expect: ['invitationLink'],
	});
	return { communityId, invitationLink: answer.invitationLink };
}
