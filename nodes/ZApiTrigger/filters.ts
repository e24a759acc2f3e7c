/**
 * The trigger's filters. Each event they drop is answered 200 and starts no execution; the reason is
 * what the webhook answers and logs (never the payload).
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseCountryCode } from '../ZApi/shared/nationalNumbers';
import { keepOwnMessage } from '../ZApi/shared/nodeErrors';
import { CREDENTIAL_TYPE } from '../ZApi/transport/credentials';
import { isListedChat, parseChatList } from './chats';
import type { EventFields } from './normalise';
import type { SettingsContext, TriggerSettings } from './settings';

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/**
 * The Chats filter as keys ([] when empty). The credential is read only when there is a list, for its
 * Default Country Code. Throws a NodeOperationError whose message names the field.
 */
export async function readChats(context: SettingsContext, chats: unknown): Promise<string[]> {
	if (isEmpty(chats)) return [];
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const countryCode = parseCountryCode(credentials.defaultCountryCode);
	let problem: string;
	try {
		return parseChatList(chats, countryCode);
	} catch (error) {
		problem = `Filters → Chats: ${(error as Error).message}`;
	}
	throw keepOwnMessage(
		new NodeOperationError(context.getNode(), problem, { level: 'warning' }),
		problem,
	);
}

/** Why the filters drop this event, or undefined when it starts the workflow. */
export function dropReason(
	body: IDataObject,
	fields: EventFields,
	settings: TriggerSettings,
	chats: readonly string[],
): string | undefined {
	if (settings.ignoreOwnMessages && fields.fromMe) {
		return 'sent by the connected number (Ignore Own Messages)';
	}
	if (settings.ignoreApiMessages && body.fromApi === true) {
		return 'sent through the API (Ignore API Messages)';
	}
	// Connected and Disconnected have no chat: the chat filters do not apply to them.
	if (fields.chatId === null) return undefined;
	if (settings.chatType === 'groups' && !fields.isGroup) return 'not a group (Chat Type)';
	if (settings.chatType === 'private' && fields.isGroup) return 'not a private chat (Chat Type)';
	if (!isListedChat(fields.chatId, chats)) return 'not one of the chosen chats (Chats)';
	return undefined;
}
