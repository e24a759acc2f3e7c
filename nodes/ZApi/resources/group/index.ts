import type { INodeProperties } from 'n8n-workflow';

import type { Operation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters } from '../../shared/toolDescription';
import * as acceptInvitation from './acceptInvitation.operation';
import * as addParticipants from './addParticipants.operation';
import * as approveMembershipRequests from './approveMembershipRequests.operation';
import * as create from './create.operation';
import * as demoteAdmins from './demoteAdmins.operation';
import * as getInvitationLink from './getInvitationLink.operation';
import * as getInvitationMetadata from './getInvitationMetadata.operation';
import * as getMany from './getMany.operation';
import * as getMetadata from './getMetadata.operation';
import * as leave from './leave.operation';
import * as promoteAdmins from './promoteAdmins.operation';
import * as rejectMembershipRequests from './rejectMembershipRequests.operation';
import * as removeParticipants from './removeParticipants.operation';
import * as resetInvitationLink from './resetInvitationLink.operation';
import { groupToolDescriptions } from './toolDescriptions';
import * as updateDescription from './updateDescription.operation';
import * as updateName from './updateName.operation';
import * as updatePhoto from './updatePhoto.operation';
import * as updateSettings from './updateSettings.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['group'] } },
	options: [
		{
			name: 'Accept Invitation',
			value: 'acceptInvitation',
			description: 'Join a group with its invitation link',
			action: 'Accept a group invitation',
		},
		{
			name: 'Add Participants',
			value: 'addParticipants',
			description: 'Add people to a group by phone number, or invite them by link',
			action: 'Add participants to a group',
		},
		{
			name: 'Approve Membership Requests',
			value: 'approveMembershipRequests',
			description: 'Let people who asked to join a group in',
			action: 'Approve membership requests of a group',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a WhatsApp group; outputs its group ID and invitation link',
			action: 'Create a group',
		},
		{
			name: 'Demote Admins',
			value: 'demoteAdmins',
			description: 'Turn group admins back into ordinary participants',
			action: 'Demote admins of a group',
		},
		{
			name: 'Get Invitation Link',
			value: 'getInvitationLink',
			description: 'Get the link that lets people join a group',
			action: 'Get the invitation link of a group',
		},
		{
			name: 'Get Invitation Metadata',
			value: 'getInvitationMetadata',
			description:
				'Read the name, description and participants of a group from its invitation link',
			action: 'Get the invitation metadata of a group',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the groups of the connected number, with their group IDs',
			action: 'Get many groups',
		},
		{
			name: 'Get Metadata',
			value: 'getMetadata',
			description: "Get a group's name, description, settings and participants",
			action: 'Get the metadata of a group',
		},
		{
			name: 'Leave',
			value: 'leave',
			description: 'Make the connected number leave a group',
			action: 'Leave a group',
		},
		{
			name: 'Promote Admins',
			value: 'promoteAdmins',
			description: 'Make participants admins of a group',
			action: 'Promote participants to admins of a group',
		},
		{
			name: 'Reject Membership Requests',
			value: 'rejectMembershipRequests',
			description: 'Turn down people who asked to join a group',
			action: 'Reject membership requests of a group',
		},
		{
			name: 'Remove Participants',
			value: 'removeParticipants',
			description: 'Remove people from a group',
			action: 'Remove participants from a group',
		},
		{
			name: 'Reset Invitation Link',
			value: 'resetInvitationLink',
			description: "Replace a group's invitation link; the old one stops working",
			action: 'Reset the invitation link of a group',
		},
		{
			name: 'Update Description',
			value: 'updateDescription',
			description: "Change a group's description (admins only)",
			action: 'Update the description of a group',
		},
		{
			name: 'Update Name',
			value: 'updateName',
			description: "Change a group's name",
			action: 'Update the name of a group',
		},
		{
			name: 'Update Photo',
			value: 'updatePhoto',
			description: "Change a group's photo from a URL, Base64 or a binary file",
			action: 'Update the photo of a group',
		},
		{
			name: 'Update Settings',
			value: 'updateSettings',
			description: 'Set who can send, edit, add and join; settings left off are turned off',
			action: 'Update the settings of a group',
		},
	],
	default: 'create',
});

export type GroupOperation = OptionValue<typeof operation>;

export const operations: Record<GroupOperation, Operation> = {
	acceptInvitation,
	approveMembershipRequests,
	getInvitationMetadata,
	rejectMembershipRequests,
	addParticipants,
	create,
	demoteAdmins,
	getInvitationLink,
	getMany,
	getMetadata,
	leave,
	promoteAdmins,
	removeParticipants,
	resetInvitationLink,
	updateDescription,
	updateName,
	updatePhoto,
	updateSettings,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('group', groupToolDescriptions),
	...create.description,
	...getMetadata.description,
	...getInvitationLink.description,
	...resetInvitationLink.description,
	...getMany.description,
	...addParticipants.description,
	...removeParticipants.description,
	...promoteAdmins.description,
	...demoteAdmins.description,
	...updateName.description,
	...updateDescription.description,
	...updateSettings.description,
	...updatePhoto.description,
	...leave.description,
	...getInvitationMetadata.description,
	...acceptInvitation.description,
	...approveMembershipRequests.description,
	...rejectMembershipRequests.description,
];
