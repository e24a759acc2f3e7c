'use strict';
/**
 * The double's status posts (docs: status/send-text-status.md, send-image-status.md,
 * send-video-status.md): the fields both of Z-API's pages document, answered `{zaapId, messageId}`.
 * Each post is kept in `statuses` on the double.
 */

const ENDPOINTS = {
	'/send-text-status': { method: 'POST', body: { message: 'string' } },
	'/send-image-status': { method: 'POST', body: { image: 'string', caption: 'string?' } },
	'/send-video-status': { method: 'POST', body: { video: 'string', caption: 'string?' } },
};

// "Link or Base64": an http(s) URL or a data URL of the kind (the double's reading of the pages).
const MEDIA = {
	image: /^(https?:\/\/\S+|data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+=*)$/,
	video: /^(https?:\/\/\S+|data:video\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+=*)$/,
};

function createHandlers({ statuses, nextMessage }) {
	const post =
		(kind) =>
		({ body }) => {
			if (kind !== 'text' && !MEDIA[kind].test(body[kind]))
				return [400, { error: `${kind} must be a link or a Base64 data URL` }];
			if (kind === 'text' && body.message.trim() === '')
				return [400, { error: 'message is empty' }];
			const { zaapId, messageId } = nextMessage();
			statuses.push({ kind, ...body, zaapId, messageId });
			// Documented: zaapId and messageId only (no `id`, unlike the message sends).
			return [200, { zaapId, messageId }];
		};
	return {
		'/send-text-status': post('text'),
		'/send-image-status': post('image'),
		'/send-video-status': post('video'),
	};
}

module.exports = { ENDPOINTS, createHandlers };
