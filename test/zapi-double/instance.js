'use strict';
/**
 * The double's instance side beyond /status and /device (docs: instance/*.md). These answer while
 * WhatsApp is disconnected (`offline`): that is when a QR code or a restart is needed.
 */

// A 1×1 PNG: Z-API documents "an image of the type base64" and no exact body; the double answers
// {"value": "data:image/png;base64,…"}, the form users report.
const QR_PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const ENDPOINTS = {
	'/qr-code/image': { method: 'GET', offline: true },
	'/restart': { method: 'GET', offline: true },
	'/disconnect': { method: 'GET', offline: true },
	// The profile and call settings (instance/profile-*.md, call-reject*.md), kept in `config.profile`.
	'/profile-name': { method: 'PUT', body: { value: 'string' } },
	'/profile-description': { method: 'PUT', body: { value: 'string' } },
	'/update-call-reject-auto': { method: 'PUT', body: { value: 'boolean' } },
	'/update-call-reject-message': { method: 'PUT', body: { value: 'string' } },
	// One path, two pages: GET reads a contact's picture (contacts/get-profile-picture.md), PUT sets
	// the instance's own (instance/profile-picture.md).
	'/profile-picture': {
		methods: {
			GET: { method: 'GET' },
			PUT: { method: 'PUT', body: { value: 'string' } },
		},
	},
};

const DONE = [200, { value: true }];

function createHandlers({ config }) {
	const profile = () => (config.profile = { ...config.profile });
	/** Z-API does not document an empty value; the double refuses it. */
	const text = (value, field, work) =>
		value.trim() === '' ? [400, { error: `${field} must not be empty` }] : (work(), DONE);
	return {
		'/profile-name': ({ body }) => text(body.value, 'value', () => (profile().name = body.value)),
		'/profile-description': ({ body }) =>
			text(body.value, 'value', () => (profile().description = body.value)),
		'/update-call-reject-auto': ({ body }) => ((profile().callRejectAuto = body.value), DONE),
		'/update-call-reject-message': ({ body }) =>
			text(body.value, 'value', () => (profile().callRejectMessage = body.value)),
		'/profile-picture': ({ method, body, query }) => {
			if (method === 'PUT') {
				if (!/^https?:\/\/\S+$/.test(body.value))
					return [400, { error: 'value must be an image URL' }];
				profile().picture = body.value;
				return DONE;
			}
			// get-profile-picture.md: phone in the query, the answer a list with one { link }.
			if (!/^\d{8,15}$/.test(query.phone ?? '')) return [400, { error: 'phone is required' }];
			if (Object.keys(query).length !== 1) return [400, { error: 'only phone is documented' }];
			const contact = (config.contacts ?? []).find((entry) => entry.phone === query.phone);
			const own = query.phone === config.connectedPhone ? config.profile?.picture : undefined;
			return [200, [{ link: own ?? contact?.imgUrl ?? null }]];
		},
		'/qr-code/image': () =>
			config.connected
				? [200, { connected: true }]
				: [200, { value: `data:image/png;base64,${QR_PNG}` }],
		'/restart': () => [200, { value: true }],
		'/disconnect': () => {
			config.connected = false;
			return [200, { value: true }];
		},
	};
}

module.exports = { ENDPOINTS, createHandlers, QR_PNG };
