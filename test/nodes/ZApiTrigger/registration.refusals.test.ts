/**
 * What registration refuses before it sends anything, and the mode that sends nothing at all: an
 * http:// n8n, no event, Message Sent by Me with Ignore Own Messages, Register the Webhook Myself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { useZApiDouble } from '../../helpers/scenario';
import {
	DOUBLE_FOR_TRIGGER,
	TriggerHost,
	expectNoLeak,
	requestLines,
} from '../../helpers/triggerHooks';

const double = useZApiDouble(DOUBLE_FOR_TRIGGER);
const PARTICIPANTS = { events: ['participantAdded'] };

const HTTP_REFUSAL =
	'Z-API only accepts https:// webhook URLs, and this n8n\'s webhook URL starts with http://. Put a public https address in front of n8n (a tunnel such as cloudflared or ngrok, or a reverse proxy), set WEBHOOK_URL to it and restart n8n: the trigger\'s documentation (docs/trigger.md, "A local n8n") gives the two commands.';

describe('an n8n whose webhook URL is http:// (no WEBHOOK_URL)', () => {
	const local = {
		webhookBase: 'http://localhost:5678/webhook',
		testBase: 'http://localhost:5678/webhook-test',
	};

	test('activation fails naming WEBHOOK_URL, with no request to Z-API', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS, ...local });
		const run = await host.activate();
		expect(run.error?.message).toBe(HTTP_REFUSAL);
		// What works, not Register the Webhook Myself (Z-API cannot reach an http URL either way),
		// and nothing of the URL itself.
		expect(run.error?.message).not.toContain('Register the Webhook Myself');
		expect(run.error?.message).not.toMatch(/localhost|5678|\/webhook|secret/);
		expect(run.error?.level).toBe('warning');
		expect(run.calls).toEqual(['checkExists', 'create', 'delete', 'delete']);
		expect(double.requests).toHaveLength(0);
		expect(host.db).toEqual({});
	});

	test('the section of docs/trigger.md the message names gives the two commands', () => {
		const docs = readFileSync(join(__dirname, '../../../docs/trigger.md'), 'utf8');
		const section = docs.split(/^### A local n8n$/m)[1]?.split(/^##/m)[0] ?? '';
		expect(section).toContain('cloudflared tunnel --url http://localhost:5678');
		expect(section).toMatch(/^WEBHOOK_URL=https:\/\/\S+\/ n8n start$/m);
	});

	test('so does "Listen for test event"', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS, ...local });
		const listen = await host.listen();
		expect(listen.error?.message).toBe(HTTP_REFUSAL);
		expect(double.requests).toHaveLength(0);
	});

	test('a restart without WEBHOOK_URL fails the same way, and the registration made before is put back', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		await host.activate();
		host.setup = { ...host.setup, ...local };
		double.requests.length = 0;
		const run = await host.activate('init');
		expect(run.error?.message).toBe(HTTP_REFUSAL);
		// n8n's clearWebhooks after the refusal: delete with the database's records, saved; the
		// second delete (remove()) then finds nothing recorded.
		expect(requestLines(double)).toEqual(['GET /me', 'PUT /update-webhook-received']);
		expect(double.webhooks.received).toBe('');
		expectNoLeak(run.text, double, [host.nodeData?.secret]);
	});
});

describe('settings that cannot work are refused before any request', () => {
	test('no event chosen', async () => {
		const run = await new TriggerHost({ double, parameters: { events: [] } }).activate();
		expect(run.error?.message).toMatch(/^Events is empty/);
		expect(run.error?.level).toBe('warning');
		expect(double.requests).toHaveLength(0);
	});

	test('Message Sent by Me while Ignore Own Messages is on (its default)', async () => {
		const run = await new TriggerHost({
			double,
			parameters: { events: ['messageSentByMe'] },
		}).activate();
		expect(run.error?.message).toMatch(/Ignore Own Messages/);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Registration: Register the Webhook Myself', () => {
	const MANUAL = { registration: 'manual', events: ['participantAdded'] };

	test('activation, restart, listening and deactivation make no request to Z-API', async () => {
		double.webhooks.received = 'https://pasted.by.hand.example/webhook/x/zapi?secret=mine';
		const host = new TriggerHost({ double, parameters: MANUAL });
		const runs = [await host.activate(), await host.activate('init')];
		const listen = await host.listen();
		runs.push(listen, await listen.stop(), await host.deactivate());
		expect(runs.map((run) => run.error)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(runs[0].calls).toEqual(['checkExists']);
		expect(double.requests).toHaveLength(0);
		expect(double.webhooks.received).toBe(
			'https://pasted.by.hand.example/webhook/x/zapi?secret=mine',
		);
		expect(host.db).toEqual({});
	});

	test('switching an active workflow from Automatic to manual puts the webhook back, then sends nothing', async () => {
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		await host.activate();
		const { added } = await host.update(MANUAL);
		expect(added.error).toBeUndefined();
		expect(double.webhooks.received).toBe('');
		double.requests.length = 0;
		await host.activate('init');
		await host.deactivate();
		expect(double.requests).toHaveLength(0);
	});
});

describe('secrets', () => {
	test('Z-API quoting the tokens in its errors: the activation error and the log lines mask them', async () => {
		const { instanceToken, clientToken } = DOUBLE_FOR_TRIGGER;
		const echo = {
			error: `token ${instanceToken} / ${clientToken} at /instances/X/token/${instanceToken}/me`,
		};
		double.setFault('/me', { status: 400, body: echo });
		const host = new TriggerHost({ double, parameters: PARTICIPANTS });
		const refused = await host.activate();
		expect(refused.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to read the webhook settings of the Z-API instance (GET /me): token *** / *** at /instances/X/token/***/me',
		);
		expectNoLeak(refused.text, double);

		expect((await host.activate()).error).toBeUndefined();
		double.setFault('/update-webhook-received', { status: 400, body: echo });
		const off = await host.deactivate();
		expect(off.logs).toContain('could not put back: Z-API rejected the request (HTTP 400)');
		expectNoLeak(off.text, double, [host.nodeData?.secret]);
	});
});
