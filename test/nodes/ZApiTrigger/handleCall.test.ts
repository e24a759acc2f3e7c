/**
 * webhook() through n8n-core's WebhookContext, answered as n8n's executeWebhook answers (see
 * test/helpers/trigger.ts): the secret, bodies that are not events, and the item it starts with.
 */
import { loadEvent, registeredWith } from '../../helpers/trigger';
import { ALL_EVENTS, SECRET, call, expectNoLeak } from './calls';

describe('the secret', () => {
	const refused = { error: 'The secret in the webhook URL is missing or wrong' };

	it.each([
		['no secret', {}],
		['a wrong secret', { secret: `${SECRET.slice(0, -1)}0` }],
		['a shorter secret', { secret: SECRET.slice(0, 10) }],
		['a longer secret', { secret: `${SECRET}0` }],
		['the secret twice', { secret: [SECRET, SECRET] }],
		['the secret in another parameter', { Secret: SECRET }],
	])('refuses %s with 401, starts nothing, logs no payload', async (_label, query) => {
		const result = await call({}, loadEvent('participant-added'), { query });
		expect(result).toMatchObject({ status: 401, answer: refused, started: false });
		expect(result.logs).toContain('call refused, the secret in its URL is missing or wrong');
		expect(result.logs).not.toContain('5544888888888');
		expect(result.logs).not.toContain('Linus Torvalds');
		expectNoLeak(result.text);
	});

	it('refuses every call while no secret is stored (automatic registration)', async () => {
		const result = await call({}, loadEvent('participant-added'), { staticData: {} });
		expect(result).toMatchObject({ status: 401, started: false });
	});

	it('checks the secret before it looks at the body', async () => {
		const result = await call({}, 'not json', { query: {} });
		expect(result.status).toBe(401);
	});

	it("reads the test registration's static data in a test listen", async () => {
		const testSecret = 'b'.repeat(64);
		const result = await call({}, loadEvent('participant-added'), {
			isTest: true,
			staticData: registeredWith(testSecret),
			query: { secret: testSecret },
		});
		expect(result).toMatchObject({ status: 200, started: true });
	});

	describe('with Register the Webhook Myself', () => {
		const manual = { registration: 'manual', manualSecret: ' my-own-secret ' };

		it('accepts the Secret (trimmed) and refuses anything else', async () => {
			const body = loadEvent('participant-added');
			const ok = await call(manual, body, { query: { secret: 'my-own-secret' }, staticData: {} });
			expect(ok).toMatchObject({ status: 200, started: true });
			const stored = await call(manual, body, { query: { secret: SECRET } });
			expect(stored).toMatchObject({ status: 401, started: false });
		});

		it('accepts every call when the Secret is empty', async () => {
			const result = await call(
				{ registration: 'manual', manualSecret: '' },
				loadEvent('participant-added'),
				{ query: {}, staticData: {} },
			);
			expect(result).toMatchObject({ status: 200, started: true });
		});
	});
});

describe('bodies that are not Z-API events', () => {
	const notAnEvent = { error: 'Not a Z-API event: expected a JSON object with a "type" field' };

	it.each([
		['text', 'hello'],
		['an array', [loadEvent('participant-added')]],
		['null', null],
		['an object without type', { phone: '5544999999999' }],
		['a type that is not text', { type: 7 }],
	])('answers %s with 400 and starts nothing', async (_label, body) => {
		expect(await call({}, body)).toMatchObject({ status: 400, answer: notAnEvent, started: false });
	});

	it('answers a body over 1 MB with 413', async () => {
		const result = await call({}, loadEvent('participant-added'), {
			headers: { 'content-length': String(1024 * 1024 + 1) },
		});
		expect(result).toMatchObject({
			status: 413,
			answer: { error: 'A Z-API event is never this large' },
			started: false,
		});
	});

	it('answers a type nobody documented with 200 and starts nothing', async () => {
		const result = await call({ events: ALL_EVENTS }, { type: 'NewKindOfCallback' });
		expect(result).toMatchObject({
			status: 200,
			answer: { message: 'Event ignored: a type of event the trigger does not know' },
			started: false,
		});
	});
});

describe('the item', () => {
	const joined = {
		event: 'Participant Added',
		chatId: '120363423529374305-group',
		groupId: '120363423529374305-group',
		text: null,
		isGroup: true,
		participantPhone: '5544999999999',
		messageId: '85932934',
		fromMe: false,
		participants: ['5544888888888'],
	};

	it("version 2: the fields people map first, then Z-API's fields once, nothing under payload", async () => {
		const payload = loadEvent('participant-added');
		const result = await call({}, payload, { typeVersion: 2 });
		expect(result.items).toStrictEqual([{ ...payload, ...joined }]);
		const [item] = result.items;
		const zapiOnly = Object.keys(payload).filter((key) => !Object.hasOwn(joined, key));
		expect(Object.keys(item)).toEqual([...Object.keys(joined), ...zapiOnly]);
		// Every Z-API field the trigger's fields replaced said the same: none is kept twice.
		expect(item).not.toHaveProperty('payload');
		expect(item).not.toHaveProperty('zapi');
		const v1 = await call({}, payload, { typeVersion: 1 });
		expect(JSON.stringify(item).length).toBeLessThan(JSON.stringify(v1.items[0]).length * 0.6);
		expect(result.answer).toEqual({ message: 'Workflow was started' });
		expectNoLeak(result.text);
	});

	it("version 1 (saved workflows): Z-API's payload, the trigger's fields on top, and the payload as it came", async () => {
		const result = await call({}, loadEvent('participant-added'));
		expect(result.items).toStrictEqual([
			{
				...loadEvent('participant-added'),
				event: 'Participant Added',
				chatId: '120363423529374305-group',
				isGroup: true,
				groupId: '120363423529374305-group',
				participantPhone: '5544999999999',
				text: null,
				messageId: '85932934',
				fromMe: false,
				participants: ['5544888888888'],
				payload: loadEvent('participant-added'),
			},
		]);
		// The order saved workflows saw: Z-API's keys, then the trigger's new ones, then payload.
		const added = ['event', 'chatId', 'groupId', 'text', 'participants', 'payload'];
		expect(Object.keys(result.items[0])).toEqual([
			...Object.keys(loadEvent('participant-added')),
			...added,
		]);
		expect(result.answer).toEqual({ message: 'Workflow was started' });
		expectNoLeak(result.text);
	});
});
