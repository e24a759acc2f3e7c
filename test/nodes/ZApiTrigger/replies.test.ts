/**
 * Poll Vote, Button Reply and List Reply: classified from Z-API's documented payloads (unknown fields
 * change nothing), their `reply`, that a reply also counts as Message Received when only that is
 * chosen (its item then exactly as before these events), and the filters, through webhook().
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { asChosen, classify } from '../../../nodes/ZApiTrigger/events';
import type { TriggerEvent } from '../../../nodes/ZApiTrigger/events';
import { eventFields } from '../../../nodes/ZApiTrigger/normalise';
import { replyEventOf } from '../../../nodes/ZApiTrigger/replies';
import { loadEvent } from '../../helpers/zapiEvents';
import { call } from './calls';

const REPLIES: Array<[string, TriggerEvent, string]> = [
	['poll-vote', 'pollVote', 'Poll Vote'],
	['button-reply', 'buttonReply', 'Button Reply'],
	['list-reply', 'listReply', 'List Reply'],
];

/** Fields Z-API might add one day, and fields of other messages: none makes a reply something else. */
const UNKNOWN_FIELDS: IDataObject[] = [
	{ aNewField: { nested: true }, anotherOne: [1, 2] },
	{ text: { message: 'typed too' } },
	{ isEdit: true, isNewsletter: true, forwarded: true },
	{ event: { name: 'party' }, reply: 'theirs' },
];

describe('classify: replies', () => {
	it.each(REPLIES)('%s is %s', (name, event, eventName) => {
		expect(classify(loadEvent(name))).toEqual({ event, name: eventName });
	});

	it.each(REPLIES.flatMap(([name, event]) => UNKNOWN_FIELDS.map((extra) => [name, event, extra])))(
		'%s stays %s with %j added',
		(name, event, extra) => {
			expect(classify({ ...loadEvent(name as string), ...(extra as IDataObject) })?.event).toBe(
				event,
			);
		},
	);

	it.each(REPLIES)(
		"%s from the connected number's own vote or tap is Message Sent by Me",
		(name) => {
			expect(classify({ ...loadEvent(name), fromMe: true })?.event).toBe('messageSentByMe');
		},
	);

	it.each(REPLIES)('%s with a notification is that notification', (name) => {
		expect(classify({ ...loadEvent(name), notification: 'REVOKE' })?.event).toBe(
			'otherNotification',
		);
	});

	it.each([null, 'a vote', [], 1, true])(
		'a pollVote of %j is no vote: Message Received',
		(value) => {
			expect(classify({ ...loadEvent('text-private'), pollVote: value })?.event).toBe(
				'messageReceived',
			);
		},
	);

	it('an empty answer object is still its kind (Z-API names the kind by the field)', () => {
		expect(replyEventOf({ listResponseMessage: {} })).toBe('listReply');
		expect(replyEventOf({ buttonsResponseMessage: {} })).toBe('buttonReply');
		expect(replyEventOf({ text: { message: 'x' } })).toBeUndefined();
	});
});

describe('asChosen: a reply also counts as Message Received, never twice', () => {
	const vote = classify(loadEvent('poll-vote'))!;
	const text = classify(loadEvent('text-private'))!;
	it.each<[string, ReturnType<typeof classify>, TriggerEvent[], unknown]>([
		['a vote, Poll Vote chosen', vote, ['pollVote'], { event: 'pollVote', name: 'Poll Vote' }],
		[
			'a vote, Poll Vote and Message Received chosen: once, as Poll Vote',
			vote,
			['messageReceived', 'pollVote'],
			{ event: 'pollVote', name: 'Poll Vote' },
		],
		[
			'a vote, only Message Received chosen: as Message Received',
			vote,
			['messageReceived'],
			{ event: 'messageReceived', name: 'Message Received' },
		],
		['a vote, only Button Reply chosen: not at all', vote, ['buttonReply'], undefined],
		['a text, only Poll Vote chosen: not at all', text, ['pollVote'], undefined],
		[
			'a text, Message Received chosen',
			text,
			['messageReceived'],
			{ event: 'messageReceived', name: 'Message Received' },
		],
	])('%s', (_label, classified, events, expected) => {
		expect(asChosen(classified!, events)).toEqual(expected);
	});
});

