'use strict';
/**
 * The double's invitation side (docs: group/group-invitation-metadata.md, accept-invite-group.md,
 * approve-participant.md, reject-participant.md): metadata and joining from an invitation link, and
 * the membership requests a test queues with `requestToJoin`.
 */

const ENDPOINTS = {
	'/group-invitation-metadata': { method: 'GET' },
	'/accept-invite-group': { method: 'GET' },
	'/approve-participant': { method: 'POST', body: { groupId: 'string', phones: 'array' } },
	'/reject-participant': { method: 'POST', body: { groupId: 'string', phones: 'array' } },
};

function createHandlers({ config, groups, withGroup, DONE }) {
	const byLink = (url) =>
		[...groups.values()].find((group) => !group.left && url && group.invitationLink === url.trim());
	const INVALID_LINK = [400, { error: 'Invalid invitation link' }];

	function decide(approve) {
		return ({ body }) =>
			withGroup(body.groupId, (group) => {
				const pending = group.requests ?? new Set();
				const unknown = body.phones.filter((phone) => !pending.has(phone));
				if (body.phones.length === 0 || unknown.length)
					return [400, { error: `no request to join from: ${unknown.join(', ') || 'nobody'}` }];
				for (const phone of body.phones) {
					pending.delete(phone);
					if (approve) group.participants.set(phone, { isAdmin: false, isSuperAdmin: false });
				}
				return DONE;
			});
	}

	return {
		'/group-invitation-metadata': ({ query }) => {
			const group = byLink(query.url);
			if (!group) return INVALID_LINK;
			return [
				200,
				{
					phone: group.id,
					owner: config.connectedPhone,
					subject: group.name,
					description: group.description,
					creation: group.creation,
					invitationLink: group.invitationLink,
					contactsCount: 0,
					participantsCount: group.participants.size,
					participants: [...group.participants].map(([phone, roles]) => ({ phone, ...roles })),
					subjectTime: group.creation,
					subjectOwner: config.connectedPhone,
				},
			];
		},
		'/accept-invite-group': ({ query }) => {
			const group = byLink(query.url);
			if (!group) return INVALID_LINK;
			group.participants.set(config.connectedPhone, { isAdmin: false, isSuperAdmin: false });
			return [200, { success: true }];
		},
		'/approve-participant': decide(true),
		'/reject-participant': decide(false),
	};
}

module.exports = { ENDPOINTS, createHandlers };
