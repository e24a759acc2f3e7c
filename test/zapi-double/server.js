'use strict';
/**
 * A local stand-in for Z-API (https://developer.z-api.io): real HTTP on 127.0.0.1, a random port.
 * It answers the endpoints the node uses the way Z-API documents them, checks what Z-API checks
 * (method, path with instance id and token, Client-Token, Content-Type, body), records every request,
 * and can be told to misbehave (status codes, HTML pages, resets, slow answers) for the error tests.
 * Plain JavaScript so that the demo and the end-to-end tests can start it with `node` alone.
 */
const http = require('node:http');

const DEFAULTS = {
	instanceId: 'TESTINSTANCE0001',
	instanceToken: 'TESTTOKEN0001SECRET',
	clientToken: '',
	connectedPhone: '5511900000000',
	connected: true,
	// Numbers the connected phone has not saved: not added, invited instead when autoInvite is on.
	notSavedPhones: [],
};

/** What Z-API documents for each endpoint the double serves: method and required body fields. */
const ENDPOINTS = {
	'/status': { method: 'GET' },
	'/device': { method: 'GET' },
	'/create-group': {
		method: 'POST',
		body: { groupName: 'string', phones: 'array', autoInvite: 'boolean' },
	},
};

function json(res, status, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
}

function validateBody(spec, body) {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body must be a JSON object';
	for (const [field, type] of Object.entries(spec)) {
		const value = body[field];
		if (value === undefined || value === null) return `${field} is required`;
		if (type === 'array' ? !Array.isArray(value) : typeof value !== type)
			return `${field} must be ${type}`;
	}
	const extra = Object.keys(body).filter((key) => !(key in spec));
	if (extra.length) return `unknown fields: ${extra.join(', ')}`;
	return undefined;
}

/**
 * Starts the double. Options override DEFAULTS. Returns { url, requests, config, setFault, clearFaults,
 * count, close }. `url` is the Base URL to put into the credential.
 */
async function startZApiDouble(options = {}) {
	const config = { ...DEFAULTS, ...options };
	const requests = [];
	/** endpoint -> list of faults, each used once (`times`, default 1) or forever (`times: Infinity`). */
	const faults = new Map();
	let groupSequence = 0;
	const sockets = new Set();
	const timers = new Set();

	function takeFault(endpoint) {
		const list = faults.get(endpoint);
		if (!list || list.length === 0) return undefined;
		const fault = list[0];
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
		// Older instances omit phonesNotAdded (added to the documentation in 2026).
		if (!config.omitPhonesNotAdded) answer.phonesNotAdded = phonesNotAdded;
		return answer;
	}

	function handle(req, res, rawBody) {
		const match = /^\/instances\/([^/]+)\/token\/([^/]+)(\/[^?]*)(\?.*)?$/.exec(req.url);
		const record = {
			method: req.method,
			url: req.url,
			endpoint: match ? match[3] : req.url,
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

		const fault = takeFault(record.endpoint);
		const respond = () => {
			if (!match) return json(res, 404, { error: 'not found' });
			if (fault) return applyFault(fault, req, res, record);
			const [, instanceId, token, endpoint] = match;
			if (instanceId !== config.instanceId || token !== config.instanceToken) {
				// Z-API does not document this answer; this is what the double chooses.
				return json(res, 400, { error: 'Instance not found' });
			}
			if (config.clientToken && req.headers['client-token'] !== config.clientToken) {
				return json(res, 400, {
					error: req.headers['client-token']
						? 'your client-token is not configured'
						: 'null not allowed',
				});
			}
			const spec = ENDPOINTS[endpoint];
			if (!spec) return json(res, 404, { error: `unknown endpoint ${endpoint}` });
			if (req.method !== spec.method) {
				return json(res, 405, { error: 'check you sent POST or GET as specified' });
			}
			if (spec.body) {
				if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
					return json(res, 415, { error: 'Content-Type application/json required' });
				}
				const problem = validateBody(spec.body, record.body);
				if (problem) return json(res, 400, { error: problem });
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
		respond();
	}

	function applyFault(fault, req, res, record) {
		const go = () => {
			if (fault.reset === 'before') return req.socket.destroy();
			if (fault.reset === 'after') {
				// The work is done (a group exists), then the connection dies before the answer.
				if (record.endpoint === '/create-group') createGroup(record.body);
				return req.socket.destroy();
			}
			if (fault.hang) return undefined; // never answers; the client's timeout ends it
			const headers = { ...(fault.headers ?? {}) };
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
		/** Queue a fault for an endpoint: { status, body, headers, contentType, delayMs, hang, reset, times }. */
		setFault(endpoint, fault) {
			if (!faults.has(endpoint)) faults.set(endpoint, []);
			faults.get(endpoint).push({ ...fault });
		},
		clearFaults() {
			faults.clear();
		},
		reset() {
			faults.clear();
			requests.length = 0;
			groupSequence = 0;
			Object.assign(config, DEFAULTS, options);
		},
		count(endpoint) {
			return requests.filter((request) => request.endpoint === endpoint).length;
		},
		close() {
			for (const timer of timers) clearTimeout(timer);
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

module.exports = { startZApiDouble, DEFAULTS };
