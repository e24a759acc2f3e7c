'use strict';
/**
 * A local stand-in for Z-API (https://developer.z-api.io): real HTTP on 127.0.0.1, a random port.
 * It answers the endpoints the node uses the way Z-API documents them, checks what Z-API checks
 * (method, path with instance id and token, Client-Token, Content-Type, body), records every request,
 * and can be told to misbehave (status codes, HTML pages, resets, slow answers) for the error tests.
 * Plain JavaScript so that the demo and the end-to-end tests can start it with `node` alone.
 */
const http = require('node:http');

const { addChannel } = require('./channels');
const { serveStorage } = require('./storage');
const { WEBHOOK_ENDPOINTS, createWebhookState } = require('./webhooks');

// The double's other sides, each { ENDPOINTS, createHandlers(shared) } in a file named after it.
const MODULES = [
	require('./messages'),
	require('./interactive'),
	require('./contacts'),
	require('./invitations'),
	require('./instance'),
	require('./queue'),
	require('./chats'),
	require('./channels'),
	require('./labels'),
	require('./status'),
	require('./communities'),
];
/**
 * Paths a module shares with the group operations (communities.js: /add-participant with a
 * communityId): route -> [{ method, body, when(record), handler }]; the first whose `when` holds
 * checks the body against its own spec and answers through MODULE_HANDLERS[handler].
 */
const SHARED_ROUTES = {};
for (const module of MODULES) {
	for (const [route, sides] of Object.entries(module.SHARED_ROUTES ?? {})) {
		SHARED_ROUTES[route] = [...(SHARED_ROUTES[route] ?? []), ...sides];
	}
}
const { createCommunity } = require('./communities');

const DEFAULTS = {
	instanceId: 'TESTINSTANCE0001',
	instanceToken: 'TESTTOKEN0001SECRET',
	clientToken: '',
	connectedPhone: '5511900000000',
	connected: true,
	// Numbers the connected phone has not saved: not added, invited instead when autoInvite is on.
	notSavedPhones: [],
};

/**
 * What Z-API documents for each endpoint the double serves: method, body fields (type, `?` when
 * optional; `list` for a body that is a JSON list) and, for paths that carry the group id, the route
 * with `:groupId`.
 */
const ENDPOINTS = {
	'/status': { method: 'GET' },
	'/device': { method: 'GET' },
	'/create-group': {
		method: 'POST',
		body: { groupName: 'string', phones: 'array', autoInvite: 'boolean' },
	},
	'/update-group-photo': { method: 'POST', body: { groupId: 'string', groupPhoto: 'string' } },
	'/update-group-name': { method: 'POST', body: { groupId: 'string', groupName: 'string' } },
	'/update-group-description': {
		method: 'POST',
		body: { groupId: 'string', groupDescription: 'string' },
	},
	'/add-participant': {
		method: 'POST',
		body: { autoInvite: 'boolean', groupId: 'string', phones: 'array' },
	},
	'/remove-participant': { method: 'POST', body: { groupId: 'string', phones: 'array' } },
	'/add-admin': { method: 'POST', body: { groupId: 'string', phones: 'array' } },
	'/remove-admin': { method: 'POST', body: { groupId: 'string', phones: 'array' } },
	'/leave-group': { method: 'POST', body: { groupId: 'string' } },
	'/update-group-settings': {
		method: 'POST',
		body: {
			phone: 'string',
			adminOnlyMessage: 'boolean',
			adminOnlySettings: 'boolean',
			requireAdminApproval: 'boolean',
			adminOnlyAddMember: 'boolean',
		},
	},
	'/group-metadata/:groupId': { method: 'GET' },
	'/light-group-metadata/:groupId': { method: 'GET' },
	'/group-invitation-link/:groupId': { method: 'GET' },
	'/redefine-invitation-link/:groupId': { method: 'POST' },
	'/groups': { method: 'GET' },
	...WEBHOOK_ENDPOINTS,
	...Object.assign({}, ...MODULES.map((module) => module.ENDPOINTS)),
};

/**
 * '/group-metadata/120363…-group' -> { route: '/group-metadata/:groupId', groupId, params };
 * '/send-document/pdf' -> { route: '/send-document/:extension', params: { extension: 'pdf' } }.
 */
