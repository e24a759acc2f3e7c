/**
 * Registration as n8n runs it (helpers/triggerHooks.ts): activation, restart, deactivation, conflicts
 * and Replace, the sent-by-me flag, against the Z-API double.
 */
import { useZApiDouble } from '../../helpers/scenario';
import {
	DOUBLE_FOR_TRIGGER,
	PRODUCTION_URL,
	TriggerHost,
	expectNoLeak,
	requestLines,
} from '../../helpers/triggerHooks';

const double = useZApiDouble(DOUBLE_FOR_TRIGGER);
const PARTICIPANTS = { events: ['participantAdded'] };
const PREVIOUS = 'https://previous.example/zapi';
const secretOf = (host: TriggerHost) => String(host.nodeData?.secret);
const ours = (host: TriggerHost) => `${PRODUCTION_URL}?secret=${secretOf(host)}`;

describe('activation', () => {
	test('a fresh activation points the received webhook here with a 64-hex secret, records what was there, and a restart changes nothing', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		const run = await host.activate();
		expect(run.error).toBeUndefined();
		expect(run.calls).toEqual(['checkExists', 'create']);
		expect(secretOf(host)).toMatch(/^[0-9a-f]{64}$/);
		expect(requestLines(double)).toEqual(['GET /me', 'PUT /update-webhook-received', 'GET /me']);
		const put = double.requests[1];
		expect(put.body).toEqual({ value: ours(host) });
		expect(put.headers['client-token']).toBe(DOUBLE_FOR_TRIGGER.clientToken);
		expect(double.webhooks.received).toBe(ours(host));
		expect(host.nodeData).toEqual({
			secret: secretOf(host),
			instanceId: DOUBLE_FOR_TRIGGER.instanceId,
			records: { received: { url: ours(host), previous: '' } },
		});
		expect(run.logs).toContain(
			'Z-API Trigger: pointed the "Upon receiving" webhook of the Z-API instance at this workflow',
		);
		expectNoLeak(run.text, double, [secretOf(host)]);

		double.requests.length = 0;
		const saved = JSON.stringify(host.db);
		const restart = await host.activate('init');
		expect(restart.error).toBeUndefined();
		expect(restart.calls).toEqual(['checkExists']);
		expect(requestLines(double)).toEqual(['GET /me']);
		expect(JSON.stringify(host.db)).toBe(saved);
	});

	test('each chosen event gets its own webhook, the received one first; the other kinds are left alone', async () => {
		const host = new TriggerHost({
			double,
			parameters: { events: ['connected', 'messageStatus', 'messageReceived'] },
		});
		expect((await host.activate()).error).toBeUndefined();
		expect(requestLines(double)).toEqual([
			'GET /me',
			'PUT /update-webhook-received',
			'PUT /update-webhook-message-status',
			'PUT /update-webhook-connected',
			'GET /me',
		]);
		expect(double.webhooks).toEqual({
			received: ours(host),
			delivery: '',
			messageStatus: ours(host),
			connected: ours(host),
			disconnected: '',
			chatPresence: '',
			sentByMe: false,
		});
	});

	test('saving the active workflow with another event: deactivated with the old, activated with the new, same secret', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		await host.activate();
		const secret = secretOf(host);
		const { removed, added } = await host.update({ events: ['disconnected'] });
		expect([removed.error, added.error]).toEqual([undefined, undefined]);
		expect(secretOf(host)).toBe(secret);
		expect(double.webhooks.received).toBe('');
		expect(double.webhooks.disconnected).toBe(ours(host));
		expect(host.nodeData?.records).toEqual({ disconnected: { url: ours(host), previous: '' } });
	});
});

