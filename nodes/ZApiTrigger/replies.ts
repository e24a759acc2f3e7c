/**
 * Replies to a poll, a button list or an option list: Z-API posts them on the received webhook as
 * messages carrying `pollVote`, `buttonsResponseMessage` or `listResponseMessage`. Each becomes its own
 * event, with a `reply` that reads the same for all three, so that one Switch node can route on it.
 */
import type { IDataObject } from 'n8n-workflow';

export type ReplyEvent = 'pollVote' | 'buttonReply' | 'listReply';

/** The payload field that makes a message a reply, in the order they are looked for. */
const FIELD_OF: Record<ReplyEvent, string> = {
	pollVote: 'pollVote',
	buttonReply: 'buttonsResponseMessage',
	listReply: 'listResponseMessage',
};

const TYPE_OF = { pollVote: 'poll', buttonReply: 'button', listReply: 'list' } as const;

export interface Reply {
	type: (typeof TYPE_OF)[ReplyEvent];
	/** Button id or list row id; a poll option has only its name in Z-API, so its name. */
	optionIds: string[];
	/** What the person saw and chose: the button's label, the row's title, the poll option's name. */
	optionTexts: string[];
	optionId: string | null;
	optionText: string | null;
	/** A list row's description (Z-API's `listResponseMessage.message`); null for the others. */
	optionDescription: string | null;
	pollMessageId: string | null;
	/** The poll's message, or the button or option list message answered (`referenceMessageId`). */
	answeredMessageId: string | null;
	/** Who answered: the participant in a group, the chat's phone in a private chat. */
	from: string | null;
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

export function isReplyEvent(event: string): event is ReplyEvent {
	return Object.hasOwn(FIELD_OF, event);
}

/** The reply event a received message is, or undefined for any other message. */
export function replyEventOf(body: IDataObject): ReplyEvent | undefined {
	return (Object.keys(FIELD_OF) as ReplyEvent[]).find((event) =>
		isPlainObject(body[FIELD_OF[event]]),
	);
}

/** Z-API documents `options: [{ name }]`; a bare name is read too. */
function pollOptionNames(vote: IDataObject): string[] {
	const options = Array.isArray(vote.options) ? vote.options : [];
	return options
		.map((option) => text(isPlainObject(option) ? option.name : option))
		.filter((name): name is string => name !== null);
}

function chosen(event: ReplyEvent, answer: IDataObject): Pick<Reply, 'optionIds' | 'optionTexts'> {
	if (event === 'pollVote') {
		const names = pollOptionNames(answer);
		return { optionIds: names, optionTexts: names };
	}
	const id = text(event === 'buttonReply' ? answer.buttonId : answer.selectedRowId);
	const label = text(event === 'buttonReply' ? answer.message : answer.title);
	return { optionIds: id === null ? [] : [id], optionTexts: label === null ? [] : [label] };
}

export function replyOf(body: IDataObject, event: ReplyEvent, from: string | null): Reply {
	const answer = body[FIELD_OF[event]] as IDataObject;
	const { optionIds, optionTexts } = chosen(event, answer);
	const pollMessageId = event === 'pollVote' ? text(answer.pollMessageId) : null;
	return {
		type: TYPE_OF[event],
		optionIds,
		optionTexts,
		optionId: optionIds[0] ?? null,
		optionText: optionTexts[0] ?? null,
		optionDescription: event === 'listReply' ? text(answer.message) : null,
		pollMessageId,
		answeredMessageId: event === 'pollVote' ? pollMessageId : text(body.referenceMessageId),
		from,
	};
}
