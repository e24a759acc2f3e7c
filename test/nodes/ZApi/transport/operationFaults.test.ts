/**
 * Every group operation but Create (errors.test.ts has Create's own table), and Send Text, against
 * every kind of failure the Z-API double can fake (test/helpers/faultTable.ts; faultRunner.ts: what
 * each cell checks). messageFaults.test.ts and otherFaults.test.ts do the same for the other operations.
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import {
	GROUP_ID,
	MEMBER,
	MESSAGE_MAY_HAVE_BEEN_SENT,
	describeOperationFaults,
	useFaultDouble,
} from '../../../helpers/faultRunner';

const double = useFaultDouble();

const operations: OperationRow[] = [
	{
		name: 'Group → Add Participants',
		parameters: { operation: 'addParticipants', ...GROUP_ID, phones: MEMBER, autoInvite: false },
		route: '/add-participant',
		action: (groupId) => `add participants to the group ${groupId}`,
		done: (groupId) => ({ groupId, added: true }),
	},
	{
		name: 'Group → Remove Participants',
		parameters: { operation: 'removeParticipants', ...GROUP_ID, phones: MEMBER },
		route: '/remove-participant',
		action: (groupId) => `remove participants from the group ${groupId}`,
		done: (groupId) => ({ groupId, removed: true }),
	},
	{
		name: 'Group → Promote Admins',
		parameters: { operation: 'promoteAdmins', ...GROUP_ID, phones: MEMBER },
		route: '/add-admin',
		action: (groupId) => `make participants admins of the group ${groupId}`,
		done: (groupId) => ({ groupId, promoted: true }),
	},
	{
		name: 'Group → Demote Admins',
		parameters: { operation: 'demoteAdmins', ...GROUP_ID, phones: MEMBER },
		route: '/remove-admin',
		action: (groupId) => `remove admin rights in the group ${groupId}`,
		done: (groupId) => ({ groupId, demoted: true }),
	},
	{
		name: 'Group → Update Name',
		parameters: { operation: 'updateName', ...GROUP_ID, groupName: 'Sales' },
		route: '/update-group-name',
		action: (groupId) => `rename the group ${groupId}`,
		done: (groupId) => ({ groupId, renamed: true }),
	},
	{
		name: 'Group → Update Description',
		parameters: { operation: 'updateDescription', ...GROUP_ID, groupDescription: 'Weekly' },
		route: '/update-group-description',
		action: (groupId) => `change the description of the group ${groupId}`,
		done: (groupId) => ({ groupId, descriptionUpdated: true }),
	},
	{
		name: 'Group → Update Settings',
		parameters: { operation: 'updateSettings', ...GROUP_ID, adminOnlyMessage: true },
		route: '/update-group-settings',
		action: (groupId) => `change the settings of the group ${groupId}`,
		done: (groupId) => ({ groupId, settingsUpdated: true }),
	},
	{
		name: 'Group → Update Photo',
		parameters: {
			operation: 'updatePhoto',
			...GROUP_ID,
			photoSource: 'url',
			groupPhoto: 'https://example.com/logo.png',
		},
		route: '/update-group-photo',
		action: (groupId) => `change the photo of the group ${groupId}`,
		done: (groupId) => ({ groupId, photoUpdated: true }),
	},
	{
		name: 'Group → Leave',
		parameters: { operation: 'leave', ...GROUP_ID },
		route: '/leave-group',
		action: (groupId) => `leave the group ${groupId}`,
		done: (groupId) => ({ groupId, left: true }),
	},
	{
		name: 'Group → Get Metadata',
		parameters: { operation: 'getMetadata', ...GROUP_ID },
		route: '/group-metadata/:groupId',
		action: (groupId) => `read the metadata of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId, subject: 'Team' }),
		reads: true,
	},
	{
		name: 'Group → Get Invitation Link',
		parameters: { operation: 'getInvitationLink', ...GROUP_ID },
		route: '/group-invitation-link/:groupId',
		action: (groupId) => `get the invitation link of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId }),
		reads: true,
	},
	{
		name: 'Group → Reset Invitation Link',
		parameters: { operation: 'resetInvitationLink', ...GROUP_ID },
		route: '/redefine-invitation-link/:groupId',
		action: (groupId) => `reset the invitation link of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId }),
	},
	{
		// One group per item, the first of the list: one request per item.
		name: 'Group → Get Many',
		parameters: { operation: 'getMany', returnAll: false, limit: 1 },
		route: '/groups',
		action: () => 'list the groups (page 1)',
		done: () => ({ isGroup: true, name: 'Team' }),
		reads: true,
	},
	{
		name: 'Message → Send Text',
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.groupId }}',
			message: 'Hello',
		},
		route: '/send-text',
		action: (groupId) => `send a text message to ${groupId}`,
		// The double numbers the messages it accepts.
		done: (groupId, sent) => ({ phone: groupId, messageId: `3EB0DOUBLE000000000${sent}` }),
		ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
	},
];

describeOperationFaults(double, operations);
