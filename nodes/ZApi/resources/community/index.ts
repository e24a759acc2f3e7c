import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as addParticipants from './addParticipants.operation';
import * as create from './create.operation';
import * as deactivate from './deactivate.operation';
import * as demoteAdmins from './demoteAdmins.operation';
import * as getMany from './getMany.operation';
import * as getMetadata from './getMetadata.operation';
import * as linkGroups from './linkGroups.operation';
import * as promoteAdmins from './promoteAdmins.operation';
import * as removeParticipants from './removeParticipants.operation';
import * as resetInvitationLink from './resetInvitationLink.operation';
import * as unlinkGroups from './unlinkGroups.operation';
import * as updateDescription from './updateDescription.operation';
import * as updatePhoto from './updatePhoto.operation';
import * as updateSettings from './updateSettings.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['community'] } },
	options: [
		{
			name: 'Add Participants',
			value: 'addParticipants',
			description: 'Add people to a community by phone number, or invite them by link',
			action: 'Add participants to a community',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a WhatsApp community; outputs its ID and its announcement group ID',
			action: 'Create a community',
		},
		{
			name: 'Deactivate',
			value: 'deactivate',
			description: 'Deactivate a community; its groups are unlinked, not deleted',
			action: 'Deactivate a community',
		},
		{
			name: 'Demote Admins',
			value: 'demoteAdmins',
			description: 'Turn community admins back into ordinary participants',
			action: 'Demote admins of a community',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the communities of the connected number, with their community IDs',
			action: 'Get many communities',
		},
		{
			name: 'Get Metadata',
			value: 'getMetadata',
			description: "Get a community's name, description, announcement group and linked groups",
			action: 'Get the metadata of a community',
		},
		{
			name: 'Link Groups',
			value: 'linkGroups',
			description: 'Add existing groups to a community',
			action: 'Link groups to a community',
		},
		{
			name: 'Promote Admins',
			value: 'promoteAdmins',
			description: 'Make participants admins of a community',
			action: 'Promote participants to admins of a community',
		},
		{
			name: 'Remove Participants',
			value: 'removeParticipants',
			description: 'Remove people from a community',
			action: 'Remove participants from a community',
		},
		{
			name: 'Reset Invitation Link',
			value: 'resetInvitationLink',
			description: "Replace a community's invitation link; the old one stops working",
			action: 'Reset the invitation link of a community',
		},
		{
			name: 'Unlink Groups',
			value: 'unlinkGroups',
			description: 'Take groups out of a community; the groups themselves stay',
			action: 'Unlink groups from a community',
		},
		{
			name: 'Update Description',
			value: 'updateDescription',
			description: "Change a community's description (admins only)",
			action: 'Update the description of a community',
		},
		{
			name: 'Update Photo',
			value: 'updatePhoto',
			description: "Change a community's photo from a URL, Base64 or a binary file",
			action: 'Update the photo of a community',
		},
		{
			name: 'Update Settings',
			value: 'updateSettings',
			description: 'Set who can add new groups to a community',
			action: 'Update the settings of a community',
		},
	],
	default: 'create',
});

export type CommunityOperation = OptionValue<typeof operation>;

export const operations: Record<CommunityOperation, DescribedOperation> = {
	addParticipants,
	create,
	deactivate,
	demoteAdmins,
	getMany,
	getMetadata,
	linkGroups,
	promoteAdmins,
	removeParticipants,
	resetInvitationLink,
	unlinkGroups,
	updateDescription,
	updatePhoto,
	updateSettings,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('community', toolTextsOf(operations)),
	...addParticipants.description,
	...create.description,
	...deactivate.description,
	...demoteAdmins.description,
	...getMany.description,
	...getMetadata.description,
	...linkGroups.description,
	...promoteAdmins.description,
	...removeParticipants.description,
	...resetInvitationLink.description,
	...unlinkGroups.description,
	...updateDescription.description,
	...updatePhoto.description,
	...updateSettings.description,
];
