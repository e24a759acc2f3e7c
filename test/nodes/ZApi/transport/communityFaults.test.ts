/**
 * The Community operations against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each input item's group is
 * linked to a community of its own; the item carries that community's id.
 */
import { CHECK_THE_COMMUNITY } from '../../../../nodes/ZApi/resources/community/change';
import type { OperationRow } from '../../../helpers/faultRunner';
import { MEMBER, describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';

const double = useFaultDouble();

/** The community each group of the double was linked to (prepare), for the item. */
const communityOf = new Map<string, string>();
const linkToCommunity = (groupId: string) => {
	const other = double.addGroup({ name: 'Other' });
	const communityId = double.addCommunity({ name: 'School', groups: [groupId, other] });
	const announcement = double.group(double.community(communityId)!.announcementGroupId)!;
	announcement.participants.set(MEMBER, { isAdmin: true, isSuperAdmin: false });
	communityOf.set(groupId, communityId);
};
const community = (groupId: string) => communityOf.get(groupId)!;

const COMMUNITY_ID = { resource: 'community', communityId: '={{ $json.communityId }}' };
const onCommunity = {
	prepare: linkToCommunity,
	item: (groupId: string) => ({ communityId: community(groupId), groupId }),
};

const operations: OperationRow[] = [
	{
		name: 'Community → Create',
		parameters: { resource: 'community', operation: 'create', name: 'School' },
		route: '/communities',
		action: () => 'create the community "School"',
		// Communities made by the double are numbered from 1 in each test.
		done: (_groupId, sent) => ({ communityId: `12036301950270000${sent}` }),
		ifUncertain:
			'The community may have been created anyway: look for it with Community → Get Many before you run this again.',
	},
	{
		name: 'Community → Get Many',
		parameters: { resource: 'community', operation: 'getMany', limit: 1 },
		route: '/communities',
		prepare: linkToCommunity,
		action: () => 'list the communities (page 1)',
		done: () => ({ communityId: '120363019502700001' }),
		reads: true,
	},
	{
		name: 'Community → Get Metadata',
		parameters: { ...COMMUNITY_ID, operation: 'getMetadata' },
		route: '/communities-metadata/:communityId',
		...onCommunity,
		action: (groupId) => `read the metadata of the community ${community(groupId)}`,
		done: (groupId) => ({
			communityId: community(groupId),
			groupIds: [groupId, expect.any(String)],
		}),
		reads: true,
	},
	{
		name: 'Community → Link Groups',
		parameters: { ...COMMUNITY_ID, operation: 'linkGroups', groupIds: '={{ $json.newGroup }}' },
		route: '/communities/link',
		...onCommunity,
		item: (groupId) => ({
			communityId: community(groupId),
			newGroup: double.addGroup({ name: 'New' }),
		}),
		action: (groupId) => `link groups to the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), linked: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	},
	{
		name: 'Community → Unlink Groups',
		parameters: { ...COMMUNITY_ID, operation: 'unlinkGroups', groupIds: '={{ $json.groupId }}' },
		route: '/communities/unlink',
		...onCommunity,
		action: (groupId) => `unlink groups from the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), groupIds: [groupId], unlinked: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	},
	...(
		[
			['Add Participants', 'addParticipants', '/add-participant', 'add participants to', 'added'],
			[
				'Remove Participants',
				'removeParticipants',
				'/remove-participant',
				'remove participants from',
				'removed',
			],
			['Promote Admins', 'promoteAdmins', '/add-admin', 'make participants admins of', 'promoted'],
			['Demote Admins', 'demoteAdmins', '/remove-admin', 'remove admin rights in', 'demoted'],
		] as const
	).map(([name, operation, route, action, flag]): OperationRow => ({
		name: `Community → ${name}`,
		parameters: { ...COMMUNITY_ID, operation, phones: MEMBER },
		route,
		...onCommunity,
		action: (groupId) => `${action} the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), phones: [MEMBER], [flag]: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	})),
	{
		name: 'Community → Update Description',
		parameters: { ...COMMUNITY_ID, operation: 'updateDescription', communityDescription: 'News' },
		route: '/update-community-description',
		...onCommunity,
		action: (groupId) => `change the description of the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), descriptionUpdated: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	},
	{
		name: 'Community → Update Photo',
		parameters: {
			...COMMUNITY_ID,
			operation: 'updatePhoto',
			photoSource: 'url',
			communityPhoto: 'https://example.com/logo.png',
		},
		route: '/update-community-photo',
		...onCommunity,
		action: (groupId) => `change the photo of the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), photoUpdated: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	},
	{
		name: 'Community → Update Settings',
		parameters: { ...COMMUNITY_ID, operation: 'updateSettings', whoCanAddNewGroups: 'all' },
		route: '/communities/settings',
		...onCommunity,
		action: (groupId) => `change the settings of the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), settingsUpdated: true }),
		ifUncertain: CHECK_THE_COMMUNITY,
	},
	{
		name: 'Community → Reset Invitation Link',
		parameters: { ...COMMUNITY_ID, operation: 'resetInvitationLink' },
		route: '/redefine-invitation-link/:groupId',
		...onCommunity,
		action: (groupId) => `reset the invitation link of the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), invitationLink: expect.any(String) }),
		ifUncertain:
			'The link may have been reset anyway, and the old one then no longer works: check the community in WhatsApp before you run this again.',
	},
	{
		name: 'Community → Deactivate',
		parameters: { ...COMMUNITY_ID, operation: 'deactivate' },
		route: '/communities/:communityId',
		...onCommunity,
		action: (groupId) => `deactivate the community ${community(groupId)}`,
		done: (groupId) => ({ communityId: community(groupId), deactivated: true }),
		ifUncertain:
			'The community may have been deactivated anyway: look for it with Community → Get Many before you run this again.',
	},
];

describeOperationFaults(double, operations);
