/**
 * Registration when Z-API misbehaves: answers it does not document, refusals, 5xx, a `/me` that does
 * not show the change, Z-API down at deactivation; and delete run again, or with stale static data.
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
const TWO_KINDS = { events: ['participantAdded', 'connected'] };
const RECEIVED = '/update-webhook-received';
const CONNECTED = '/update-webhook-connected';
const EMPTY = {
	received: '',
	delivery: '',
	messageStatus: '',
	connected: '',
	disconnected: '',
	chatPresence: '',
	sentByMe: false,
};
const secretOf = (host: TriggerHost) => String(host.nodeData?.secret);

describe('create undoes its own changes when something fails', () => {
	test('a setter answering an empty 200 is a success (the single-URL setters document no answer)', async () => {
		double.setFault(RECEIVED, {
			status: 200,
			body: '',
			contentType: 'application/json',
			afterWork: true,
		});
		const host = new TriggerHost({ double, parameters: TWO_KINDS });
		const run = await host.activate();
		expect(run.error).toBeUndefined();
		expect(double.webhooks.received).toBe(`${PRODUCTION_URL}?secret=${secretOf(host)}`);
	});

	test('{"value": false} from the second setter: the first is put back, nothing is recorded', async () => {
		double.setFault(CONNECTED, { status: 200, body: { value: false } });
		const host = new TriggerHost({ double, parameters: TWO_KINDS });
		const run = await host.activate();
		expect(run.error?.message).toBe(
			'Z-API did not confirm the change when trying to point the "connected" webhook of the Z-API instance at this workflow (it answered "value": false)',
		);
		expect(run.error?.description).toMatch(
			/ The webhooks the trigger had already changed were put back\.$/,
		);
		expect(requestLines(double)).toEqual([
			'GET /me',
			`PUT ${RECEIVED}`,
			`PUT ${CONNECTED}`,
			`PUT ${RECEIVED}`,
		]);
		expect(double.requests[3].body).toEqual({ value: '' });
		expect(double.webhooks).toEqual(EMPTY);
		// n8n's two deletes afterwards find nothing recorded in the database.
		expect(run.calls).toEqual(['checkExists', 'create', 'delete', 'delete']);
		expect(host.db).toEqual({});
		expectNoLeak(run.text, double);
	});

	test('a 500 after the change may have been made: said so, and put back too', async () => {
		double.setFault(RECEIVED, { status: 500, body: { error: 'boom' }, afterWork: true });
		const run = await new TriggerHost({ double, parameters: TWO_KINDS }).activate();
		expect(run.error?.message).toBe(
			'Z-API failed (HTTP 500) when trying to point the "Upon receiving" webhook of the Z-API instance at this workflow: boom. Z-API may have made the change anyway.',
		);
		expect(requestLines(double)).toEqual(['GET /me', `PUT ${RECEIVED}`, `PUT ${RECEIVED}`]);
		expect(double.webhooks).toEqual(EMPTY);
	});

	test('a 400 changed nothing: nothing to put back', async () => {
		double.setFault(RECEIVED, { status: 400, body: { error: 'invalid value' } });
		const run = await new TriggerHost({ double, parameters: TWO_KINDS }).activate();
		expect(run.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to point the "Upon receiving" webhook of the Z-API instance at this workflow: invalid value',
		);
		expect(requestLines(double)).toEqual(['GET /me', `PUT ${RECEIVED}`]);
	});

	test('the sent-by-me flag failing with a 500: the flag is turned back off, then the URL put back', async () => {
		double.setFault('/update-notify-sent-by-me', { status: 500, afterWork: true });
		const run = await new TriggerHost({
			double,
			parameters: { events: ['messageSentByMe'], ignoreOwnMessages: false },
		}).activate();
		expect(run.error?.message).toMatch(
			/^Z-API failed \(HTTP 500\) when trying to turn on the "notify sent by me" setting/,
		);
		expect(
			double.webhookLog.map(({ kind, to }) => [kind, typeof to === 'string' ? to !== '' : to]),
		).toEqual([
			['received', true],
			['sentByMe', true],
			['sentByMe', false],
			['received', false],
		]);
		expect(double.webhooks).toEqual(EMPTY);
	});

	test('GET /me not showing the new address afterwards is a failure, undone', async () => {
		double.setFault('/me', { skip: 1, body: { receivedCallbackUrl: 'https://other.example/x' } });
		const run = await new TriggerHost({
			double,
			parameters: { events: ['participantAdded'] },
		}).activate();
		expect(run.error?.message).toBe(
			'Z-API accepted the change of the "Upon receiving" webhook but does not show it (GET /me)',
		);
		expect(requestLines(double)).toEqual([
			'GET /me',
			`PUT ${RECEIVED}`,
			'GET /me',
			`PUT ${RECEIVED}`,
		]);
		expect(double.webhooks.received).toBe('');
	});

	test('what cannot be put back is named in the error', async () => {
		double.setFault(CONNECTED, { status: 200, body: { value: false } });
		double.setFault(RECEIVED, { skip: 1, status: 400, body: { error: 'no' } });
		const run = await new TriggerHost({ double, parameters: TWO_KINDS }).activate();
		expect(run.error?.description).toMatch(
			/ The trigger could not put back the "Upon receiving" webhook: check it in the Z-API panel\.$/,
		);
		expect(run.logs).toContain(
			'could not undo: Z-API rejected the request (HTTP 400) when trying to put back',
		);
		expectNoLeak(run.text, double);
	});
});

describe('an instance whose GET /me leaves the callback fields out', () => {
	test('registers, cannot confirm it at restart (so sets it again), and leaves it at deactivation', async () => {
		double.config.meWithoutCallbackFields = true;
		const host = new TriggerHost({ double, parameters: { events: ['participantAdded'] } });
		expect((await host.activate()).error).toBeUndefined();
		expect((await host.activate('init')).calls).toEqual(['checkExists', 'create']);
		double.requests.length = 0;
		const off = await host.deactivate();
		expect(off.error).toBeUndefined();
		expect(requestLines(double)).toEqual(['GET /me']);
		expect(host.nodeData?.records).toBeUndefined();
		expect(off.logs).toContain(
			'Z-API Trigger: Z-API\'s GET /me does not show the "Upon receiving" webhook: left as it is',
		);
	});
});

describe('delete', () => {
	test('run twice: the second finds nothing recorded and sends nothing', async () => {
		const host = new TriggerHost({ double, parameters: TWO_KINDS });
		await host.activate();
		await host.deactivate();
		double.requests.length = 0;
		const again = await host.deactivate();
		expect(again.error).toBeUndefined();
		expect(double.requests).toHaveLength(0);
	});

	test('with stale static data (records already put back): reads /me, changes nothing that is not ours', async () => {
		const host = new TriggerHost({ double, parameters: { events: ['participantAdded'] } });
		await host.activate();
		const stale = JSON.parse(JSON.stringify(host.db));
		await host.deactivate();
		double.webhooks.received = 'https://new.example/hook';
		host.db = stale;
		double.requests.length = 0;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(requestLines(double)).toEqual(['GET /me']);
		expect(double.webhooks.received).toBe('https://new.example/hook');
	});

	test('Z-API down: deactivation still works, the records stay, and the next delete puts the webhook back', async () => {
		const host = new TriggerHost({ double, parameters: { events: ['participantAdded'] } });
		await host.activate();
		const secret = secretOf(host);
		double.setFault('/me', { status: 503, times: Infinity });
		const down = await host.deactivate();
		expect(down.error).toBeUndefined();
		expect(down.logs).toContain(
			'Z-API Trigger: could not restore the Z-API webhooks: Z-API failed (HTTP 503) when trying to read the webhook settings of the Z-API instance (GET /me)',
		);
		expect(host.nodeData?.records).toBeDefined();
		expectNoLeak(down.text, double, [secret]);
		double.clearFaults();
		expect((await host.deactivate()).error).toBeUndefined();
		expect(double.webhooks.received).toBe('');
	});

	test('a refused {"value": ""} is logged, never thrown, and kept for later', async () => {
		const host = new TriggerHost({ double, parameters: { events: ['participantAdded'] } });
		await host.activate();
		double.config.refuseEmptyWebhook = true;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(run.logs).toContain('could not put back: Z-API rejected the request (HTTP 400)');
		expect(Object.keys(host.nodeData?.records ?? {})).toEqual(['received']);
	});

	test('the credential now points at another instance: nothing is sent to either, the records are dropped', async () => {
		const host = new TriggerHost({ double, parameters: { events: ['participantAdded'] } });
		await host.activate();
		host.setup = { ...host.setup, credentials: { instanceId: 'ANOTHERINSTANCE' } };
		double.requests.length = 0;
		const run = await host.deactivate();
		expect(run.error).toBeUndefined();
		expect(double.requests).toHaveLength(0);
		expect(run.logs).toContain('the credential now points at another Z-API instance');
		expect(host.nodeData?.records).toBeUndefined();
	});
});
