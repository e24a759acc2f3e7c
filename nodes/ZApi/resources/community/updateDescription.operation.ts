import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText } from '../../shared/parameters';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';

const properties: INodeProperties[] = [
	communityIdField,
	{
		displayName: 'Community Description',
		name: 'communityDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. News and events for the parents of class 5B',
		description: 'The new description. Only admins of the community can change it.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['updateDescription'] } },
	properties,
);

export const toolDescription = `Changes the description of a WhatsApp community; this account must be one of its admins. Input: ${COMMUNITY_ID_TEXT}, and the new description. Returns descriptionUpdated: true.`;

/** POST /update-community-description {communityId, communityDescription}, answered {value: true}. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const communityId = readCommunityIdParameter.call(this, itemIndex);
	const communityDescription = readOptionalText.call(
		this,
		itemIndex,
		'Community Description',
		this.getNodeParameter('communityDescription', itemIndex, ''),
	);
	await changeCommunity.call(this, {
		method: 'POST',
		endpoint: '/update-community-description',
		body: { communityId, communityDescription },
		itemIndex,
		timeout,
		action: `change the description of the community ${communityId}`,
		confirm: 'value',
	});
	return { communityId, communityDescription, descriptionUpdated: true };
}
