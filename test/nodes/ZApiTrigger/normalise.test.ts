import type { IDataObject } from 'n8n-workflow';

import { classify } from '../../../nodes/ZApiTrigger/events';
import { eventFields, outputOf, outputOfV1 } from '../../../nodes/ZApiTrigger/normalise';
import { loadEvent } from '../../helpers/zapiEvents';

function fieldsOf(body: IDataObject) {
	return eventFields(body, classify(body)!);
}

const none = { participantPhone: null, text: null, fromMe: false };
const privateChat = { chatId: '5544999999999', isGroup: false, groupId: null };
const noChat = { chatId: null, isGroup: false, groupId: null };

describe('eventFields', () => {
	it.each([
		[
			'text-private',
			{
				event: 'Message Received',
				...privateChat,
				...none,
				text: 'test',
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9244',
			},
		],
		[
			'text-group',
			{
				event: 'Message Received',
				chatId: '120363019502650977-group',
				isGroup: true,
				groupId: '120363019502650977-group',
				participantPhone: '5544999999999',
				text: 'hello group',
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9245',
				fromMe: false,
			},
		],
		[
			'sent-by-me-broadcast',
			{
				event: 'Message Sent by Me',
				chatId: '1774895799-broadcast',
				isGroup: false,
				groupId: null,
				participantPhone: null,
				text: 'Broadcast message test',
				messageId: '702CC5F7E0A6BF4421',
				fromMe: true,
			},
		],
		[
			'message-status',
			{ event: 'Message Status', ...privateChat, ...none, messageId: '999999999999999999999' },
		],
		[
			'message-status-sent',
			{ event: 'Message Status', ...privateChat, ...none, messageId: '999999999999999999999' },
		],
		[
			'delivery',
			{
				event: 'Delivery',
				chatId: '554499999999',
				isGroup: false,
				groupId: null,
				...none,
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9244',
			},
		],
		['connected', { event: 'Connected', ...noChat, ...none, messageId: null }],
		['disconnected', { event: 'Disconnected', ...noChat, ...none, messageId: null }],
		['presence-composing', { event: 'Chat Presence', ...privateChat, ...none, messageId: null }],
		[
			'participant-added',
			{
				event: 'Participant Added',
				chatId: '120363423529374305-group',
				isGroup: true,
				groupId: '120363423529374305-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: '85932934',
				fromMe: false,
				participants: ['5544888888888'],
			},
		],
		[
			'membership-request-invite-link',
			{
				event: 'Membership Request',
				chatId: '5544999999999-group',
				isGroup: true,
				groupId: '5544999999999-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9244',
				fromMe: false,
				participants: ['5544999999999'],
			},
		],
		[
			'membership-request-non-admin-add',
			{
				event: 'Membership Request',
				chatId: '5544999999999-group',
				isGroup: true,
				groupId: '5544999999999-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9244',
				fromMe: false,
				participants: ['5544999999999', '5544888888888'],
			},
		],
		[
			'membership-request-revoked',
			{
				event: 'Membership Request Revoked',
				chatId: '5544999999999-group',
				isGroup: true,
				groupId: '5544999999999-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: 'A20DA9C0183A2D35A260F53F5D2B9244',
				fromMe: false,
				participants: ['5544999999999'],
			},
		],
		[
			'invite-link-admins',
			{
				event: 'Invite Link Setting Changed',
				chatId: '120363423529374305-group',
				isGroup: true,
				groupId: '120363423529374305-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: '85932933',
				fromMe: false,
			},
		],
		[
			'invite-link-all-members',
			{
				event: 'Invite Link Setting Changed',
				chatId: '120363423529374305-group',
				isGroup: true,
				groupId: '120363423529374305-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: '2944380975',
				fromMe: false,
			},
		],
		[
			'call-voice',
			{ event: 'Any Other Notification', ...privateChat, ...none, messageId: '1679655074-84' },
		],
	])('%s', (name, expected) => {
		expect(fieldsOf(loadEvent(name))).toStrictEqual(expected);
	});

	it('tells a group by its id where Z-API does not say isGroup', () => {
		const status = { ...loadEvent('message-status-sent'), phone: '120363019502650977-group' };
		expect(fieldsOf(status)).toMatchObject({
			chatId: '120363019502650977-group',
			isGroup: true,
			groupId: '120363019502650977-group',
		});
		const old = { ...loadEvent('presence-composing'), phone: '5511999999999-1623281429' };
		expect(fieldsOf(old)).toMatchObject({ isGroup: true, groupId: '5511999999999-1623281429' });
	});

	it('tolerates fields that are missing or of another type', () => {
		expect(
			fieldsOf({ type: 'ReceivedCallback', text: 'plain', ids: 'x', notificationParameters: 5 }),
		).toStrictEqual({
			event: 'Message Received',
			chatId: null,
			isGroup: false,
			groupId: null,
			participantPhone: null,
			text: null,
			messageId: null,
			fromMe: false,
		});
		expect(
			fieldsOf({
				type: 'ReceivedCallback',
				notification: 'GROUP_PARTICIPANT_REMOVE',
				phone: 5544999999999,
				messageId: '',
				ids: [],
				notificationParameters: ['5544888888888', null, 7, { phone: 'x' }, '99999999999@lid'],
			}),
		).toMatchObject({
			chatId: '5544999999999',
			messageId: null,
			participants: ['5544888888888', '99999999999@lid'],
		});
	});
});

