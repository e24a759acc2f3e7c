'use strict';
/**
 * The double's message side: the send endpoints (docs: message/*.md), with the fields both of Z-API's
 * pages (English and Portuguese) document, POST /read-message and DELETE /messages. A field the node must not send (one
 * language only, or undocumented) is refused as unknown, the way validateBody refuses any extra field.
 */

const SHARED = { delayMessage: 'number?' };
const REPLY = { messageId: 'string?' };

const ENDPOINTS = {
	'/send-text': {
		method: 'POST',
		body: {
			phone: 'string',
			message: 'string',
			...SHARED,
			delayTyping: 'number?',
			...REPLY,
			mentioned: 'array?',
		},
	},
	'/send-image': {
		method: 'POST',
		body: {
			phone: 'string',
			image: 'string',
			caption: 'string?',
			...REPLY,
			...SHARED,
			viewOnce: 'boolean?',
		},
	},
	'/send-document/:extension': {
		method: 'POST',
		body: { phone: 'string', document: 'string', fileName: 'string?', ...REPLY, ...SHARED },
	},
	'/send-audio': {
		method: 'POST',
		body: {
			phone: 'string',
			audio: 'string',
			...SHARED,
			viewOnce: 'boolean?',
			async: 'boolean?',
			waveform: 'boolean?',
		},
	},
	'/send-video': {
		method: 'POST',
		body: {
			phone: 'string',
			video: 'string',
			caption: 'string?',
			...REPLY,
			...SHARED,
			viewOnce: 'boolean?',
			async: 'boolean?',
		},
	},
	'/send-sticker': {
		method: 'POST',
		body: { phone: 'string', sticker: 'string', ...REPLY, ...SHARED, stickerAuthor: 'string?' },
	},
	// The English table names the file `video`; both pages' examples and the Portuguese table, `ptv`.
	'/send-ptv': {
		method: 'POST',
		body: { phone: 'string', ptv: 'string', ...REPLY, ...SHARED },
	},
	'/send-link': {
		method: 'POST',
		body: {
			phone: 'string',
			message: 'string',
			image: 'string',
			linkUrl: 'string',
			title: 'string',
			linkDescription: 'string',
			...SHARED,
		},
	},
	'/send-location': {
		method: 'POST',
		body: {
			phone: 'string',
			title: 'string',
			address: 'string',
			latitude: 'string',
			longitude: 'string',
			...REPLY,
			...SHARED,
		},
	},
	'/send-contact': {
		method: 'POST',
		body: {
			phone: 'string',
			contactName: 'string',
			contactPhone: 'string',
			contactBusinessDescription: 'string?',
			...REPLY,
			...SHARED,
		},
	},
	'/send-reaction': {
		method: 'POST',
		body: { phone: 'string', reaction: 'string', messageId: 'string', ...SHARED },
	},
	'/read-message': { method: 'POST', body: { phone: 'string', messageId: 'string' } },
	'/messages': { method: 'DELETE' },
};

function createHandlers({ config, queue, groups, NOT_FOUND, nextMessage }) {
	/** Every send: delays within 1–15 s, a group recipient the double knows, then a new message id. */
	function send({ body }) {
		for (const field of ['delayMessage', 'delayTyping']) {
			if (body[field] !== undefined && (body[field] < 1 || body[field] > 15))
				return [400, { error: `${field} must be between 1 and 15` }];
		}
		if (/-group$/.test(body.phone) && !groups.has(body.phone)) return NOT_FOUND;
		const message = nextMessage();
		// Told to hold sends (a disconnected phone), the double keeps them in the queue (queue.js).
		if (config.holdSends)
			queue.push({ ...message, phone: body.phone, message: body.message, created: Date.now() });
		return [200, message];
	}
	const handlers = Object.fromEntries(
		Object.keys(ENDPOINTS)
			.filter((route) => !['/messages', '/read-message'].includes(route))
			.map((route) => [route, send]),
	);
	// Z-API does not say what it answers to these; the double refuses them with 400 and a text.
	handlers['/send-text'] = (record) => {
		const { mentioned } = record.body;
		// The element type is not documented: the double takes what every other phone field is, digits.
		if (
			mentioned &&
			mentioned.some((entry) => typeof entry !== 'string' || !/^\d+(@lid)?$/.test(entry))
		)
			return [400, { error: 'mentioned must be phone numbers' }];
		return send(record);
	};
	// Documented: the message must end with the same URL as linkUrl.
	handlers['/send-link'] = (record) =>
		record.body.message.endsWith(record.body.linkUrl)
			? send(record)
			: [400, { error: 'message must end with linkUrl' }];
	// Documented answer: 204 No Content, for a phone or a group the double knows.
	handlers['/read-message'] = ({ body }) =>
		/-group$/.test(body.phone) && !groups.has(body.phone) ? NOT_FOUND : [204, ''];
	// Documented answer: 204 No Content.
	handlers['/messages'] = ({ query }) => {
		for (const field of ['messageId', 'phone', 'owner']) {
			if (!query[field]) return [400, { error: `${field} is required` }];
		}
		if (!['true', 'false'].includes(query.owner))
			return [400, { error: 'owner must be true or false' }];
		return [204, ''];
	};
	return handlers;
}

module.exports = { ENDPOINTS, createHandlers };
