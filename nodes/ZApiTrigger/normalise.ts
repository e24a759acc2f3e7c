/**
 * The trigger's output item: the fields every next node needs without digging, named so they map
 * straight into the Z-API node (Send Text's Phone or Group ID = `{{ $json.chatId }}`), and Z-API's
 * payload. Version 2: ours first, then Z-API's fields once. Version 1: Z-API's fields, ours on top,
 * and the payload again under `payload`.
 */
import type { IDataObject } from 'n8n-workflow';

import { isGroupId } from '../ZApi/shared/groupId';
import type { Classified, TriggerEvent } from './events';
import { mediaOf } from '../ZApi/shared/receivedMedia';
import type { Reply } from './replies';
import { isReplyEvent, replyOf } from './replies';

/** Events whose `notificationParameters` name the people concerned. */
const WITH_PARTICIPANTS: ReadonlySet<TriggerEvent> = new Set([
	'participantAdded',
	'participantRemoved',
	'participantLeft',
	'membershipRequest',
]);

/** Events where `phone` is the connected number, not a chat. */
const WITHOUT_CHAT: ReadonlySet<TriggerEvent> = new Set(['connected', 'disconnected']);

function text(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

function chatIdOf(body: IDataObject, event: TriggerEvent): string | null {
	return WITHOUT_CHAT.has(event) ? null : text(body.phone);
}

/** Z-API says `isGroup` on most payloads; where it does not (status, presence), the id tells. */
export function isGroupChat(body: IDataObject, chatId: string | null): boolean {
	if (typeof body.isGroup === 'boolean') return body.isGroup;
	return chatId !== null && (isGroupId(chatId) || /-group$/i.test(chatId));
}

function messageIdOf(body: IDataObject): string | null {
	const id = text(body.messageId);
	if (id !== null) return id;
	return Array.isArray(body.ids) ? text(body.ids[0]) : null;
}

function textOf(body: IDataObject): string | null {
	const value = body.text;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const message = (value as IDataObject).message;
	return typeof message === 'string' ? message : null;
}

function participantsOf(body: IDataObject): string[] {
	const list = body.notificationParameters;
	return Array.isArray(list)
		? list.filter((entry): entry is string => typeof entry === 'string')
		: [];
}

/** The fields the trigger adds, without the payload: what filters look at. */
export interface EventFields {
	event: string;
	chatId: string | null;
	isGroup: boolean;
	groupId: string | null;
	participantPhone: string | null;
	text: string | null;
	messageId: string | null;
	fromMe: boolean;
	participants?: string[];
	/** Poll Vote, Button Reply and List Reply only. */
	reply?: Reply;
}

export function eventFields(body: IDataObject, classified: Classified): EventFields {
	const chatId = chatIdOf(body, classified.event);
	const isGroup = isGroupChat(body, chatId);
	const fields: EventFields = {
		event: classified.name,
		chatId,
		isGroup,
		groupId: isGroup ? chatId : null,
		participantPhone: text(body.participantPhone),
		text: textOf(body),
		messageId: messageIdOf(body),
		fromMe: body.fromMe === true,
	};
	if (WITH_PARTICIPANTS.has(classified.event)) fields.participants = participantsOf(body);
	if (isReplyEvent(classified.event)) {
		fields.reply = replyOf(body, classified.event, isGroup ? fields.participantPhone : chatId);
	}
	return fields;
}

/** Version 1's item: the payload's fields, ours on top, and the payload as it came. */
export function outputOfV1(body: IDataObject, fields: EventFields): IDataObject {
	return { ...body, ...(fields as unknown as IDataObject), payload: body };
}

/** Our fields are texts, booleans, null or small objects of them: JSON tells equal ones. */
function sameJson(ours: unknown, theirs: unknown): boolean {
	try {
		return JSON.stringify(ours) === JSON.stringify(theirs);
	} catch {
		// A value nested deeper than JSON.stringify's stack (a 1 MB body can nest 500,000 times):
		// none of ours, and no reason to answer 500.
		return false;
	}
}

/** Z-API's value says no more than ours: absent, the same, or an empty text where ours is null. */
function carriedBy(ours: unknown, theirs: unknown): boolean {
	if (theirs === undefined || sameJson(ours, theirs)) return true;
	if (ours === null) return theirs === null || theirs === '';
	// A text message's `text` is `{ message }`: our `text` is that message.
	const keys = typeof theirs === 'object' && theirs !== null ? Object.keys(theirs) : [];
	return keys.length === 1 && keys[0] === 'message' && (theirs as IDataObject).message === ours;
}

function addField(output: IDataObject, key: string, value: IDataObject[string]): void {
	// JSON.parse makes "__proto__" a field; assigned, it would set the item's prototype instead.
	const field = { value, enumerable: true, writable: true, configurable: true };
	if (key === '__proto__') Object.defineProperty(output, key, field);
	else output[key] = value;
}

/**
 * Version 2's item: our fields first, then Z-API's, each once. A Z-API field one of ours replaces
 * and says more than it (a link preview's `text` object, a message's own `event`) is kept under
 * `zapi`, so nothing Z-API sent is lost.
 */
export function outputOf(body: IDataObject, fields: EventFields): IDataObject {
	const { event, chatId, groupId, text, ...rest } = fields;
	// A media message: its file as `media` (media.ts), its caption as `text`.
	const media = mediaOf(body);
	const output: IDataObject = { event, chatId, groupId, text: text ?? media?.caption ?? null };
	if (media) output.media = media;
	Object.assign(output, rest);
	const replaced: IDataObject = {};
	for (const [key, value] of Object.entries(body)) {
		if (!Object.hasOwn(output, key)) addField(output, key, value);
		else if (!carriedBy(output[key], value)) replaced[key] = value;
	}
	if (Object.keys(replaced).length > 0) {
		if (Object.hasOwn(body, 'zapi')) replaced.zapi = body.zapi;
		output.zapi = replaced;
	}
	return output;
}
