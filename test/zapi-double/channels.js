'use strict';
/**
 * The double's WhatsApp channels, Z-API's "newsletter" (docs: newsletter/*.md). Ids end in @newsletter.
 * A channel is the connected number's (role OWNER: it created it) or followed (SUBSCRIBER); only the
 * owner changes or deletes it. What Z-API answers for an unknown channel or a change by a follower
 * is not documented: the double answers 400 with an error text, as Z-API does for other invalid
 * requests.
 */

const ID = { id: 'string' };

const ENDPOINTS = {
	'/create-newsletter': { method: 'POST', body: { name: 'string', description: 'string?' } },
	'/newsletter': { method: 'GET' },
	'/newsletter/metadata/:channelId': { method: 'GET' },
	'/search-newsletter': {
		method: 'POST',
		// Both pages: limit and filters required, view and searchText optional.
		body: { limit: 'number', filters: 'object', view: 'string?', searchText: 'string?' },
	},
	'/update-newsletter-name': { method: 'POST', body: { ...ID, name: 'string' } },
	'/update-newsletter-description': { method: 'POST', body: { ...ID, description: 'string' } },
	'/update-newsletter-picture': { method: 'POST', body: { ...ID, pictureUrl: 'string' } },
	'/newsletter/settings/:channelId': { method: 'POST', body: { reactionCodes: 'string' } },
	'/follow-newsletter': { method: 'PUT', body: ID },
	'/unfollow-newsletter': { method: 'PUT', body: ID },
	'/mute-newsletter': { method: 'PUT', body: ID },
	'/unmute-newsletter': { method: 'PUT', body: ID },
	'/delete-newsletter': { method: 'DELETE', body: ID },
};

const VIEWS = ['RECOMMENDED', 'TRENDING', 'POPULAR', 'NEW'];
const NOT_FOUND = [400, { error: 'Newsletter not found' }];
const NOT_OWNER = [400, { error: 'Only the newsletter owner can do this' }];
// Updates answer 201 (update-newsletter-name, -description, -picture); the others 200.
const CREATED = [201, { value: true }];
const DONE = [200, { value: true }];

/** A channel as the list and the metadata show it (newsletter-list.md's fields). */
function view(channel) {
	return {
		id: channel.id,
		creationTime: String(channel.creationTime),
		state: 'ACTIVE',
		name: channel.name,
		description: channel.description,
		subscribersCount: String(channel.subscribersCount),
		inviteLink: `https://www.whatsapp.com/channel/DOUBLE${channel.id.slice(6, 18)}`,
		verification: 'UNVERIFIED',
		picture: channel.picture,
		preview: channel.picture,
		viewMetadata: { mute: channel.muted ? 'ON' : 'OFF', role: channel.role },
	};
}

/** Adds a channel to `channels`: { id?, name, description, role ('OWNER' or 'SUBSCRIBER'), ... }. */
function addChannel(channels, fields = {}) {
	const id = fields.id ?? `1203631665557${String(channels.size + 1).padStart(5, '0')}@newsletter`;
	const channel = {
		id,
		name: 'Channel',
		description: '',
		picture: null,
		role: 'OWNER',
		followed: true,
		muted: false,
		reactionCodes: 'all',
		subscribersCount: 0,
		creationTime: 1700000000 + channels.size,
		...fields,
	};
	channels.set(id, channel);
	return channel;
}

function createHandlers({ channels }) {
	const known = (id, work) => {
		const channel = channels.get(id);
		return channel ? work(channel) : NOT_FOUND;
	};
	const owned = (id, work) =>
		known(id, (channel) => (channel.role === 'OWNER' ? work(channel) : NOT_OWNER));
	const follow = (followed) => (id) =>
		known(id, (channel) =>
			channel.role === 'OWNER' ? NOT_OWNER : ((channel.followed = followed), DONE),
		);
	const mute = (muted) => (id) =>
		known(id, (channel) => (channel.followed ? ((channel.muted = muted), DONE) : NOT_FOUND));
	const byId =
		(work) =>
		({ body }) =>
			work(body.id, body);

	return {
		'/create-newsletter': ({ body }) => {
			if (!body.name.trim()) return [400, { error: 'name is required' }];
			const channel = addChannel(channels, {
				name: body.name,
				description: body.description ?? '',
			});
			return [201, { id: channel.id }];
		},
		'/newsletter': () => [
			200,
			[...channels.values()].filter((channel) => channel.followed).map(view),
		],
		'/newsletter/metadata/:channelId': ({ params }) =>
			known(params.channelId, (channel) => [200, view(channel)]),
		'/search-newsletter': ({ body }) => {
			const { filters } = body;
			const extra = Object.keys(filters).filter((key) => key !== 'countryCodes');
			if (extra.length) return [400, { error: `unknown filters: ${extra.join(', ')}` }];
			const codes = filters.countryCodes;
			if (!Array.isArray(codes) || codes.length === 0 || codes.some((c) => !/^[A-Z]{2}$/.test(c)))
				return [400, { error: 'filters.countryCodes must be country codes' }];
			if (body.view !== undefined && !VIEWS.includes(body.view))
				return [400, { error: `view must be one of ${VIEWS.join(', ')}` }];
			if (!Number.isInteger(body.limit) || body.limit < 1)
				return [400, { error: 'limit must be a positive integer' }];
			const text = (body.searchText ?? '').toLowerCase();
			const data = [...channels.values()]
				.filter((channel) => channel.name.toLowerCase().includes(text))
				.slice(0, body.limit)
				.map(({ id, name, description, subscribersCount, picture }) => ({
					id,
					name,
					description,
					subscribersCount: String(subscribersCount),
					picture,
				}));
			// Documented: cursor is always null.
			return [200, { cursor: null, data }];
		},
		'/update-newsletter-name': ({ body }) =>
			owned(body.id, (channel) => ((channel.name = body.name), CREATED)),
		'/update-newsletter-description': ({ body }) =>
			owned(body.id, (channel) => ((channel.description = body.description), CREATED)),
		'/update-newsletter-picture': ({ body }) =>
			owned(body.id, (channel) => ((channel.picture = body.pictureUrl), CREATED)),
		'/newsletter/settings/:channelId': ({ params, body }) =>
			['basic', 'all'].includes(body.reactionCodes)
				? owned(params.channelId, (channel) => ((channel.reactionCodes = body.reactionCodes), DONE))
				: [400, { error: 'reactionCodes must be basic or all' }],
		'/follow-newsletter': byId(follow(true)),
		'/unfollow-newsletter': byId(follow(false)),
		'/mute-newsletter': byId(mute(true)),
		'/unmute-newsletter': byId(mute(false)),
		'/delete-newsletter': byId((id) => owned(id, () => (channels.delete(id), DONE))),
	};
}

module.exports = { ENDPOINTS, createHandlers, addChannel };
