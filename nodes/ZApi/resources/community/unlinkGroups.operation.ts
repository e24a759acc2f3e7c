import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { groupIdsField } from './groupIds';
import { changeLinks } from './links';
import { COMMUNITY_ID_TEXT } from './toolText';

const properties: INodeProperties[] = [
	communityIdField,
	groupIdsField('The groups to unlink from the community'),
	{
		displayName:
			'A community keeps at least one linked group besides its announcement group: its last one cannot be unlinked.',
		name: 'unlinkNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['unlinkGroups'] } },
	properties,
);

export const toolDescription = `Unlinks groups from a WhatsApp community; their members leave its announcement group, the groups themselves stay. The community's last linked group cannot be unlinked. Input: ${COMMUNITY_ID_TEXT}, and the group IDs (e.g. 120363019502650977-group), several separated by commas. Returns unlinked: true.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await changeLinks.call(this, itemIndex, timeout, {
		endpoint: '/communities/unlink',
		action: 'unlink groups from',
		doneField: 'unlinked',
	});
}