describe('outputOfV1 (saved workflows)', () => {
	it("spreads Z-API's fields, puts ours on top and keeps the payload as it came", () => {
		const body = loadEvent('text-group');
		const output = outputOfV1(body, fieldsOf(body));
		expect(output).toStrictEqual({
			...loadEvent('text-group'),
			event: 'Message Received',
			chatId: '120363019502650977-group',
			isGroup: true,
			groupId: '120363019502650977-group',
			participantPhone: '5544999999999',
			text: 'hello group',
			messageId: 'A20DA9C0183A2D35A260F53F5D2B9245',
			fromMe: false,
			payload: loadEvent('text-group'),
		});
		expect(output.senderName).toBe('name');
		expect(output.momment).toBe(1632228638000);
		expect((output.payload as IDataObject).text).toEqual({ message: 'hello group' });
	});

	it('wins over payload fields of the same name, which stay under payload', () => {
		const body = { ...loadEvent('text-private'), event: { name: 'party' }, payload: 'theirs' };
		const output = outputOfV1(body, fieldsOf(body));
		expect(output.event).toBe('Message Received');
		expect(output.text).toBe('test');
		expect(output.payload).toBe(body);
		expect((output.payload as IDataObject).event).toEqual({ name: 'party' });
	});
});

describe('outputOf (version 2)', () => {
	it("puts event, chatId, groupId and text first, then Z-API's fields once", () => {
		const body = loadEvent('text-group');
		const output = outputOf(body, fieldsOf(body));
		expect(Object.keys(output).slice(0, 8)).toEqual([
			'event',
			'chatId',
			'groupId',
			'text',
			'isGroup',
			'participantPhone',
			'messageId',
			'fromMe',
		]);
		// `text: { message }` is the text itself: not kept a second time.
		expect(output).toStrictEqual({ ...body, ...fieldsOf(body) });
		expect(output.text).toBe('hello group');
		expect(output.senderName).toBe('name');
	});

	it('keeps under zapi only what a field of the trigger replaced and said more than it', () => {
		const preview = {
			message: 'see https://example.com',
			title: 'Example',
			url: 'https://example.com',
		};
		const ownEvent = { name: 'party', scheduleTime: 1700000000 };
		const body = {
			...loadEvent('text-private'),
			text: preview,
			event: ownEvent,
			participantPhone: '',
			payload: 'theirs',
		};
		const output = outputOf(body, fieldsOf(body));
		expect(output.event).toBe('Message Received');
		expect(output.text).toBe('see https://example.com');
		expect(output.participantPhone).toBeNull();
		expect(output.zapi).toStrictEqual({ text: preview, event: ownEvent });
		expect(output.payload).toBe('theirs');
		expect(output).not.toHaveProperty('zapi.participantPhone');
	});

	it.each([
		'text-private',
		'message-status',
		'connected',
		'membership-request-revoked',
		'call-voice',
	])('%s: every Z-API field is in the item, once, with its value', (name) => {
		const body = loadEvent(name);
		const output = outputOf(body, fieldsOf(body));
		const zapi = (output.zapi ?? {}) as IDataObject;
		for (const [key, value] of Object.entries(body)) {
			const where = Object.hasOwn(zapi, key) ? zapi : output;
			expect([key, Object.hasOwn(where, key)]).toEqual([key, true]);
			// Our `text` is Z-API's `text.message`; our null stands for Z-API's empty text.
			let same = value;
			if (key === 'text' && where === output) same = (value as IDataObject).message;
			else if (value === '' && where[key] === null) same = null;
			expect([key, where[key]]).toEqual([key, same]);
		}
		expect(output).not.toHaveProperty('payload');
	});
});
