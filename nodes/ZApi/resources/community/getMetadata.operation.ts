import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { COMMUNITY_ID_TEXT } from './toolText';
import { namedCommunity } from './named';

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['getMetadata'] } },
	[communityIdField],
);

export const toolDescription = `Reads a WhatsApp community. Input: ${COMMUNITY_ID_TEXT}. Returns communityId, communityName, description, announcementGroupId (the group to send messages to, to reach the whole community, e.g. 120363019502650978-group) and groups: the linked groups, each with groupId and groupName.`;

/** GET /communities-metadata/{communityId} (communities/community-metadata.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/communities-metadata/${communityId}`,
		itemIndex,
		timeout,
		action: `read the metadata of the community ${communityId}`,
		expect: ['id'],
	});
	return namedCommunity(answer);
}
