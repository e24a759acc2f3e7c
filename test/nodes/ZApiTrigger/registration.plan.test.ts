/** The pure part of registration: comparing URLs, deciding what to change and what to put back. */
import type { IDataObject } from 'n8n-workflow';

import type { CreateInput } from '../../../nodes/ZApiTrigger/registration/plan';
import {
	conflictMessage,
	isOwnUrl,
	isRegistered,
	planCreate,
	planRestore,
	sameWebhookUrl,
} from '../../../nodes/ZApiTrigger/registration/plan';

const TAIL = '/wid-1/zapi';
const OURS = 'https://n8n.test/webhook/wid-1/zapi?secret=abc';
const OURS_TEST = 'https://n8n.test/webhook-test/wid-1/zapi?secret=def';

function input(me: IDataObject, extra: Partial<CreateInput> = {}): CreateInput {
	return {
		me,
		kinds: ['received'],
		sentByMe: false,
		ourUrl: OURS,
		ownTail: TAIL,
		records: {},
		replaceExisting: false,
		testMode: false,
		...extra,
	};
}

describe('comparing URLs', () => {
	test.each([
		[OURS, OURS, true],
		['https://n8n.test/webhook/wid-1/zapi/?secret=abc', OURS, true],
		['https://N8N.test:443/webhook/wid-1/zapi?secret=abc', OURS, true],
		['https://n8n.test/webhook/wid-1/zapi?secret=abd', OURS, false],
		['https://n8n.test/webhook/wid-1/zapi', OURS, false],
		['http://n8n.test/webhook/wid-1/zapi?secret=abc', OURS, false],
		['not a url', 'not a url', false],
	])('sameWebhookUrl(%s, %s) = %s', (a, b, same) => {
		expect(sameWebhookUrl(a, b)).toBe(same);
	});

	test.each([
		[OURS_TEST, true],
		['https://old.example/hooks/wid-1/zapi/', true],
		['https://n8n.test/webhook/wid-2/zapi?secret=abc', false],
		['https://n8n.test/webhook/wid-1/zapi-x', false],
		// The secret in the path (secretForm.ts): production repeats the id, a test URL does not.
		['https://n8n.test/webhook/wid-1/wid-1/zapi/abc', true],
		['https://n8n.test/webhook-test/wid-1/zapi/def', true],
		['https://n8n.test/webhook/wid-1/zapi/abc/more', false],
		['https://n8n.test/webhook/wid-2/wid-2/zapi/abc', false],
		['', false],
	])('isOwnUrl(%s) = %s', (url, own) => {
		expect(isOwnUrl(url, TAIL)).toBe(own);
	});

	test('registered: every kind is ours and the flag is on when wanted', () => {
		const me = { receivedCallbackUrl: OURS, connectedCallbackUrl: OURS };
		expect(isRegistered(me, ['received', 'connected'], false, OURS)).toBe(true);
		expect(isRegistered(me, ['received', 'disconnected'], false, OURS)).toBe(false);
		expect(isRegistered(me, ['received'], true, OURS)).toBe(false);
		expect(isRegistered({ ...me, receiveCallbackSentByMe: true }, ['received'], true, OURS)).toBe(
			true,
		);
	});
});

