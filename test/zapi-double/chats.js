'use strict';
/**
 * The double's chat list (docs: chats/*.md) and the two message operations on a chat's messages
 * (message/forward-message.md, send-pin-message.md). `chats` (server.js) holds the chats a test adds;
 * the double's groups are chats too, listed after them. /modify-chat and /send-chat-expiration change
 * the chat they name.
 */

const ENDPOINTS = {
	'/chats': { method: 'GET' },
	// chats/get-metadata-chat.md: both pages' method line and the Portuguese example say /chats/{phone},
	// the English and JSON examples /chat/{phone}: the double serves both.
	'/chats/:phone': { method: 'GET' },
	'/chat/:phone': { method: 'GET' },
	'/modify-chat': { method: 'POST', body: { phone: 'string', action: 'string' } },
	'/send-chat-expiration': { method: 'POST', body: { phone: 'string', chatExpiration: 'string' } },
	'/forward-message': {
		method: 'POST',
		body: {
			phone: 'string',
			messageId: 'string',
			messagePhone: 'string',
			delayMessage: 'number?',
		},
	},
	'/pin-message': {
		method: 'POST',
		body: {
			phone: 'string',
			messageId: 'string',
			messageAction: 'string',
			pinMessageDuration: 'string',
		},
	},
};

// chats/read-chat, archive-chat, pin-chat, mute-chat, clear-chat, delete-chat.md: the `action` values.
const CHANGES = {
	read: (chat) => (chat.unread = 0),
	unread: (chat) => (chat.unread = Math.max(chat.unread, 1)),
	archive: (chat) => (chat.archived = true),
	unarchive: (chat) => (chat.archived = false),
	pin: (chat) => (chat.pinned = true),
	unpin: (chat) => (chat.pinned = false),
	mute: (chat) => (chat.muted = true),
	unmute: (chat) => (chat.muted = false),
	clear: (chat) => ((chat.messages = 0), (chat.unread = 0)),
	delete: (chat) => (chat.deleted = true),
};
// chat-expiration.md's text lists these; its JSON example sends "24_hours": either case is taken.
const EXPIRATIONS = ['24_HOURS', '7_DAYS', '90_DAYS', 'OFF'];
// send-pin-message.md.
const PIN_ACTIONS = ['pin', 'unpin'];
const PIN_DURATIONS = ['24_hours', '7_days', '30_days'];

// Z-API does not document its answer for a chat the number does not have: the double's choice.
const NO_CHAT = [400, { error: 'Chat not found' }];

function createHandlers({ chats, groups, nextMessage }) {
	/** The chat as the double keeps it; a group of the double is a chat of its own (made on first use). */
	function chatOf(phone) {
		const chat = chats.get(phone);
		if (chat) return chat.deleted ? undefined : chat;
		const group = groups.get(phone);
		if (!group || group.left) return undefined;
		const made = {
			phone,
			name: group.name,
			isGroup: true,
			unread: 0,
			archived: false,
			pinned: false,
			muted: false,
			messages: 0,
			expiration: 'OFF',
			lastMessageTime: group.creation,
		};
		chats.set(phone, made);
		return made;
	}

	function allChats() {
		for (const id of groups.keys()) chatOf(id);
		return [...chats.values()].filter((chat) => !chat.deleted);
	}

	/** get-metadata-chat.md's fields, its example's types (strings for the counts and flags). */
	function metadata(chat) {
		return {
			phone: chat.phone,
			unread: String(chat.unread),
			lastMessageTime: String(chat.lastMessageTime),
			isMuted: chat.muted ? '1' : '0',
			isMarkedSpam: 'false',
			profileThumbnail: null,
			messagesUnread: 0,
			isGroupAnnouncement: false,
			isGroup: chat.isGroup,
			about: '',
		};
	}

	/** get-chats.md (Portuguese: archived, pinned, muteEndTime besides the English fields). */
	function listed(chat) {
		return {
			archived: String(chat.archived),
			pinned: String(chat.pinned),
			messagesUnread: 0,
			phone: chat.phone,
			unread: String(chat.unread),
			name: chat.name,
			lastMessageTime: String(chat.lastMessageTime),
			muteEndTime: chat.muted ? -1 : null,
			isMuted: chat.muted ? '1' : '0',
			isMarkedSpam: 'false',
			isGroupAnnouncement: false,
			isGroup: chat.isGroup,
		};
	}

	function getMetadata({ params }) {
		const chat = chatOf(params.phone);
		return chat ? [200, metadata(chat)] : NO_CHAT;
	}

	return {
		'/chats': ({ query }) => {
			// Documented as required, both.
			const page = Number(query.page);
			const pageSize = Number(query.pageSize);
			if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1)
				return [400, { error: 'page and pageSize are required' }];
			const list = allChats().slice((page - 1) * pageSize, page * pageSize);
			return [200, list.map(listed)];
		},
		'/chats/:phone': getMetadata,
		'/chat/:phone': getMetadata,
		'/modify-chat': ({ body }) => {
			const change = CHANGES[body.action];
			if (!change) return [400, { error: `unknown action ${body.action}` }];
			const chat = chatOf(body.phone);
			if (!chat) return NO_CHAT;
			change(chat);
			return [200, { value: true }];
		},
		'/send-chat-expiration': ({ body }) => {
			const expiration = body.chatExpiration.toUpperCase();
			if (!EXPIRATIONS.includes(expiration))
				return [400, { error: `unknown chatExpiration ${body.chatExpiration}` }];
			const chat = chatOf(body.phone);
			if (!chat) return NO_CHAT;
			chat.expiration = expiration;
			return [200, { value: true }];
		},
		'/forward-message': ({ body }) => {
			if (body.delayMessage !== undefined && (body.delayMessage < 1 || body.delayMessage > 15))
				return [400, { error: 'delayMessage must be between 1 and 15' }];
			if (!chatOf(body.messagePhone) || (/-group$/.test(body.phone) && !chatOf(body.phone)))
				return NO_CHAT;
			// forward-message.md documents { zaapId } only.
			return [200, { zaapId: nextMessage().zaapId }];
		},
		'/pin-message': ({ body }) => {
			if (!PIN_ACTIONS.includes(body.messageAction))
				return [400, { error: `unknown messageAction ${body.messageAction}` }];
			if (!PIN_DURATIONS.includes(body.pinMessageDuration))
				return [400, { error: `unknown pinMessageDuration ${body.pinMessageDuration}` }];
			if (!chatOf(body.phone)) return NO_CHAT;
			return [200, nextMessage()];
		},
	};
}

module.exports = { ENDPOINTS, createHandlers };
