import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readOptionalText, readTextParameter } from '../../shared/parameters';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { changeCommunity } from './change';
import { namedCommunity } from './named';

const properties: INodeProperties[] = [
	{
		displayName:
			"Communities need a WhatsApp app that has them: check that the connected phone's WhatsApp shows Communities.",
		name: 'communitiesNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Community Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Parents of Class 5B',
		description:
			'The name of the new community; its announcement group gets the same name (WhatsApp makes it)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. News and events for the parents of class 5B',
		description: 'The description of the community. Left empty, none is sent.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['create'] } },
	properties,
);

export const toolDescription = `Creates a WhatsApp community, with this account as its admin; WhatsApp also makes its announcement group (same name), through which a message reaches every member. Input: the community name, and optionally a description. Returns communityId (digits only, e.g. 120363019502650977: use it for the other community operations) and announcementGroupId (e.g. 120363019502650978-group: send messages there to reach the whole community). Each call creates another community: ${TOOL_TEXT.notRepeatable}.`;

/** POST /communities {name, description?} (communities/create-community.md); never sent twice. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const name = readTextParameter.call(this, itemIndex, {
		name: 'name',
		displayName: 'Community Name',
		hint: 'give the community a name, e.g. "Parents of Class 5B"',
	});
	const text = readOptionalText.call(
		this,
		itemIndex,
		'Description',
		this.getNodeParameter('description', itemIndex, ''),
	);
	const body: IDataObject = text ? { name, description: text } : { name };
	const answer = await changeCommunity.call(this, {
		method: 'POST',
		endpoint: '/communities',
		body,
		itemIndex,
		timeout,
		action: `create the community "${name}"`,
		ifUncertain:
			'The community may have been created anyway: look for it with Community → Get Many before you run this again.',
		expect: ['id'],
	});
	return namedCommunity(answer, name);
}