describe('planCreate', () => {
	test('a missing or non-text field counts as empty: set, with "" as previous', () => {
		expect(planCreate(input({ receivedCallbackUrl: null }))).toEqual({
			conflicts: [],
			puts: [{ kind: 'received', value: OURS }],
			records: { received: { url: OURS, previous: '' } },
			setFlag: false,
		});
	});

	test('already ours with the same secret: recorded, not set again', () => {
		const plan = planCreate(
			input(
				{ receivedCallbackUrl: OURS },
				{ records: { received: { url: OURS, previous: 'https://p.example' } } },
			),
		);
		expect(plan.puts).toEqual([]);
		expect(plan.records.received).toEqual({ url: OURS, previous: 'https://p.example' });
	});

	test('our production URL met by a test listen is what it puts back; in production an own URL is never "previous"', () => {
		const prod = input({ receivedCallbackUrl: OURS }, { ourUrl: OURS_TEST, testMode: true });
		expect(planCreate(prod).records.received).toEqual({ url: OURS_TEST, previous: OURS });
		const leftover = input({ receivedCallbackUrl: OURS_TEST });
		expect(planCreate(leftover).records.received).toEqual({ url: OURS, previous: '' });
	});

	test('the same webhook id on another host (the workflow imported into another n8n) is not ours, unless recorded', () => {
		const copy = 'https://staging.example/webhook/wid-1/zapi?secret=zzz';
		expect(planCreate(input({ receivedCallbackUrl: copy })).conflicts).toEqual([
			{ kind: 'received', host: 'staging.example' },
		]);
		const moved = input(
			{ receivedCallbackUrl: copy },
			{ records: { received: { url: copy, previous: 'https://p.example' } } },
		);
		expect(planCreate(moved)).toMatchObject({
			conflicts: [],
			puts: [{ kind: 'received', value: OURS }],
			records: { received: { url: OURS, previous: 'https://p.example' } },
		});
	});

	test('kinds come out in setter order, conflicts carry the host only', () => {
		const plan = planCreate(
			input(
				{ connectedCallbackUrl: 'https://user:pw@other.example:444/p?token=T' },
				{ kinds: ['connected', 'received'] },
			),
		);
		expect(plan.conflicts).toEqual([{ kind: 'connected', host: 'other.example:444' }]);
		expect(plan.puts).toEqual([{ kind: 'received', value: OURS }]);
	});

	test('the flag: recorded off when it was off, not recorded when it was on, kept when it was ours', () => {
		const off = planCreate(input({}, { sentByMe: true }));
		expect([off.setFlag, off.sentByMe]).toEqual([true, { previous: false }]);
		const on = planCreate(input({ receiveCallbackSentByMe: true }, { sentByMe: true }));
		expect([on.setFlag, on.sentByMe]).toEqual([false, undefined]);
		const mine = planCreate(
			input(
				{ receivedCallbackUrl: OURS, receiveCallbackSentByMe: true },
				{ sentByMe: true, storedSentByMe: { previous: false } },
			),
		);
		expect([mine.setFlag, mine.sentByMe]).toEqual([false, { previous: false }]);
	});
});

describe('conflictMessage', () => {
	test('an address that is not a URL is not quoted either', () => {
		const plan = planCreate(input({ receivedCallbackUrl: 'token ABC in plain text' }));
		expect(conflictMessage(plan.conflicts)).toBe(
			'The "Upon receiving" webhook of this Z-API instance already sends to another address (host an address that is not a URL). Turn on Replace Existing Webhook to take it over (it is put back when this workflow is deactivated), or use another Z-API instance.',
		);
	});
});

describe('planRestore', () => {
	const records = {
		received: { url: OURS, previous: 'https://p.example/r' },
		connected: { url: OURS, previous: '' },
		chatPresence: { url: OURS, previous: '' },
	};

	test('puts back what is still ours, leaves what was taken over or is not shown', () => {
		const me = { receivedCallbackUrl: `${OURS}`, connectedCallbackUrl: 'https://x.example' };
		expect(planRestore(me, { records })).toEqual({
			resetFlag: false,
			puts: [{ kind: 'received', value: 'https://p.example/r' }],
			takenOver: ['connected'],
			unknown: ['chatPresence'],
		});
	});

	test('the flag is turned off only if this node turned it on and the received webhook is still ours', () => {
		const data = { records, sentByMe: { previous: false } };
		const on = { receivedCallbackUrl: OURS, receiveCallbackSentByMe: true };
		expect(planRestore(on, data).resetFlag).toBe(true);
		expect(planRestore({ ...on, receivedCallbackUrl: 'https://x.example' }, data).resetFlag).toBe(
			false,
		);
		expect(planRestore({ ...on, receiveCallbackSentByMe: false }, data).resetFlag).toBe(false);
		expect(planRestore(on, { records }).resetFlag).toBe(false);
	});

	test('nothing recorded: nothing to do', () => {
		expect(planRestore({ receivedCallbackUrl: OURS }, {})).toEqual({
			resetFlag: false,
			puts: [],
			takenOver: [],
			unknown: [],
		});
	});
});
