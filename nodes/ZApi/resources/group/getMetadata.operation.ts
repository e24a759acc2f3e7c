import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Without Invitation Link',
		name: 'light',
		type: 'boolean',
		default: false,
		description:
			"Whether to ask Z-API for the group's light metadata instead. It has the same fields, except that invitationLink is null.",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getMetadata'] } },
	properties,
);

const FIELDS = [
	'phone',
	'description',
	'owner',
	'subject',
	'creation',
	'invitationLink',
	'communityId',
	'adminOnlyMessage',
	'adminOnlySettings',
	'requireAdminApproval',
	'isGroupAnnouncement',
] as const;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const light = readBooleanParameter.call(this, 'light', 'Without Invitation Link', itemIndex);

	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/${light ? 'light-group-metadata' : 'group-metadata'}/${encodeURIComponent(groupId)}`,
		itemIndex,
		timeout,
		action: `read the metadata of the group ${groupId}`,
		expect: ['phone'],
	});

	// groupId and groupName first: the names every other operation's output uses (Z-API's phone and
	// subject stay too).
	const output: IDataObject = { groupId: null, groupName: null, ...answer };
	for (const field of FIELDS) output[field] = answer[field] ?? null;
	output.groupId = output.phone;
	output.groupName = output.subject;
	const participants = (
		Array.isArray(answer.participants) ? answer.participants : []
	) as IDataObject[];
	output.participants = participants;
	// Derived for mapping downstream: how many participants, and who can run the group.
	output.participantCount = participants.length;
	output.adminPhones = participants
		.filter((participant) => participant.isAdmin === true || participant.isSuperAdmin === true)
		.map((participant) => participant.phone);
	return output;
}