function routeOf(endpoint) {
	if (ENDPOINTS[endpoint]) return { route: endpoint };
	// The route's fixed part may have several segments: '/newsletter/metadata/:channelId'.
	const match = /^((?:\/[a-z-]+)+)\/([^/]+)$/.exec(endpoint);
	const route = match && Object.keys(ENDPOINTS).find((key) => key.startsWith(`${match[1]}/:`));
	if (route) {
		const params = { [route.slice(match[1].length + 2)]: decodeURIComponent(match[2]) };
		return { route, params, ...(params.groupId ? { groupId: params.groupId } : {}) };
	}
	return patternRoute(endpoint) ?? { route: endpoint };
}

/** '/chats/5511999998888/tags/10/add' -> { route: '/chats/:phone/tags/:tag/add', params }. */
function patternRoute(endpoint) {
	const segments = endpoint.split('/');
	for (const route of Object.keys(ENDPOINTS)) {
		const parts = route.split('/');
		if (!route.includes('/:') || parts.length !== segments.length) continue;
		const params = {};
		const fits = parts.every((part, at) => {
			if (!part.startsWith(':')) return part === segments[at];
			if (segments[at] === '') return false;
			try {
				params[part.slice(1)] = decodeURIComponent(segments[at]);
			} catch {
				return false;
			}
			return true;
		});
		if (fits) return { route, params };
	}
	return undefined;
}

function json(res, status, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
}

function validateBody(spec, body) {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body must be a JSON object';
	for (const [field, declared] of Object.entries(spec)) {
		const value = body[field];
		const optional = declared.endsWith('?');
		const type = declared.replace('?', '');
		if (value === undefined || value === null) {
			if (optional) continue;
			return `${field} is required`;
		}
		if (type === 'array' ? !Array.isArray(value) : typeof value !== type)
			return `${field} must be ${type}`;
	}
	const extra = Object.keys(body).filter((key) => !(key in spec));
	if (extra.length) return `unknown fields: ${extra.join(', ')}`;
	return undefined;
}

/**
 * A body that is a JSON list (`/contacts/add`, `/contacts/remove`): `list` is the type of each entry
 * ('string') or the fields of each entry, checked as validateBody checks an object's.
 */
function validateList(list, body) {
	if (!Array.isArray(body)) return 'body must be a JSON list';
	if (body.length === 0) return 'the list must not be empty';
	for (const [index, entry] of body.entries()) {
		const problem =
			typeof list === 'string'
				? typeof entry === list
					? undefined
					: `must be ${list}`
				: validateBody(list, entry);
		if (problem) return `entry ${index}: ${problem}`;
	}
	return undefined;
}

/**
 * Starts the double. Options override DEFAULTS. Returns { url, requests, config, setFault, clearFaults,
 * count, close }, and the webhook side (webhooks.js): { webhooks, webhookLog, deliver, deliverTo }.
 * `url` is the Base URL to put into the credential.
 */
