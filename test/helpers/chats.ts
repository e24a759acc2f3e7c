/** The double's chat list, filled as a phone's would be (test/nodes/ZApi/resources/chat). */
import type { DoubleChat } from '../zapi-double/server';
import type { ZApiDouble } from './scenario';

/** Adds a chat with Z-API's defaults (unread, not archived, pinned or muted); returns it. */
export function addChat(
	double: ZApiDouble,
	chat: Partial<DoubleChat> & { phone: string },
): DoubleChat {
	const entry: DoubleChat = {
		name: `Chat ${chat.phone}`,
		isGroup: false,
		unread: 2,
		archived: false,
		pinned: false,
		muted: false,
		messages: 5,
		expiration: 'OFF',
		lastMessageTime: 1700000000 + double.chats.size,
		...chat,
	};
	double.chats.set(entry.phone, entry);
	return entry;
}
