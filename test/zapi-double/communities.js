'use strict';
/**
 * The double's communities (docs: communities/*.md). A community is kept with its announcement group,
 * a group of the double's group store (so Message sends to it work), and the ids of its linked groups,
 * which must be groups of that store (made through /create-group or addGroup). The participant
 * operations and the link reset share their paths with the group operations: a body with
 * `communityId` (or a path id of digits only) is the community's (SHARED_ROUTES, server.js).
 */

const ENDPOINTS = {
	'/communities': {
		methods: {
			GET: { method: 'GET' },
			POST: { method: 'POST', body: { name: 'string', description: 'string?' } },
		},
	},
	'/communities/:communityId': { method: 'DELETE' },
	'/communities-metadata/:communityId': { method: 'GET' },
	'/communities/link': {
		method: 'POST',
		body: { communityId: 'string', groupsPhones: 'array' },
	},
	'/communities/unlink': {
		method: 'POST',
		body: { communityId: 'string', groupsPhones: 'array' },
	},
	'/communities/settings': {
		method: 'POST',
		body: { communityId: 'string', whoCanAddNewGroups: 'string' },
	},
	'/update-community-description': {
		method: 'POST',
		body: { communityId: 'string', communityDescription: 'string' },
	},
	'/update-community-photo': {
		method: 'POST',
		body: { communityId: 'string', communityPhoto: 'string' },
	},
};

const withCommunityId = (record) =>
	!!record.body && typeof record.body === 'object' && 'communityId' in record.body;
const members = { communityId: 'string', phones: 'array' };

/** Paths the group operations use too, with the community's body (documented per page). */
const SHARED_ROUTES = {
	'/add-participant': [
		{
			method: 'POST',
			body: { autoInvite: 'boolean', communityId: 'string', phones: 'array' },
			when: withCommunityId,
			handler: 'community:/add-participant',
		},
	],
	'/remove-participant': [
		{
			method: 'POST',
			body: members,
			when: withCommunityId,
			handler: 'community:/remove-participant',
		},
	],
	'/add-admin': [
		{ method: 'POST', body: members, when: withCommunityId, handler: 'community:/add-admin' },
	],
	'/remove-admin': [
		{ method: 'POST', body: members, when: withCommunityId, handler: 'community:/remove-admin' },
	],
	// Group ids end in -group (or are number-timestamp); a community's id is digits only.
	'/redefine-invitation-link/:groupId': [
		{
			method: 'POST',
			when: (record) => /^\d+$/.test(record.params?.groupId ?? ''),
			handler: 'community:/redefine-invitation-link',
		},
	],
};

/** Makes a community and its announcement group; `groups` are ids of the store's groups, linked. */
function createCommunity(shared, { name, description = '', groups = [] }) {
	// Communities are never removed from the store (only deactivated): its size numbers them.
	const number = String(shared.communities.size + 1).padStart(5, '0');
	const id = `1203630195027${number}`;
	const announcement = shared.addGroup({ id: `1203630195028${number}-group`, name });
	announcement.isGroupAnnouncement = true;
	announcement.communityId = id;
	const community = {
		id,
		name,
		description,
		photo: null,
		announcementGroupId: announcement.id,
		groups: new Set(),
		whoCanAddNewGroups: 'admins',
		deactivated: false,
	};
	shared.communities.set(id, community);
	for (const groupId of groups) link(shared, community, groupId);
	return community;
}

function link(shared, community, groupId) {
	community.groups.add(groupId);
	shared.groups.get(groupId).communityId = community.id;
}

