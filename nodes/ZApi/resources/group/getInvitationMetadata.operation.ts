import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invitationMetadata } from '../../shared/invitationLink';
import type { OperationContext } from '../../shared/operation';
import { invitationLinkField, readInvitationLink } from './invitationLinkParameter';

const properties: INodeProperties[] = [
	invitationLinkField('The invitation link of the group to read; reading it joins nothing'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getInvitationMetadata'] } },
	properties,
);

// What Z-API documents: EN and PT list the first seven, PT adds the last four.
const FIELDS = [
	'phone',
	'owner',
	'subject',
	'creation',
	'subjectTime',
	'subjectOwner',
	'description',
	'invitationLink',
	'contactsCount',
	'participantsCount',
] as const;

/** Z-API's answer, each documented field present (null when left out), plus `groupId` and `groupName`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const link = readInvitationLink.call(this, itemIndex);
	const answer = await invitationMetadata.call(this, link, itemIndex, timeout);
	// groupId and groupName first: the names every other operation's output uses (Z-API's phone and
	// subject stay too).
	const output: IDataObject = { groupId: null, groupName: null, ...answer };
	for (const field of FIELDS) output[field] = answer[field] ?? null;
	output.groupId = output.phone;
	output.groupName = output.subject;
	output.participants = Array.isArray(answer.participants) ? answer.participants : [];
	return output;
}
