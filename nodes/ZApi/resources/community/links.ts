/** Link Groups and Unlink Groups: the same body, another path and another word. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readCommunityIdParameter } from '../../shared/communityId';
import { changeCommunity } from './change';
import { readGroupIdsParameter } from './groupIds';

export interface LinkChange {
	endpoint: '/communities/link' | '/communities/unlink';
	/** `link groups to` / `unlink groups from`, completed with the community id. */
	action: string;
	doneField: 'linked' | 'unlinked';
}

/**
 * POST {communityId, groupsPhones} (communities/link-groups.md, unlink-groups.md), answered
 * `{success: true}`. Outputs `{communityId, groupIds, linked: true}`, then what Z-API answered (its
 * page says a group already in another community is "indicated in the response").
 */
export async function changeLinks(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	change: LinkChange,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const groupIds = readGroupIdsParameter.call(this, itemIndex);
	const answer = await changeCommunity.call(this, {
		method: 'POST',
		endpoint: change.endpoint,
		body: { communityId, groupsPhones: groupIds },
		itemIndex,
		timeout,
		action: `${change.action} the community ${communityId}`,
		confirm: 'success',
	});
	return { communityId, groupIds, [change.doneField]: true, ...answer };
}
