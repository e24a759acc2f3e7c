/**
 * "Listen for test event": n8n registers the /webhook-test/ URL with empty static data of its own,
 * and deletes it when the listening ends. Production must get its webhook back afterwards, and a test
 * URL left behind by a crash must not be kept or "restored" later.
 */
import { useZApiDouble } from '../../helpers/scenario';
import {
	DOUBLE_FOR_TRIGGER,
	PRODUCTION_URL,
	TEST_URL,
	TriggerHost,
	expectNoLeak,
	requestLines,
} from '../../helpers/triggerHooks';

const double = useZApiDouble(DOUBLE_FOR_TRIGGER);
const PARTICIPANTS = { events: ['participantAdded'] };
const PREVIOUS = 'https://previous.example/zapi';
const SECRET = /^[0-9a-f]{64}$/;

function secretIn(url: string): string {
	return new URL(url).searchParams.get('secret') ?? '';
}

test('listening registers the test URL with a secret of its own and puts back what was there', async () => {
	double.webhooks.received = PREVIOUS;
	const host = new TriggerHost({ double, parameters: { ...PARTICIPANTS, replaceExisting: true } });
	const listen = await host.listen();
	expect(listen.error).toBeUndefined();
	const registered = double.webhooks.received;
	expect(registered.startsWith(`${TEST_URL}?secret=`)).toBe(true);
	expect(secretIn(registered)).toMatch(SECRET);
	expect(host.db).toEqual({}); // test static data never reaches the database

	const stopped = await listen.stop();
	expect(stopped.error).toBeUndefined();
	expect(double.webhooks.received).toBe(PREVIOUS);
	expectNoLeak(`${listen.text}\n${stopped.text}`, double, [secretIn(registered)]);
});

test('listening without Replace over another address is refused like an activation', async () => {
	double.webhooks.received = PREVIOUS;
	const listen = await new TriggerHost({ double, parameters: PARTICIPANTS }).listen();
	expect(listen.error?.message).toMatch(
		/^The "Upon receiving" webhook of this Z-API instance already sends to another address \(host previous\.example\)/,
	);
	expect(listen.calls).toEqual(['checkExists', 'create', 'delete']);
	expect(requestLines(double)).toEqual(['GET /me']);
});

test('listening while the workflow is active diverts the events for the test, then production gets its URL back', async () => {
	const host = new TriggerHost({ double, parameters: PARTICIPANTS });
	await host.activate();
	const production = double.webhooks.received;
	expect(production.startsWith(`${PRODUCTION_URL}?secret=`)).toBe(true);
	const db = JSON.stringify(host.db);

	const listen = await host.listen();
	expect(listen.error).toBeUndefined(); // its own production URL is no conflict
	expect(double.webhooks.received.startsWith(`${TEST_URL}?secret=`)).toBe(true);
	expect(secretIn(double.webhooks.received)).not.toBe(secretIn(production));

	await listen.stop();
	expect(double.webhooks.received).toBe(production);
	expect(JSON.stringify(host.db)).toBe(db);

	// and deactivating production afterwards still restores what was there before it
	await host.deactivate();
	expect(double.webhooks.received).toBe('');
});

test('a test URL left behind (n8n stopped while listening) is replaced at restart; deactivation restores the real previous value', async () => {
	double.webhooks.received = PREVIOUS;
	const host = new TriggerHost({ double, parameters: { ...PARTICIPANTS, replaceExisting: true } });
	await host.activate();
	await host.listen(); // never stopped: n8n crashed
	expect(double.webhooks.received.startsWith(TEST_URL)).toBe(true);

	const restart = await host.activate('init');
	expect(restart.calls).toEqual(['checkExists', 'create']);
	expect(double.webhooks.received.startsWith(`${PRODUCTION_URL}?secret=`)).toBe(true);
	await host.deactivate();
	expect(double.webhooks.received).toBe(PREVIOUS);
});

test('a test URL of this node found by a production activation with no records is not kept as "previous"', async () => {
	double.webhooks.received = `${TEST_URL}?secret=${'a'.repeat(64)}`;
	const host = new TriggerHost({ double, parameters: PARTICIPANTS });
	const run = await host.activate();
	expect(run.error).toBeUndefined(); // ours, so no conflict without Replace
	expect(host.nodeData?.records).toEqual({
		received: { url: double.webhooks.received, previous: '' },
	});
	await host.deactivate();
	expect(double.webhooks.received).toBe('');
});

test("another workflow's trigger (another webhook id) on the same n8n is a conflict", async () => {
	double.webhooks.received = 'https://n8n.test/webhook/0000aaaa-other-node/zapi?secret=x';
	const run = await new TriggerHost({ double, parameters: PARTICIPANTS }).activate();
	expect(run.error?.message).toMatch(/already sends to another address \(host n8n\.test\)/);
});
