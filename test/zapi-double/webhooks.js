'use strict';
/**
 * The double's webhook side: the six single-URL setters, the notify-sent-by-me flag and `GET /me`
 * (Z-API's instance/me.md fields), the state they change with a log of every change, and the calls
 * Z-API makes to a registered URL (`deliver`), plus forged calls for the security tests (`deliverTo`).
 */

/** Our kind → Z-API's setter path and `/me` field (docs: webhooks/on-*.md, instance/me.md). */
const KINDS = {
	received: { setter: '/update-webhook-received', field: 'receivedCallbackUrl' },
	delivery: { setter: '/update-webhook-delivery', field: 'deliveryCallbackUrl' },
	messageStatus: { setter: '/update-webhook-message-status', field: 'messageStatusCallbackUrl' },
	connected: { setter: '/update-webhook-connected', field: 'connectedCallbackUrl' },
	disconnected: { setter: '/update-webhook-disconnected', field: 'disconnectedCallbackUrl' },
	chatPresence: { setter: '/update-webhook-chat-presence', field: 'presenceChatCallbackUrl' },
};

const WEBHOOK_ENDPOINTS = {
	...Object.fromEntries(
		Object.values(KINDS).map(({ setter }) => [
			setter,
			{ method: 'PUT', body: { value: 'string' } },
		]),
	),
	'/update-notify-sent-by-me': { method: 'PUT', body: { notifySentByMe: 'boolean' } },
	'/me': { method: 'GET' },
};

function emptyWebhooks() {
	return { ...Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, ''])), sentByMe: false };
}

/** A POST of `body` (an object is sent as JSON, a string as it is) to `url`: { status, body }. */
async function post(url, body, headers = {}) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	return { status: response.status, body: await response.text() };
}

/**
 * The webhook state of one double. `config` is the double's config: `webhooks` (initial URLs and
 * `sentByMe`), `refuseEmptyWebhook` (a setter refuses `""`), `meWithoutCallbackFields` (`/me` answers
 * without the callback fields, as an older instance might), `dropWebhookQuery` (a setter keeps the
 * URL without its query string).
 */
function createWebhookState(config) {
	const log = [];
	// One object for the double's life, changed in place: tests may hold on to it.
	const state = {};

	function resetWebhooks(initial) {
		for (const key of Object.keys(state)) delete state[key];
		Object.assign(state, emptyWebhooks(), initial ?? {});
		config.webhooks = state;
		log.length = 0;
	}

	function change(kind, to) {
		const from = config.webhooks[kind];
		config.webhooks[kind] = to;
		log.push({ at: Date.now(), kind, from, to });
	}

	function setter(kind) {
		return ({ body }) => {
			const { value } = body;
			if (value === '' && config.refuseEmptyWebhook) {
				return [400, { error: 'value must be an https url' }];
			}
			// Every page: "Z-API does not accept webhooks that aren't HTTPS". Its answer is undocumented.
			if (value !== '' && !/^https:\/\//i.test(value)) {
				return [400, { error: 'Z-API does not accept webhooks that are not HTTPS' }];
			}
			// Z-API does not document whether it keeps a query string: `dropWebhookQuery` plays one
			// that does not.
			change(kind, config.dropWebhookQuery ? value.replace(/\?.*$/s, '') : value);
			return [200, { value: true }];
		};
	}

	function me() {
		const answer = {
			id: config.instanceId,
			token: config.instanceToken,
			name: 'Double',
			due: 1893456000000,
			connected: config.connected,
			paymentStatus: 'paid',
			created: '2024-01-01T00:00:00.000Z',
			callRejectAuto: false,
			callRejectMessage: '',
			autoReadMessage: false,
		};
		if (config.meWithoutCallbackFields) return answer;
		for (const [kind, { field }] of Object.entries(KINDS)) answer[field] = config.webhooks[kind];
		answer.receiveCallbackSentByMe = config.webhooks.sentByMe;
		answer.initialDataCallbackUrl = '';
		return answer;
	}

	const handlers = {
		...Object.fromEntries(
			Object.entries(KINDS).map(([kind, { setter: path }]) => [path, setter(kind)]),
		),
		// "only works if a received ("Upon receiving") webhook is already set": the double answers
		// {"value": false} and changes nothing otherwise.
		'/update-notify-sent-by-me': ({ body }) => {
			if (body.notifySentByMe && !config.webhooks.received) return [200, { value: false }];
			change('sentByMe', body.notifySentByMe);
			return [200, { value: true }];
		},
		'/me': () => [200, me()],
	};

	/**
	 * What Z-API does when an event of `kind` happens: POSTs `payload` to the URL registered for it,
	 * with the origin swapped for `origin` (path and query kept), since the registered https address is
	 * not where the test's n8n listens. A message with `fromMe: true` on the received webhook is not
	 * sent while the sent-by-me flag is off, unless `force`.
	 */
	async function deliver(kind, payload, { origin, force = false } = {}) {
		if (!KINDS[kind]) throw new Error(`unknown webhook kind ${kind}`);
		const registered = config.webhooks[kind];
		if (!registered) throw new Error(`no ${kind} webhook is registered on the double`);
		const isOwnMessage =
			kind === 'received' && payload && payload.fromMe === true && !payload.notification;
		if (isOwnMessage && !config.webhooks.sentByMe && !force) {
			return { status: 0, body: '', skipped: true };
		}
		const url = new URL(registered);
		const target = origin
			? `${origin.replace(/\/+$/, '')}${url.pathname}${url.search}`
			: registered;
		return await post(target, payload);
	}

	resetWebhooks(config.webhooks);
	return {
		state,
		handlers,
		log,
		resetWebhooks,
		deliver,
		deliverTo: post,
	};
}

module.exports = { KINDS, WEBHOOK_ENDPOINTS, createWebhookState };
