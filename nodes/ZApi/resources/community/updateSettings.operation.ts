import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

const WHO = ['admins', 'all'] as const;

const properties: INodeProperties[] = [
	communityIdField,
	{
		displayName: 'Who Can Add Groups',
		name: 'whoCanAddNewGroups',
		type: 'options',
		options: [
			{ name: 'Admins Only', value: 'admins', description: 'Only admins add groups' },
			{ name: 'All Members', value: 'all', description: 'Every member can add groups' },
		],
		default: 'admins',
		description: 'Who can add new groups to the community',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['updateSettings'] } },
	properties,
);

export const toolDescription = `Sets who can add new groups to a WhatsApp community: only its admins ("admins") or every member ("all"). Input: ${COMMUNITY_ID_TEXT}, and admins or all. Returns settingsUpdated: true.`;

/** POST /communities/settings {communityId, whoCanAddNewGroups}, answered {success: true}. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const value = this.getNodeParameter('whoCanAddNewGroups', itemIndex) as unknown;
	const whoCanAddNewGroups = typeof value === 'string' ? value.trim().toLowerCase() : '';
	if (!WHO.includes(whoCanAddNewGroups as (typeof WHO)[number])) {
		throw inputError(
			this.getNode(),
			`Who Can Add Groups must be admins or all (got ${JSON.stringify(value) ?? 'nothing'})`,
			itemIndex,
		);
	}
	await changeCommunity.call(this, {
		method: 'POST',
		endpoint: '/communities/settings',
		body: { communityId, whoCanAddNewGroups },
		itemIndex,
		timeout,
		action: `change the settings of the community ${communityId}`,
		confirm: 'success',
	});
	return { communityId, whoCanAddNewGroups, settingsUpdated: true };
}