async function startZApiDouble(options = {}) {
	const config = { ...DEFAULTS, ...options };
	const requests = [];
	const webhooks = createWebhookState(config);
	/**
	 * endpoint -> list of faults, each used once (`times`, default 1) or forever (`times: Infinity`),
	 * after letting `skip` requests (default 0) through untouched.
	 */
	const faults = new Map();
	let groupSequence = 0;
	const sockets = new Set();
	const timers = new Set();

	function takeFault(endpoint) {
		const list = faults.get(endpoint);
		if (!list || list.length === 0) return undefined;
		const fault = list[0];
		if (fault.skip > 0) {
			fault.skip -= 1;
			return undefined;
		}
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) list.shift();
		return fault;
	}

	function createGroup(body) {
		groupSequence += 1;
		const phonesNotAdded = body.phones.filter(
			(phone) => /@lid$/.test(phone) || config.notSavedPhones.includes(phone),
		);
		const id = `1203630195026${String(groupSequence).padStart(5, '0')}-group`;
		const answer = {
			phone: id,
			invitationLink: `https://chat.whatsapp.com/DOUBLE${String(groupSequence).padStart(6, '0')}`,
		};
		addGroup({
			id,
			name: body.groupName,
			invitationLink: answer.invitationLink,
			participants: body.phones.filter((phone) => !phonesNotAdded.includes(phone)),
		});
		// Older instances omit phonesNotAdded (added to the documentation in 2026).
		if (!config.omitPhonesNotAdded) answer.phonesNotAdded = phonesNotAdded;
		return answer;
	}

	/** Groups the double knows: created through /create-group or added by a test (addGroup). */
	const groups = new Map();
	let messageSequence = 0;

	function addGroup({ id, name = 'Group', description = '', participants = [], invitationLink }) {
		groupSequence += id ? 0 : 1;
		const groupId = id ?? `1203630195026${String(groupSequence).padStart(5, '0')}-group`;
		const group = {
			id: groupId,
			name,
			description,
			photo: null,
			creation: 1700000000000 + groups.size,
			invitationLink: invitationLink ?? `https://chat.whatsapp.com/DOUBLE${groupId.slice(-12, -6)}`,
			settings: {
				adminOnlyMessage: false,
				adminOnlySettings: false,
				requireAdminApproval: false,
				adminOnlyAddMember: false,
			},
			participants: new Map([
				[config.connectedPhone, { isAdmin: true, isSuperAdmin: true }],
				...participants.map((phone) => [phone, { isAdmin: false, isSuperAdmin: false }]),
			]),
			left: false,
		};
		groups.set(groupId, group);
		return group;
	}

	function metadata(group, light) {
		return {
			phone: group.id,
			description: group.description,
			owner: config.connectedPhone,
			subject: group.name,
			creation: group.creation,
			invitationLink: light ? null : group.invitationLink,
			communityId: group.communityId ?? null,
			adminOnlyMessage: group.settings.adminOnlyMessage,
			adminOnlySettings: group.settings.adminOnlySettings,
			requireAdminApproval: group.settings.requireAdminApproval,
			isGroupAnnouncement: group.isGroupAnnouncement ?? false,
			participants: [...group.participants].map(([phone, roles]) => ({ phone, ...roles })),
		};
	}

	// Z-API does not document how it answers for an unknown group or a participant who is not in
	// it; the double answers 400 with an error text, the way Z-API answers other invalid requests.
	const NOT_FOUND = [400, { error: 'Group not found' }];
	const DONE = [200, { value: true }];

	function withGroup(id, work) {
		const group = groups.get(id);
		if (!group || group.left) return NOT_FOUND;
		return work(group);
	}

	function phonesOf(record) {
		const { phones } = record.body;
		if (phones.length === 0) return [400, { error: 'phones must not be empty' }];
		if (phones.some((phone) => typeof phone !== 'string'))
			return [400, { error: 'phones must be strings' }];
		return undefined;
	}

	function withMembers(record, work) {
		return (
			phonesOf(record) ??
			withGroup(record.body.groupId, (group) => {
				const missing = record.body.phones.filter((phone) => !group.participants.has(phone));
				if (missing.length) return [400, { error: `not in the group: ${missing.join(', ')}` }];
				return work(group);
			})
		);
	}

	const GROUP_HANDLERS = {
		'/update-group-photo': ({ body }) =>
			withGroup(body.groupId, (group) => ((group.photo = body.groupPhoto), DONE)),
		'/update-group-name': ({ body }) =>
			withGroup(body.groupId, (group) => ((group.name = body.groupName), DONE)),
		'/update-group-description': ({ body }) =>
			withGroup(body.groupId, (group) => ((group.description = body.groupDescription), DONE)),
		'/add-participant': (record) =>
			phonesOf(record) ??
			withGroup(record.body.groupId, (group) => {
				if (record.body.phones.some((phone) => /@lid$/.test(phone)))
					return [400, { error: 'add-participant does not take @lid ids' }];
				for (const phone of record.body.phones) {
					if (!config.notSavedPhones.includes(phone) && !group.participants.has(phone))
						group.participants.set(phone, { isAdmin: false, isSuperAdmin: false });
				}
				return DONE;
			}),
		'/remove-participant': (record) =>
			withMembers(record, (group) => {
				for (const phone of record.body.phones) group.participants.delete(phone);
				return DONE;
			}),
		'/add-admin': (record) =>
			withMembers(record, (group) => {
				for (const phone of record.body.phones) group.participants.get(phone).isAdmin = true;
				return DONE;
			}),
		'/remove-admin': (record) =>
			withMembers(record, (group) => {
				for (const phone of record.body.phones) group.participants.get(phone).isAdmin = false;
				return DONE;
			}),
		'/leave-group': ({ body }) => withGroup(body.groupId, (group) => ((group.left = true), DONE)),
		'/update-group-settings': ({ body }) =>
			withGroup(body.phone, (group) => {
				const { phone: _id, ...settings } = body;
				Object.assign(group.settings, settings);
				return DONE;
			}),
		'/group-metadata/:groupId': ({ groupId }) =>
			withGroup(groupId, (group) => [200, metadata(group, false)]),
		'/light-group-metadata/:groupId': ({ groupId }) =>
			withGroup(groupId, (group) => [200, metadata(group, true)]),
		'/group-invitation-link/:groupId': ({ groupId }) =>
			withGroup(groupId, (group) => [
				200,
				{ phone: group.id, invitationLink: group.invitationLink },
			]),
		'/redefine-invitation-link/:groupId': ({ groupId }) =>
			withGroup(groupId, (group) => {
				group.invitationLink = `https://chat.whatsapp.com/RESET${String(++messageSequence).padStart(6, '0')}`;
				return [200, { invitationLink: group.invitationLink }];
			}),
		'/groups': ({ query }) => {
			// Z-API pages the chat list; the double lists its groups in creation order.
			const page = Math.max(1, Number(query.page) || 1);
			const pageSize = Math.max(1, Number(query.pageSize) || 20);
			const list = [...groups.values()].filter((group) => !group.left);
			return [
				200,
				list.slice((page - 1) * pageSize, page * pageSize).map((group) => ({
					isGroup: true,
					name: group.name,
					phone: group.id,
					unread: '0',
					lastMessageTime: String(group.creation),
					isMuted: '0',
					isMarkedSpam: 'false',
					archived: 'false',
					pinned: 'false',
					muteEndTime: null,
				})),
			];
		},
	};

	const shared = {
		config,
		/** Z-API's send queue (queue.js): sends made while `config.holdSends` is on wait here. */
		queue: [],
		/** The chats a test added (chats.js; the double's groups are chats too). */
		chats: new Map(),
		/** WhatsApp channels (channels.js), by id. */
		channels: new Map(),
		/** WhatsApp Business labels (labels.js): id -> { id, name, color }; phone -> Set of label ids. */
		labels: new Map(),
		chatLabels: new Map(),
		/** Status posts (status.js), in order. */
		statuses: [],
		groups,
		addGroup,
		metadata,
		/** Communities (communities.js): id -> { name, announcementGroupId, groups (ids)… }. */
		communities: new Map(),
		/** The group side of the paths communities.js shares (run on the announcement group). */
		groupHandlers: GROUP_HANDLERS,
		withGroup,
		NOT_FOUND,
		DONE,
		/** A new message id, as Z-API answers a send: { zaapId, messageId, id }. */
		nextMessage() {
			messageSequence += 1;
			const id = `3EB0DOUBLE${String(messageSequence).padStart(10, '0')}`;
			return { zaapId: `ZAAP${id}`, messageId: id, id };
		},
	};
	const MODULE_HANDLERS = Object.assign(
		{},
		...MODULES.map((module) => module.createHandlers(shared)),
	);

	function handle(req, res, rawBody) {
		const match = /^\/instances\/([^/]+)\/token\/([^/]+)(\/[^?]*)(\?.*)?$/.exec(req.url);
		const endpoint = match ? match[3] : req.url;
		const record = {
			at: Date.now(),
			hrAt: performance.now(),
			method: req.method,
			url: req.url,
			endpoint,
			...routeOf(endpoint),
			query: Object.fromEntries(new URLSearchParams(match?.[4] ?? '')),
			headers: req.headers,
			rawBody,
			body: undefined,
		};
		if (rawBody) {
			try {
				record.body = JSON.parse(rawBody);
			} catch {
				record.body = rawBody;
			}
		}
		requests.push(record);

		// A fault queued for this exact path comes first, then one for its route (asked once per request).
		const fault =
			takeFault(record.endpoint) ??
			(record.route === record.endpoint ? undefined : takeFault(record.route));
		const respond = () => {
			if (fault) return applyFault(fault, req, res, record);
			if (!match) {
				const path = req.url.split('?')[0];
				if (serveStorage(req, res, path, config.instanceToken)) return undefined;
				return json(res, 404, { error: 'not found' });
			}
			const [, instanceId, token] = match;
			if (instanceId !== config.instanceId || token !== config.instanceToken) {
				// Z-API does not document this answer; this is what the double chooses.
				return json(res, 400, { error: 'Instance not found' });
			}
			if (config.clientToken && req.headers['client-token'] !== config.clientToken) {
				// Without the header: Z-API's documented answer (its status is the double's choice). With a
				// wrong one: what users report from Z-API (HTTP 403), which it does not document.
				return req.headers['client-token']
					? json(res, 403, { error: 'Client-Token not allowed' })
					: json(res, 400, { error: 'null not allowed' });
			}
			// Z-API documents this text on /status only; the status of other answers is the double's choice.
			// Webhooks can be set up before WhatsApp is connected (the double's choice: undocumented).
			const offline = endpoint === '/status' || ENDPOINTS[record.route]?.offline;
			if (!config.connected && !offline && !(record.route in webhooks.handlers)) {
				return json(res, 400, { error: 'You are not connected' });
			}
			// A path with several methods (`/queue`: POST reads, DELETE empties) has a spec per method.
			const entry = ENDPOINTS[record.route];
			const side = SHARED_ROUTES[record.route]?.find((candidate) => candidate.when(record));
			const spec = side ?? (entry?.methods ? entry.methods[req.method] : entry);
			if (!entry) return json(res, 404, { error: `unknown endpoint ${endpoint}` });
			if (!spec || ((side || !entry.methods) && req.method !== spec.method)) {
				return json(res, 405, { error: 'check you sent POST or GET as specified' });
			}
			if (spec.body || spec.list) {
				if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
					return json(res, 415, { error: 'Content-Type application/json required' });
				}
				const problem = spec.list
					? validateList(spec.list, record.body)
					: validateBody(spec.body, record.body);
				if (problem) return json(res, 400, { error: problem });
			}
			if (record.route in webhooks.handlers) {
				const [status, answer] = webhooks.handlers[record.route](record);
				return json(res, status, answer);
			}
			if (!side && record.route !== '/create-group' && record.route in GROUP_HANDLERS) {
				const [status, answer] = GROUP_HANDLERS[record.route](record);
				return json(res, status, answer);
			}
			const handler = side ? side.handler : record.route;
			if (handler in MODULE_HANDLERS) {
				const [status, answer, contentType] = MODULE_HANDLERS[handler](record);
				if (typeof answer === 'string') {
					res.writeHead(status, { 'Content-Type': contentType ?? 'text/plain' });
					return res.end(answer);
				}
				return json(res, status, answer);
			}
			switch (endpoint) {
				case '/status':
					return json(
						res,
						200,
						config.connected
							? { connected: true, error: 'You are already connected', smartphoneConnected: true }
							: { connected: false, error: 'You are not connected', smartphoneConnected: false },
					);
				case '/device':
					return json(res, 200, {
						phone: config.connectedPhone,
						imgUrl: null,
						about: '',
						name: 'Double',
						device: { sessionName: 'Z-API double', device_model: 'double' },
						originalDevice: 'android',
						sessionId: 1,
						isBusiness: false,
					});
				case '/create-group': {
					const { phones } = record.body;
					if (phones.length === 0) return json(res, 400, { error: 'phones must not be empty' });
					if (phones.some((phone) => typeof phone !== 'string')) {
						return json(res, 400, { error: 'phones must be strings' });
					}
					if (phones.includes(config.connectedPhone)) {
						return json(res, 400, { error: 'the connected number cannot be a participant' });
					}
					return json(res, 200, createGroup(record.body));
				}
			}
		};
		// A realistic answer time per route (`answerDelayMs: { '/create-group': 250 }`): the work is done
		// and answered after it, as a slow Z-API would.
		const delay = config.answerDelayMs?.[record.route];
		if (!delay) return respond();
		const timer = setTimeout(() => {
			timers.delete(timer);
			respond();
		}, delay);
		timers.add(timer);
		return undefined;
	}

	function applyFault(fault, req, res, record) {
		const go = () => {
			// A webhook change made, then the fault answers (or the connection dies: reset 'after').
			if (fault.afterWork) webhooks.handlers[record.route]?.(record);
			if (fault.reset === 'before') return req.socket.destroy();
			if (fault.reset === 'after') {
				// The work is done (a group exists), then the connection dies before the answer.
				if (record.endpoint === '/create-group') createGroup(record.body);
				return req.socket.destroy();
			}
			if (fault.hang) return undefined; // never answers; the client's timeout ends it
			// A function computes them from the request: a redirect to its own address (faultTable.ts).
			const headers = {
				...(typeof fault.headers === 'function' ? fault.headers(req) : (fault.headers ?? {})),
			};
			if (typeof fault.body === 'string') {
				res.writeHead(fault.status ?? 200, {
					'Content-Type': fault.contentType ?? 'text/html',
					...headers,
				});
				return res.end(fault.body);
			}
			return json(res, fault.status ?? 200, fault.body ?? {}, headers);
		};
		if (!fault.delayMs) return go();
		const timer = setTimeout(() => {
			timers.delete(timer);
			go();
		}, fault.delayMs);
		timers.add(timer);
		return undefined;
	}

	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address();

	return {
		url: `http://127.0.0.1:${port}`,
		port,
		config,
		requests,
		/** The send queue: what sends made with `config.holdSends` on left waiting. */
		queue: shared.queue,
		/** The chat list (chats.js): chats a test added and the groups used as chats. */
		chats: shared.chats,
		/** The WhatsApp channels (channels.js), by id. */
		channels: shared.channels,
		/** Adds a channel as if it existed already (channels.js addChannel); returns its id. */
		addChannel(fields) {
			return addChannel(shared.channels, fields).id;
		},
		labels: shared.labels,
		chatLabels: shared.chatLabels,
		statuses: shared.statuses,
		/** Queue a fault for an endpoint: { status, body, headers, contentType, delayMs, hang, reset, times, skip, afterWork }. */
		setFault(endpoint, fault) {
			if (!faults.has(endpoint)) faults.set(endpoint, []);
			faults.get(endpoint).push({ ...fault });
		},
		clearFaults() {
			faults.clear();
		},
		/** Adds a group as if it existed already: { id?, name, description, participants }. */
		addGroup(group) {
			return addGroup(group).id;
		},
		/** Adds a community with its announcement group, `groups` (ids of the double's groups) linked. */
		addCommunity(community) {
			return createCommunity(shared, community).id;
		},
		/** The double's view of a community: name, description, photo, announcementGroupId, groups… */
		community(id) {
			return shared.communities.get(id);
		},
		/** The double's view of a group: name, description, photo, settings, participants, left. */
		group(id) {
			return groups.get(id);
		},
		reset() {
			faults.clear();
			requests.length = 0;
			groupSequence = 0;
			messageSequence = 0;
			groups.clear();
			shared.communities.clear();
			shared.queue.length = 0;
			shared.chats.clear();
			shared.channels.clear();
			shared.labels.clear();
			shared.chatLabels.clear();
			shared.statuses.length = 0;
			// Options a test set on config (refuseEmptyWebhook…) go too, not only the DEFAULTS keys.
			for (const key of Object.keys(config)) delete config[key];
			Object.assign(config, DEFAULTS, options);
			webhooks.resetWebhooks(options.webhooks);
		},
		/** The URL registered for each kind ('' when none) and the sent-by-me flag, changed in place. */
		webhooks: webhooks.state,
		/** Every change a setter made: { at, kind ('sentByMe' for the flag), from, to }. */
		webhookLog: webhooks.log,
		deliver: webhooks.deliver,
		deliverTo: webhooks.deliverTo,
		/** Requests to an endpoint (`/create-group`) or a route (`/group-metadata/:groupId`). */
		count(endpoint) {
			return requests.filter(
				(request) => request.endpoint === endpoint || request.route === endpoint,
			).length;
		},
		close() {
			for (const timer of timers) clearTimeout(timer);
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

module.exports = { startZApiDouble, DEFAULTS };
