/**
 * The trigger load of `npm run test:queue`, without n8n: the open-loop sender keeps its schedule
 * whatever the answers, the events are distinct, the forged call is made from whatever form the
 * registered URL takes, and the books find a lost, a doubled and a stray execution.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { openLoop, quantile } = require('../../scripts/queue/openLoop');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const events = require('../../scripts/queue/triggerEvents');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { account } = require('../../scripts/queue/triggerAccounting');

const { triggerEvents, registeredSecret, forgedUrl, IGNORED_EVERY } = events;

describe('the open-loop sender', () => {
	it('sends on schedule while earlier calls still wait for their answers', async () => {
		let inFlight = 0;
		let most = 0;
		const server = http.createServer((req, res) => {
			inFlight += 1;
			most = Math.max(most, inFlight);
			req.resume();
			setTimeout(() => {
				inFlight -= 1;
				res.end('ok');
			}, 300);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			const send = () => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' });
			const records = await openLoop(10, 100, send);
			expect(records.map((r: { status: number }) => r.status)).toEqual(Array(10).fill(200));
			// 10 at 100/s go out within ~90 ms: all of them before the first answer (300 ms).
			expect(most).toBe(10);
			expect(records[9].dueAt - records[0].dueAt).toBe(90);
			for (const r of records) expect(r.answeredAt - r.dueAt).toBeGreaterThanOrEqual(295);
		} finally {
			server.close();
		}
	});

	it('records a call that got no answer with its error', async () => {
		const records = await openLoop(1, 10, () => Promise.reject(new Error('refused')));
		expect(records[0].status).toBe('refused');
	});

	it.each([
		['5 values', 0.5, 3, [5, 1, 4, 2, 3]],
		['5 values', 0.95, 5, [5, 1, 4, 2, 3]],
		['100 … 1', 0.95, 95, Array.from({ length: 100 }, (_, i) => 100 - i)],
		['one value', 0.5, 7, [7]],
	])('quantile of %s at %d is %d', (_, q, expected, values) => {
		expect(quantile(values, q)).toBe(expected);
	});
});

describe('the events', () => {
	it('are distinct, and one in ten is a text the filter drops', () => {
		const list = triggerEvents(100);
		expect(new Set(list.map((e: { messageId: string }) => e.messageId)).size).toBe(100);
		const passing = list.filter((e: { passes: boolean }) => e.passes);
		expect(passing).toHaveLength(100 - 100 / IGNORED_EVERY);
		const phones = passing.map((e: { phone: string }) => e.phone);
		expect(new Set(phones).size).toBe(passing.length);
		expect(phones.every((p: string) => /^\d{13}$/.test(p))).toBe(true);
		for (const e of passing) expect(e.payload.notificationParameters).toEqual([e.phone]);
		expect(list[IGNORED_EVERY - 1].payload.notification).toBeUndefined();
	});
});

describe('the call with a wrong secret', () => {
	const secret = 'a1'.repeat(32);
	const staticData = (registered: string) =>
		JSON.stringify({ 'node:Participant Added': { secret, records: { received: registered } } });
	const postgres = (registered: string) => ({ psql: () => staticData(registered) });

	it.each([
		['in the query', `https://n8n.example/webhook/abc/webhook?secret=${secret}`],
		['in the path', `https://n8n.example/webhook/abc/${secret}/webhook`],
	])('is made from the registered URL, the secret %s', (_, registered) => {
		expect(registeredSecret(postgres(registered), 'w1', registered)).toBe(secret);
		const forged = forgedUrl(registered, secret, 'http://127.0.0.1:5678/');
		expect(forged.startsWith('http://127.0.0.1:5678/webhook/abc/')).toBe(true);
		expect(forged).not.toContain(secret);
		expect(forged.length).toBe(registered.length - 'https://n8n.example'.length + 21);
	});

	it("falls back to the URL's query when the static data keeps no secret", () => {
		const registered = `https://n8n.example/webhook/abc/webhook?secret=${secret}`;
		expect(registeredSecret({ psql: () => '{}' }, 'w1', registered)).toBe(secret);
		expect(registeredSecret({ psql: () => '{}' }, 'w1', 'https://n8n.example/x')).toBeUndefined();
	});
});

describe('the books', () => {
	const list = triggerEvents(20);
	const records = list.map((_: unknown, i: number) => ({
		dueAt: 1000 + i * 20,
		sentAt: 1000 + i * 20,
		answeredAt: 1100 + i * 20,
		status: 200,
	}));
	const run = (messageId: string, i: number) => ({
		id: String(i),
		status: 'success',
		createdAt: 2000,
		startedAt: 2100,
		stoppedAt: 2500,
		data: {
			resultData: {
				runData: { 'Participant Added': [{ data: { main: [[{ json: { messageId } }]] } }] },
			},
		},
	});
	const passing = list.filter((e: { passes: boolean }) => e.passes);
	const once = passing.map((e: { messageId: string }) => e.messageId);
	const welcome = (phone: string) => ({ body: { message: `Welcome to G, ${phone}!` } });
	const sends = passing.map((e: { phone: string }) => welcome(e.phone));

	it.each([
		['each event once', once, sends, [0, 0, 0], [0, 0]],
		['one missing', once.slice(1), sends.slice(1), [1, 0, 0], [1, 0]],
		['one twice', [...once, once[3]], [...sends, sends[3]], [0, 1, 0], [0, 1]],
		['a dropped text executed', [...once, list[9].messageId], sends, [0, 0, 1], [0, 0]],
	])('%s', (_, ids, welcomes, [lost, doubled, strays], [welcomeLost, welcomeDoubled]) => {
		const runs = (ids as string[]).map(run);
		const books = account({ events: list, records, runs, sends: welcomes });
		expect(books.executions).toMatchObject({ count: runs.length, lost, doubled, strays });
		// Every event here was answered 200: a lost one was lost silently.
		expect(books.executions.lostSilently).toBe(lost);
		expect(books.welcomes).toMatchObject({ lost: welcomeLost, doubled: welcomeDoubled });
		expect(books.answered2xx).toBe(20);
		expect(quantile(books.answerMs, 0.5)).toBe(100);
	});
});
