/**
 * A Z-API that does not keep the query string of a webhook URL (the double's dropWebhookQuery):
 * the trigger sees it in `GET /me` after registering, and puts the secret in the URL's path instead;
 * a Z-API that keeps it gets the query form, as before. Calls carry the secret either way.
 */
import { WEBHOOK_ID, callTrigger, loadEvent } from '../../helpers/trigger';
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
const secretOf = (host: TriggerHost) => String(host.nodeData?.secret);
/** n8n routes the path webhook's production URL with the node's id twice (secret.ts). */
const inPath = (host: TriggerHost) =>
	`${PRODUCTION_URL.replace(`/${WEBHOOK_ID}/`, `/${WEBHOOK_ID}/${WEBHOOK_ID}/`)}/${secretOf(host)}`;

/** Z-API calls the URL it keeps: the call as n8n routes it (the path webhook when there is no query). */
async function deliverAsZApi(host: TriggerHost, url: string, parameters = PARTICIPANTS) {
	const parsed = new URL(url);
	return await callTrigger({
		parameters,
		typeVersion: 2,
		body: loadEvent('participant-added'),
		staticData: host.db,
		path: parsed.pathname,
		...(parsed.search
			? { query: Object.fromEntries(parsed.searchParams) }
			: { webhookName: 'setup' }),
	});
}

describe('a Z-API that drops the query', () => {
	beforeEach(() => (double.config.dropWebhookQuery = true));
	afterEach(() => delete double.config.dropWebhookQuery);

	test('the activation sees it, registers the secret in the path, remembers it; calls get through; a restart changes nothing', async () => {
		double.webhooks.received = PREVIOUS;
		const host = new TriggerHost({
			double,
			parameters: { ...PARTICIPANTS, replaceExisting: true },
		});
		const run = await host.activate();
		expect(run.error).toBeUndefined();
		expect(requestLines(double)).toEqual([
			'GET /me',
			'PUT /update-webhook-received',
			'GET /me',
			'PUT /update-webhook-received',
			'GET /me',
		]);
		expect(double.requests[3].body).toEqual({ value: inPath(host) });
		expect(double.webhooks.received).toBe(inPath(host));
		expect(host.nodeData).toEqual({
			secret: secretOf(host),
			instanceId: DOUBLE_FOR_TRIGGER.instanceId,
			records: { received: { url: inPath(host), previous: PREVIOUS } },
			secretInPath: true,
		});
		expect(run.logs).toContain(
			'Z-API did not keep the query of the webhook URL: the secret goes in its path',
		);
		expectNoLeak(run.text, double, [secretOf(host)]);

		expect(await deliverAsZApi(host, double.webhooks.received)).toMatchObject({ started: true });
		const forged = await deliverAsZApi(host, inPath(host).replace(/[0-9a-f]{64}$/, '0'.repeat(64)));
		expect(forged).toMatchObject({ status: 401, started: false });

		double.requests.length = 0;
		const restart = await host.activate('init');
		expect(restart.calls).toEqual(['checkExists']);
		expect(requestLines(double)).toEqual(['GET /me']);

		expect((await host.deactivate()).error).toBeUndefined();
		expect(double.webhooks.received).toBe(PREVIOUS);
	});

	test('every chosen webhook moves to the path form, and a later activation uses it at once', async () => {
		const parameters = { events: ['messageStatus', 'participantAdded', 'connected'] };
		const host = new TriggerHost({ double, parameters });
		expect((await host.activate()).error).toBeUndefined();
		for (const kind of ['received', 'messageStatus', 'connected'] as const) {
			expect(double.webhooks[kind]).toBe(inPath(host));
		}
		await host.deactivate();
		double.requests.length = 0;
		expect((await host.activate()).error).toBeUndefined();
		expect(requestLines(double)).toEqual([
			'GET /me',
			'GET /me',
			'PUT /update-webhook-received',
			'PUT /update-webhook-message-status',
			'PUT /update-webhook-connected',
			'GET /me',
		]);
		expect(double.webhooks.received).toBe(inPath(host));
	});

	test('a test listen gets the test URL with the secret in its path', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		const listen = await host.listen();
		expect(listen.error).toBeUndefined();
		expect(double.webhooks.received).toMatch(new RegExp(`^${TEST_URL}/[0-9a-f]{64}$`));
		await listen.stop();
		expect(double.webhooks.received).toBe('');
	});

	test('the path form failing too is undone like any failed change, and says what to do', async () => {
		double.webhooks.received = PREVIOUS;
		double.setFault('/update-webhook-received', { status: 500, skip: 1 });
		const host = new TriggerHost({
			double,
			parameters: { ...PARTICIPANTS, replaceExisting: true },
		});
		const run = await host.activate();
		expect(run.error).toBeDefined();
		expect(run.error?.description).toContain('put back');
		expect(double.webhooks.received).toBe(PREVIOUS);
		expectNoLeak(run.text, double, [secretOf(host)]);
	});
});

describe('a Z-API that keeps the query', () => {
	test('gets the query form, and nothing is re-registered', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		expect((await host.activate()).error).toBeUndefined();
		expect(requestLines(double)).toEqual(['GET /me', 'PUT /update-webhook-received', 'GET /me']);
		expect(double.webhooks.received).toBe(`${PRODUCTION_URL}?secret=${secretOf(host)}`);
		expect(host.nodeData?.secretInPath).toBeUndefined();
		expect(await deliverAsZApi(host, double.webhooks.received)).toMatchObject({ started: true });
	});

	test('a query form rewritten to another secret is not kept either: the path form is used', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		double.setFault('/me', {
			skip: 1,
			body: { receivedCallbackUrl: `${PRODUCTION_URL}?secret=x` },
		});
		const run = await host.activate();
		expect(run.error).toBeUndefined();
		expect(double.webhooks.received).toBe(inPath(host));
	});
});
