'use strict';
/**
 * The double's send queue (docs: queue/post-queue.md, delete-queue.md, delete-queue-id.md). Sends made
 * while `config.holdSends` is on wait in `queue` (messages.js). The queue answers while WhatsApp is
 * disconnected: that is when messages pile up in it.
 */

const ENDPOINTS = {
	'/queue': {
		offline: true,
		methods: {
			POST: { method: 'POST', body: { pageSize: 'number?', pagingState: 'string?' } },
			DELETE: { method: 'DELETE' },
		},
	},
	'/queue/:zaapId': { method: 'DELETE', offline: true },
};

// Documented: 20 by default, at most 30 a page.
const DEFAULT_PAGE = 20;
const MAX_PAGE = 30;

/** A held send as POST /queue lists it (the fields of post-queue.md's example). */
function listed(entry, config) {
	return {
		DelayMessage: -1,
		Message: entry.message ?? '',
		InstanceId: config.instanceId,
		CreatedAt: new Date(entry.created).toISOString(),
		ZaapId: entry.zaapId,
		DelayTyping: 0,
		Created: entry.created,
		Beta: false,
		IsTrial: false,
		Phone: entry.phone,
		_id: entry.zaapId,
		MessageId: entry.messageId,
	};
}

function createHandlers({ config, queue }) {
	return {
		'/queue': ({ method, body }) => {
			if (method === 'DELETE') {
				queue.length = 0;
				// Z-API documents a 200 without a body.
				return [200, ''];
			}
			const pageSize = body.pageSize ?? DEFAULT_PAGE;
			if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE)
				return [400, { error: `pageSize must be between 1 and ${MAX_PAGE}` }];
			const start = body.pagingState
				? Number(Buffer.from(body.pagingState, 'base64').toString())
				: 0;
			if (!Number.isInteger(start) || start < 0) return [400, { error: 'invalid pagingState' }];
			const page = queue.slice(start, start + pageSize);
			const next = start + page.length;
			const hasMore = next < queue.length;
			return [
				200,
				{
					messages: page.map((entry) => listed(entry, config)),
					pagingState: hasMore ? Buffer.from(String(next)).toString('base64') : null,
					hasMore,
				},
			];
		},
		'/queue/:zaapId': ({ params }) => {
			const at = queue.findIndex((entry) => entry.zaapId === params.zaapId);
			// Z-API does not document the answer for an id not in the queue: the double's choice.
			if (at < 0) return [404, { error: 'Message not found in queue' }];
			queue.splice(at, 1);
			return [200, ''];
		},
	};
}

module.exports = { ENDPOINTS, createHandlers };
