import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { groupIdsField } from './groupIds';
import { changeLinks } from './links';
import { COMMUNITY_ID_TEXT } from './toolText';

const properties: INodeProperties[] = [
	communityIdField,
	groupIdsField('The groups to link to the community'),
	{
		displayName:
			'A group can be in one community only: one that is in another community already is not linked.',
		name: 'linkNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['linkGroups'] } },
	properties,
);

export const toolDescription = `Links existing WhatsApp groups to a community; their members then get the community's announcements. A group can be in one community only. Input: ${COMMUNITY_ID_TEXT}, and the group IDs (groupId of Group → Create or Get Many, e.g. 120363019502650977-group), several separated by commas. Returns linked: true.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeLinks.call(this, itemIndex, timeout, {
		endpoint: '/communities/link',
		action: 'link groups to',
		doneField: 'linked',
	});
}