const DOCUMENTED_ID = 'A20DA9C0183A2D35A260F53F5D2B9244';

describe('reply', () => {
	it.each<[string, IDataObject]>([
		[
			'poll-vote',
			{
				type: 'poll',
				optionIds: ['Z-API'],
				optionTexts: ['Z-API'],
				optionId: 'Z-API',
				optionText: 'Z-API',
				optionDescription: null,
				pollMessageId: 'ID of the poll message that was responded to',
				answeredMessageId: 'ID of the poll message that was responded to',
				from: '5544999999999',
			},
		],
		[
			'button-reply',
			{
				type: 'button',
				optionIds: ['1'],
				optionTexts: ['Ótimo'],
				optionId: '1',
				optionText: 'Ótimo',
				optionDescription: null,
				pollMessageId: null,
				answeredMessageId: DOCUMENTED_ID,
				from: '5544999999999',
			},
		],
		[
			'list-reply',
			{
				type: 'list',
				optionIds: ['1'],
				optionTexts: ['Z-API'],
				optionId: '1',
				optionText: 'Z-API',
				optionDescription: 'Z-API Asas para sua imaginação',
				pollMessageId: null,
				answeredMessageId: DOCUMENTED_ID,
				from: '5544999999999',
			},
		],
	])('%s', (name, expected) => {
		const body = loadEvent(name);
		expect(eventFields(body, classify(body)!).reply).toStrictEqual(expected);
	});

	it('a vote in a group: every chosen option, and the participant who voted', () => {
		const body = {
			...loadEvent('poll-vote'),
			isGroup: true,
			phone: '120363019502650977-group',
			participantPhone: '5544988887777',
			pollVote: {
				pollMessageId: '3EB0C767D71D5A2B9A1F',
				options: [{ name: 'Monday' }, { name: 'Friday' }],
			},
		};
		expect(eventFields(body, classify(body)!)).toMatchObject({
			chatId: '120363019502650977-group',
			groupId: '120363019502650977-group',
			reply: {
				type: 'poll',
				optionIds: ['Monday', 'Friday'],
				optionTexts: ['Monday', 'Friday'],
				optionId: 'Monday',
				pollMessageId: '3EB0C767D71D5A2B9A1F',
				answeredMessageId: '3EB0C767D71D5A2B9A1F',
				from: '5544988887777',
			},
		});
	});

	it('tolerates answers missing fields or of another type', () => {
		const reply = (body: IDataObject) => eventFields(body, classify(body)!).reply;
		const vote = loadEvent('poll-vote');
		expect(
			reply({ ...vote, pollVote: { options: ['Yes', { name: 7 }, null, { id: 1 }] } }),
		).toMatchObject({
			optionIds: ['Yes', '7'],
			optionId: 'Yes',
			pollMessageId: null,
			answeredMessageId: null,
		});
		expect(reply({ ...vote, pollVote: {} })).toMatchObject({
			optionIds: [],
			optionTexts: [],
			optionId: null,
			optionText: null,
		});
		const button = loadEvent('button-reply');
		expect(
			reply({ ...button, referenceMessageId: '', buttonsResponseMessage: { buttonId: 2 } }),
		).toMatchObject({ optionIds: ['2'], optionTexts: [], answeredMessageId: null });
		const list = loadEvent('list-reply');
		expect(reply({ ...list, listResponseMessage: { title: 'Z-API' } })).toMatchObject({
			optionIds: [],
			optionTexts: ['Z-API'],
			optionDescription: null,
		});
	});

	it('comes with the reply events only', () => {
		const text = loadEvent('text-private');
		expect(eventFields(text, classify(text)!)).not.toHaveProperty('reply');
		const vote = loadEvent('poll-vote');
		const asMessage = asChosen(classify(vote)!, ['messageReceived'])!;
		expect(eventFields(vote, asMessage)).not.toHaveProperty('reply');
	});
});

