import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

const properties: INodeProperties[] = [
	communityIdField,
	{
		displayName:
			'Deactivating unlinks every group of the community; the groups themselves are not deleted.',
		name: 'deactivateNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['deactivate'] } },
	properties,
);

export const toolDescription = `Deactivates a WhatsApp community: all its groups are unlinked from it (they are not deleted). Use it only when the user explicitly asks to deactivate the community. Input: ${COMMUNITY_ID_TEXT}. Returns deactivated: true.`;

/** DELETE /communities/{communityId} (communities/deactivate-community.md: a 200, no body shown). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	await changeCommunity.call(this, {
		method: 'DELETE',
		endpoint: `/communities/${communityId}`,
		itemIndex,
		timeout,
		action: `deactivate the community ${communityId}`,
		ifUncertain:
			'The community may have been deactivated anyway: look for it with Community → Get Many before you run this again.',
		acceptEmptyAnswer: true,
	});
	return { communityId, deactivated: true };
}