function createHandlers(shared) {
	const { communities, groups, DONE } = shared;
	// Z-API does not document the answer for an unknown community: the double answers 400 with words.
	const NOT_FOUND = [400, { error: 'Community not found' }];
	const SUCCESS = [200, { success: true }];

	function withCommunity(id, work) {
		const community = communities.get(id);
		if (!community || community.deactivated) return NOT_FOUND;
		return work(community);
	}
	const announcementOf = (community) => groups.get(community.announcementGroupId);
	const subGroup = (group, isGroupAnnouncement) => ({
		name: group.name,
		phone: group.id,
		isGroupAnnouncement,
	});

	function metadata(community) {
		return {
			name: community.name,
			id: community.id,
			description: community.description,
			subGroups: [
				subGroup(announcementOf(community), true),
				...[...community.groups].map((id) => subGroup(groups.get(id), false)),
			],
		};
	}

	/** The group operation of the same path, run on the announcement group. */
	function onAnnouncementGroup(route) {
		return (record) =>
			withCommunity(record.body.communityId, (community) => {
				const { communityId: _id, ...rest } = record.body;
				const body = { ...rest, groupId: community.announcementGroupId };
				return shared.groupHandlers[route]({ ...record, body });
			});
	}

	function unknownGroups(ids) {
		const unknown = ids.filter((id) => typeof id !== 'string' || !groups.has(id));
		if (ids.length === 0) return [400, { error: 'groupsPhones must not be empty' }];
		if (unknown.length) return [400, { error: `Group not found: ${unknown.join(', ')}` }];
		return undefined;
	}

	return {
		'/communities': ({ method, body, query }) => {
			if (method === 'POST') {
				const community = createCommunity(shared, body);
				const { id, subGroups } = metadata(community);
				return [200, { id, subGroups }];
			}
			const page = Math.max(1, Number(query.page) || 1);
			const pageSize = Math.max(1, Number(query.pageSize) || 20);
			const list = [...communities.values()].filter((community) => !community.deactivated);
			return [
				200,
				list
					.slice((page - 1) * pageSize, page * pageSize)
					.map((community) => ({ name: community.name, id: community.id })),
			];
		},
		'/communities-metadata/:communityId': ({ params }) =>
			withCommunity(params.communityId, (community) => [200, metadata(community)]),
		'/communities/:communityId': ({ params }) =>
			withCommunity(params.communityId, (community) => {
				community.deactivated = true;
				for (const id of community.groups) groups.get(id).communityId = null;
				community.groups.clear();
				// Z-API documents a 200 without a body.
				return [200, ''];
			}),
		'/communities/link': ({ body }) =>
			unknownGroups(body.groupsPhones) ??
			withCommunity(body.communityId, (community) => {
				// Z-API links the others and leaves a group that is in another community out.
				for (const id of body.groupsPhones) {
					if (!groups.get(id).communityId) link(shared, community, id);
				}
				return SUCCESS;
			}),
		'/communities/unlink': ({ body }) =>
			unknownGroups(body.groupsPhones) ??
			withCommunity(body.communityId, (community) => {
				const outside = body.groupsPhones.filter((id) => !community.groups.has(id));
				if (outside.length) return [400, { error: `not linked: ${outside.join(', ')}` }];
				const left = [...community.groups].filter((id) => !body.groupsPhones.includes(id));
				if (left.length === 0)
					return [400, { error: 'a community must keep at least one linked group' }];
				for (const id of body.groupsPhones) {
					community.groups.delete(id);
					groups.get(id).communityId = null;
				}
				return SUCCESS;
			}),
		'/communities/settings': ({ body }) =>
			withCommunity(body.communityId, (community) => {
				if (!['admins', 'all'].includes(body.whoCanAddNewGroups))
					return [400, { error: 'whoCanAddNewGroups must be admins or all' }];
				community.whoCanAddNewGroups = body.whoCanAddNewGroups;
				return SUCCESS;
			}),
		'/update-community-description': ({ body }) =>
			withCommunity(
				body.communityId,
				(community) => ((community.description = body.communityDescription), DONE),
			),
		'/update-community-photo': ({ body }) =>
			withCommunity(
				body.communityId,
				(community) => ((community.photo = body.communityPhoto), DONE),
			),
		'community:/add-participant': onAnnouncementGroup('/add-participant'),
		'community:/remove-participant': onAnnouncementGroup('/remove-participant'),
		'community:/add-admin': onAnnouncementGroup('/add-admin'),
		'community:/remove-admin': onAnnouncementGroup('/remove-admin'),
		'community:/redefine-invitation-link': ({ params }) =>
			withCommunity(params.groupId, (community) => {
				community.resets = (community.resets ?? 0) + 1;
				community.invitationLink = `https://chat.whatsapp.com/COMMUNITY${community.id.slice(-5)}RESET${community.resets}`;
				return [200, { invitationLink: community.invitationLink }];
			}),
	};
}

module.exports = { ENDPOINTS, SHARED_ROUTES, createHandlers, createCommunity };