describe('another address is already registered', () => {
	const OTHER = 'https://other.example/hooks/abc?token=OTHERTOKEN123';

	test('activation is refused before any change: the webhook and the host are named, nothing else', async () => {
		double.webhooks.received = OTHER;
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		const run = await host.activate();
		expect(run.error?.message).toBe(
			'The "Upon receiving" webhook of this Z-API instance already sends to another address (host other.example). Turn on Replace Existing Webhook to take it over (it is put back when this workflow is deactivated), or use another Z-API instance.',
		);
		expect(run.error?.level).toBe('warning');
		// n8n then runs delete twice (clearWebhooks, remove): nothing recorded, nothing sent.
		expect(run.calls).toEqual(['checkExists', 'create', 'delete', 'delete']);
		expect(requestLines(double)).toEqual(['GET /me']);
		expect(double.webhooks.received).toBe(OTHER);
		expect(host.db).toEqual({});
		expect(run.text).not.toContain('OTHERTOKEN123');
		expect(run.text).not.toContain('/hooks/abc');
		expectNoLeak(run.text, double);
	});

	test('several taken webhooks are all named in one refusal', async () => {
		double.webhooks.received = OTHER;
		double.webhooks.messageStatus = 'https://status.example:8443/x';
		const host = new TriggerHost({
			double,
			parameters: { events: ['messageReceived', 'messageStatus', 'connected'] },
		});
		const run = await host.activate();
		expect(run.error?.message).toBe(
			'These webhooks of this Z-API instance already send to other addresses: the "Upon receiving" webhook (host other.example), the message status webhook (host status.example:8443). Turn on Replace Existing Webhook to take them over (they are put back when this workflow is deactivated), or use another Z-API instance.',
		);
		expect(double.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
	});

	test('Replace Existing Webhook takes it over, and deactivation puts the other address back', async () => {
		double.webhooks.received = PREVIOUS;
		const host = new TriggerHost({
			double,
			parameters: { ...PARTICIPANTS, replaceExisting: true },
		});
		expect((await host.activate()).error).toBeUndefined();
		expect(double.webhooks.received).toBe(ours(host));
		expect(host.nodeData?.records).toEqual({ received: { url: ours(host), previous: PREVIOUS } });

		double.requests.length = 0;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(requestLines(double)).toEqual(['GET /me', 'PUT /update-webhook-received']);
		expect(double.requests[1].body).toEqual({ value: PREVIOUS });
		expect(double.webhooks.received).toBe(PREVIOUS);
		expect(host.nodeData).toEqual({
			secret: secretOf(host),
			instanceId: DOUBLE_FOR_TRIGGER.instanceId,
		});
		expect(double.webhookLog.map(({ from, to }) => [from, to])).toEqual([
			[PREVIOUS, ours(host)],
			[ours(host), PREVIOUS],
		]);
		expectNoLeak(run.text, double, [secretOf(host)]);
	});
});

describe('deactivation', () => {
	test('puts back an empty previous value with {"value": ""}', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		await host.activate();
		double.requests.length = 0;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(double.requests.map((request) => request.body ?? null)).toEqual([null, { value: '' }]);
		expect(double.webhooks.received).toBe('');
		expect(run.logs).toContain(
			'Z-API Trigger: put back the previous address of the "Upon receiving" webhook',
		);
	});

	test('leaves a webhook someone else took over since, and forgets it', async () => {
		const host = new TriggerHost({
			double,
			parameters: { events: ['participantAdded', 'connected'] },
		});
		await host.activate();
		double.webhooks.received = 'https://someone.else/hook';
		double.requests.length = 0;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(requestLines(double)).toEqual(['GET /me', 'PUT /update-webhook-connected']);
		expect(double.webhooks.received).toBe('https://someone.else/hook');
		expect(double.webhooks.connected).toBe('');
		expect(host.nodeData?.records).toBeUndefined();
		expect(run.logs).toContain(
			'Z-API Trigger: the "Upon receiving" webhook now points elsewhere: left as it is',
		);
		expectNoLeak(run.text, double, [secretOf(host)]);
	});
});

describe('Message Sent by Me: the sent-by-me flag', () => {
	const SENT_BY_ME = { events: ['messageSentByMe'], ignoreOwnMessages: false };

	test('is turned on after the received webhook is set, and turned off before it is put back', async () => {
		const host = new TriggerHost({ double, parameters: SENT_BY_ME });
		expect((await host.activate()).error).toBeUndefined();
		expect(requestLines(double)).toEqual([
			'GET /me',
			'PUT /update-webhook-received',
			'PUT /update-notify-sent-by-me',
			'GET /me',
		]);
		expect(double.requests[2].body).toEqual({ notifySentByMe: true });
		expect(host.nodeData?.sentByMe).toEqual({ previous: false });

		double.requests.length = 0;
		expect((await host.activate('init')).calls).toEqual(['checkExists']);
		expect(requestLines(double)).toEqual(['GET /me']);

		expect((await host.deactivate()).error).toBeUndefined();
		expect(double.webhookLog.map(({ kind, to }) => [kind, to])).toEqual([
			['received', ours(host)],
			['sentByMe', true],
			['sentByMe', false],
			['received', ''],
		]);
		expect(host.nodeData?.sentByMe).toBeUndefined();
	});

	test('already on before: left on, at activation and after', async () => {
		double.webhooks.sentByMe = true;
		const host = new TriggerHost({ double, parameters: SENT_BY_ME });
		await host.activate();
		await host.deactivate();
		expect(double.webhookLog.map(({ kind }) => kind)).toEqual(['received', 'received']);
		expect(double.webhooks.sentByMe).toBe(true);
	});
});
