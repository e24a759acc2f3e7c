/**
 * The Chats filter: phones and group ids in the list forms of the Z-API node's Phones field, read with
 * the credential's Default Country Code, and matched against the chat of each event.
 */
import { meantAsGroupId, parseGroupId } from '../ZApi/shared/groupId';
import { normalizePhone } from '../ZApi/shared/phones';

const SEPARATORS = /[,;\r\n]+/;

function flatten(input: unknown, out: unknown[]): void {
	if (Array.isArray(input)) {
		for (const entry of input) flatten(entry, out);
	} else if (typeof input === 'string') {
		out.push(...input.split(SEPARATORS));
	} else if (input !== null && input !== undefined) {
		out.push(input);
	}
}

/**
 * Brazilian mobile numbers arrive with or without the 9 added in 2012-2016 (Z-API's own examples show
 * 5544999999999 and 554499999999 for one account): both forms get one key.
 */
export function chatKey(chatId: string): string {
	const id = chatId.trim().toLowerCase();
	const brazilianMobile = /^55(\d{2})9([6-9]\d{7})$/.exec(id);
	return brazilianMobile ? `55${brazilianMobile[1]}${brazilianMobile[2]}` : id;
}

/**
 * The chats of the filter as keys, duplicates dropped. Throws an Error naming the first entry that is
 * neither a phone number nor a group id.
 */
export function parseChatList(input: unknown, countryCode: string): string[] {
	const entries: unknown[] = [];
	flatten(input, entries);
	const keys = new Set<string>();
	for (const entry of entries) {
		const text = typeof entry === 'string' ? entry.trim() : entry;
		if (text === '') continue;
		const chat =
			typeof text === 'string' && meantAsGroupId(text)
				? parseGroupId(text)
				: normalizePhone(text, countryCode);
		if (chat !== undefined) keys.add(chatKey(chat));
	}
	return [...keys];
}

/** True when the list is empty (no filter) or holds the chat. */
export function isListedChat(chatId: string, keys: readonly string[]): boolean {
	return keys.length === 0 || keys.includes(chatKey(chatId));
}