describe('webhook(): replies', () => {
	it.each(REPLIES)(
		'%s starts the workflow as %s with its reply (version 2)',
		async (name, event, eventName) => {
			const result = await call({ events: [event] }, loadEvent(name), { typeVersion: 2 });
			expect(result).toMatchObject({ status: 200, started: true });
			expect(result.items).toHaveLength(1);
			const [item] = result.items;
			expect(item.event).toBe(eventName);
			expect(Object.keys(item).slice(0, 9)).toEqual([
				'event',
				'chatId',
				'groupId',
				'text',
				'isGroup',
				'participantPhone',
				'messageId',
				'fromMe',
				'reply',
			]);
			expect(item.reply).toMatchObject({ optionId: expect.any(String), from: '5544999999999' });
		},
	);

	it('version 1: the reply on top of the payload too', async () => {
		const result = await call({ events: ['pollVote'] }, loadEvent('poll-vote'), { typeVersion: 1 });
		expect(result.items[0]).toMatchObject({
			event: 'Poll Vote',
			pollVote: loadEvent('poll-vote').pollVote as IDataObject,
			reply: { type: 'poll', optionText: 'Z-API' },
			payload: loadEvent('poll-vote'),
		});
	});

	it.each([1, 2])(
		'version %i with only Message Received chosen: a reply comes as Message Received, exactly as before',
		async (typeVersion) => {
			for (const [name] of REPLIES) {
				const body = loadEvent(name);
				const result = await call({ events: ['messageReceived'] }, body, { typeVersion });
				expect(result.items).toHaveLength(1);
				const fields = {
					event: 'Message Received',
					chatId: '5544999999999',
					isGroup: false,
					groupId: null,
					participantPhone: name === 'poll-vote' ? body.participantPhone : null,
					text: null,
					messageId: DOCUMENTED_ID,
					fromMe: false,
				};
				const before =
					typeVersion === 1
						? { ...body, ...fields, payload: body }
						: { ...fields, ...body, ...fields };
				expect(result.items[0]).toStrictEqual(before);
			}
		},
	);

	it('a reply not chosen, Message Received not chosen: answered 200 naming it, nothing started', async () => {
		const result = await call({ events: ['buttonReply'] }, loadEvent('list-reply'), {
			typeVersion: 2,
		});
		expect(result).toMatchObject({
			status: 200,
			answer: { message: 'Event ignored: "List Reply" is not one of the chosen events' },
			started: false,
		});
	});

	it('the filters still apply: Chat Type, Chats, Ignore API Messages', async () => {
		const vote = loadEvent('poll-vote');
		const events = ['pollVote'];
		const dropped = async (filters: INodeParameters, body = vote) =>
			(await call({ events, filters }, body, { typeVersion: 2 })).answer;
		expect(await dropped({ chatType: 'groups' })).toEqual({
			message: 'Event ignored: not a group (Chat Type)',
		});
		expect(await dropped({ chats: '5511999998888' })).toEqual({
			message: 'Event ignored: not one of the chosen chats (Chats)',
		});
		expect(await dropped({ ignoreApiMessages: true }, { ...vote, fromApi: true })).toEqual({
			message: 'Event ignored: sent through the API (Ignore API Messages)',
		});
		const passed = await call(
			{ events, filters: { chatType: 'private', chats: '5544999999999' } },
			vote,
			{ typeVersion: 2 },
		);
		expect(passed.items).toMatchObject([{ event: 'Poll Vote', reply: { optionText: 'Z-API' } }]);
	});
});
