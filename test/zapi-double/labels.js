'use strict';
/**
 * The double's WhatsApp Business labels (docs: business/tags.md, create-tag.md, edit-tag.md,
 * delete-tag.md, tags-add.md, tags-remove.md). Labels live in `labels` (id → {id, name, color}) and
 * the chats' labels in `chatLabels` (phone → Set of ids), both on the double. With
 * `config.notBusiness`, every label endpoint refuses, as for a number on the plain WhatsApp app.
 */

const ENDPOINTS = {
	'/tags': { method: 'GET' },
	'/business/create-tag': { method: 'POST', body: { name: 'string', color: 'number?' } },
	'/business/edit-tag/:tagId': { method: 'POST', body: { name: 'string', color: 'number?' } },
	'/business/tag/:tagId': { method: 'DELETE' },
	'/chats/:phone/tags/:tag/add': { method: 'PUT' },
	'/chats/:phone/tags/:tag/remove': { method: 'PUT' },
};

// get-tags-colors.md's example: the colors' indexes differ between accounts and platforms.
const COLORS = { 0: '#FF9485', 1: '#64C4FF', 2: '#FFD429' };
// Z-API documents no answer for these; the double's choices, worded after the docs' notes.
const NOT_BUSINESS = [
	400,
	{ error: 'This method is only available for WhatsApp Business accounts' },
];
const BAD_COLOR = [400, { error: 'color must be one of the available colors' }];
const PHONE = /^(\d{8,15}|\d+@lid)$/;

function createHandlers({ config, labels, chatLabels }) {
	const business = (work) => (record) => (config.notBusiness ? NOT_BUSINESS : work(record));
	const badColor = (body) => body.color !== undefined && !(String(body.color) in COLORS);
	const onChat = (record, change) => {
		const { phone, tag } = record.params;
		if (!PHONE.test(phone)) return [400, { error: 'phone must be digits' }];
		// The documented answer for a failure: `value: false`.
		if (!labels.has(tag)) return [200, { value: false }];
		if (!chatLabels.has(phone)) chatLabels.set(phone, new Set());
		change(chatLabels.get(phone), tag);
		return [200, { value: true }];
	};
	return {
		'/tags': business(() => [200, [...labels.values()].map((label) => ({ ...label }))]),
		'/business/create-tag': business(({ body }) => {
			if (badColor(body)) return BAD_COLOR;
			// The next id after the largest one (the double's choice; it is reset between tests).
			const id = String(Math.max(0, ...[...labels.keys()].map(Number).filter(Number.isFinite)) + 1);
			labels.set(id, { id, name: body.name, color: body.color ?? 0 });
			return [200, { id }];
		}),
		'/business/edit-tag/:tagId': business(({ body, params }) => {
			const label = labels.get(params.tagId);
			// The documented answer for a failure: `success: false`.
			if (!label) return [200, { success: false }];
			if (badColor(body)) return BAD_COLOR;
			label.name = body.name;
			if (body.color !== undefined) label.color = body.color;
			return [200, { success: true }];
		}),
		'/business/tag/:tagId': business(({ params }) => {
			if (!labels.delete(params.tagId)) return [200, { success: false }];
			for (const ids of chatLabels.values()) ids.delete(params.tagId);
			return [200, { success: true }];
		}),
		'/chats/:phone/tags/:tag/add': business((record) => onChat(record, (ids, tag) => ids.add(tag))),
		'/chats/:phone/tags/:tag/remove': business((record) =>
			onChat(record, (ids, tag) => ids.delete(tag)),
		),
	};
}

module.exports = { ENDPOINTS, createHandlers, COLORS };
