/**
 * The Z-API double's webhook side, which the registration, end-to-end and demo tests rely on: the
 * setters, `GET /me`, the log of changes, and deliveries to the registered URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { useZApiDouble } from '../../helpers/scenario';

const double = useZApiDouble({ webhooks: { connected: 'https://initial.example/c' } });

function instance(endpoint: string) {
	return `${double.url}/instances/${double.config.instanceId}/token/${double.config.instanceToken}${endpoint}`;
}

async function send(method: string, endpoint: string, body?: unknown) {
	const response = await fetch(instance(endpoint), {
		method,
		headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A stand-in for n8n's webhook port: records each call, answers 200 {"ok": true}. */
const received: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
let origin = '';
const server = http.createServer((req, res) => {
	let body = '';
	req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
	req.on('end', () => {
		received.push({ url: req.url ?? '', headers: req.headers, body });
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end('{"ok":true}');
	});
});
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => (received.length = 0));
afterAll(async () => await new Promise((resolve) => server.close(resolve)));

describe('setters and GET /me', () => {
	test('a setter changes its kind, answers {"value": true} and logs the change; /me shows every field and the token', async () => {
		expect(
			await send('PUT', '/update-webhook-chat-presence', { value: 'https://a.example/p' }),
		).toEqual({
			status: 200,
			body: { value: true },
		});
		const me = await send('GET', '/me');
		expect(me.body).toMatchObject({
			id: double.config.instanceId,
			token: double.config.instanceToken,
			receivedCallbackUrl: '',
			deliveryCallbackUrl: '',
			messageStatusCallbackUrl: '',
			connectedCallbackUrl: 'https://initial.example/c',
			disconnectedCallbackUrl: '',
			presenceChatCallbackUrl: 'https://a.example/p',
			receiveCallbackSentByMe: false,
			initialDataCallbackUrl: '',
		});
		expect(double.webhookLog).toEqual([
			{ at: expect.any(Number), kind: 'chatPresence', from: '', to: 'https://a.example/p' },
		]);
	});

	test('http:// is refused (Z-API accepts only https), "" clears unless refuseEmptyWebhook, a bad body is a 400', async () => {
		expect(await send('PUT', '/update-webhook-connected', { value: 'http://a.example/' })).toEqual({
			status: 400,
			body: { error: 'Z-API does not accept webhooks that are not HTTPS' },
		});
		expect((await send('PUT', '/update-webhook-connected', { value: '' })).status).toBe(200);
		expect(double.webhooks.connected).toBe('');
		double.config.refuseEmptyWebhook = true;
		expect((await send('PUT', '/update-webhook-connected', { value: '' })).status).toBe(400);
		expect(
			(await send('PUT', '/update-webhook-connected', { url: 'https://a.example' })).body,
		).toEqual({
			error: 'value is required',
		});
		expect((await send('POST', '/update-webhook-connected', { value: '' })).status).toBe(405);
	});

	test('the sent-by-me flag needs a received webhook ({"value": false} otherwise)', async () => {
		expect((await send('PUT', '/update-notify-sent-by-me', { notifySentByMe: true })).body).toEqual(
			{
				value: false,
			},
		);
		await send('PUT', '/update-webhook-received', { value: 'https://a.example/r' });
		expect((await send('PUT', '/update-notify-sent-by-me', { notifySentByMe: true })).body).toEqual(
			{
				value: true,
			},
		);
		expect(double.webhooks.sentByMe).toBe(true);
	});

	test('reset() brings back the initial webhooks and empties the log; config.webhooks is the same object', async () => {
		await send('PUT', '/update-webhook-received', { value: 'https://a.example/r' });
		const state = double.webhooks;
		double.reset();
		expect(double.webhooks).toBe(state);
		expect(double.config.webhooks).toBe(state);
		expect(state.received).toBe('');
		expect(state.connected).toBe('https://initial.example/c');
		expect(double.webhookLog).toEqual([]);
	});

	test('webhooks can be set while WhatsApp is disconnected', async () => {
		double.config.connected = false;
		expect(
			(await send('PUT', '/update-webhook-received', { value: 'https://a.example/r' })).status,
		).toBe(200);
	});
});

describe('deliver and deliverTo', () => {
	test('deliver POSTs to the registered URL with its origin swapped, path and query kept', async () => {
		double.webhooks.received = 'https://n8n.e2e.invalid/webhook/abc/zapi?secret=s3cr3t';
		const answer = await double.deliver(
			'received',
			{ type: 'ReceivedCallback', phone: '1' },
			{ origin },
		);
		expect(answer).toEqual({ status: 200, body: '{"ok":true}' });
		expect(received).toHaveLength(1);
		expect(received[0].url).toBe('/webhook/abc/zapi?secret=s3cr3t');
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(JSON.parse(received[0].body)).toEqual({ type: 'ReceivedCallback', phone: '1' });
	});

	test('a fromMe message is not sent while the flag is off (unless forced); a fromMe notification is', async () => {
		double.webhooks.received = 'https://n8n.e2e.invalid/webhook/abc/zapi';
		const own = { type: 'ReceivedCallback', fromMe: true, text: { message: 'hi' } };
		expect(await double.deliver('received', own, { origin })).toEqual({
			status: 0,
			body: '',
			skipped: true,
		});
		expect((await double.deliver('received', own, { origin, force: true })).status).toBe(200);
		const note = { ...own, notification: 'GROUP_PARTICIPANT_ADD' };
		expect((await double.deliver('received', note, { origin })).status).toBe(200);
		expect(received).toHaveLength(2);
	});

	test('deliver throws when nothing is registered for the kind', async () => {
		await expect(double.deliver('delivery', {}, { origin })).rejects.toThrow(
			'no delivery webhook is registered on the double',
		);
	});

	test('deliverTo sends a forged call as it is: a string body, extra headers', async () => {
		const answer = await double.deliverTo(`${origin}/webhook/abc/zapi?secret=wrong`, 'not json', {
			'X-Test': '1',
		});
		expect(answer.status).toBe(200);
		expect(received[0]).toMatchObject({ url: '/webhook/abc/zapi?secret=wrong', body: 'not json' });
		expect(received[0].headers['x-test']).toBe('1');
	});
});
