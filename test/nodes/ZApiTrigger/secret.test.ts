import { NodeHelpers } from 'n8n-workflow';

import { ZApiTrigger } from '../../../nodes/ZApiTrigger/ZApiTrigger.node';
import {
	SECRET_PATH_WEBHOOK,
	newSecret,
	publicHostOf,
	sameSecret,
	storedSecret,
	withSecret,
	withSecretInPath,
} from '../../../nodes/ZApiTrigger/secret';
import { WEBHOOK_BASE, triggerNode } from '../../helpers/trigger';

describe('newSecret', () => {
	it('is 64 hex characters (32 random bytes), new each time', () => {
		const secrets = new Set(Array.from({ length: 50 }, () => newSecret()));
		expect(secrets.size).toBe(50);
		for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('withSecret', () => {
	it.each([
		[
			'https://n8n.example.com/webhook/3f1c/zapi',
			'https://n8n.example.com/webhook/3f1c/zapi?secret=abc123',
		],
		[
			'https://n8n.example.com/webhook/3f1c/zapi?secret=old&x=1',
			'https://n8n.example.com/webhook/3f1c/zapi?secret=abc123&x=1',
		],
		['https://n8n.example.com:8443/a/b/', 'https://n8n.example.com:8443/a/b/?secret=abc123'],
	])('%s → %s', (url, expected) => {
		expect(withSecret(url, 'abc123')).toBe(expected);
	});

	it('keeps the secret readable by URLSearchParams, as n8n reads the query', () => {
		const secret = newSecret();
		const url = new URL(withSecret('https://n8n.example.com/webhook/x/zapi', secret));
		expect(url.searchParams.get('secret')).toBe(secret);
	});
});

describe('withSecretInPath', () => {
	const base = 'https://n8n.example.com/webhook/3f1c/zapi';
	const testBase = 'https://n8n.example.com/webhook-test/3f1c/zapi';
	it.each([
		[base, false, 'abc123', 'https://n8n.example.com/webhook/3f1c/3f1c/zapi/abc123'],
		[`${base}/`, false, 'abc123', 'https://n8n.example.com/webhook/3f1c/3f1c/zapi/abc123'],
		[
			`${base}?secret=old`,
			false,
			'abc123',
			'https://n8n.example.com/webhook/3f1c/3f1c/zapi/abc123',
		],
		[testBase, true, 'abc123', 'https://n8n.example.com/webhook-test/3f1c/zapi/abc123'],
		[base, false, 'a/b c', 'https://n8n.example.com/webhook/3f1c/3f1c/zapi/a%2Fb%20c'],
	])('%s (test: %s) with %s → %s', (url, test, secret, expected) => {
		expect(withSecretInPath(url, secret, test)).toBe(expected);
	});

	it("matches the path webhook n8n registers: the node's id, then zapi/:secret; no webhook methods of its own", () => {
		const node = triggerNode({});
		const webhooks = new ZApiTrigger().description.webhooks!;
		const path = webhooks.find((hook) => hook.name === SECRET_PATH_WEBHOOK)!;
		expect(NodeHelpers.getNodeWebhookPath('wf', node, path.path, false, false)).toBe(
			`${node.webhookId}/zapi/:secret`,
		);
		expect(path).toMatchObject({
			httpMethod: 'POST',
			responseMode: 'onReceived',
			ndvHideUrl: true,
		});
		expect(path.isFullPath).toBeUndefined();
		const secret = newSecret();
		const production = `${WEBHOOK_BASE}/${node.webhookId}`;
		expect(withSecretInPath(`${production}/zapi`, secret, false)).toBe(
			`${production}/${node.webhookId}/zapi/${secret}`,
		);
		// n8n runs the webhook methods of a webhook's name: the path webhook must have none.
		expect(Object.keys(new ZApiTrigger().webhookMethods)).toEqual(['default']);
	});
});

describe('sameSecret', () => {
	const secret = 'a'.repeat(64);

	it('accepts the same text only', () => {
		expect(sameSecret(secret, secret)).toBe(true);
		expect(sameSecret(`${'a'.repeat(63)}b`, secret)).toBe(false);
		expect(sameSecret('a', secret)).toBe(false);
		expect(sameSecret(`${secret}a`, secret)).toBe(false);
		expect(sameSecret(secret.toUpperCase(), secret)).toBe(false);
		expect(sameSecret('', secret)).toBe(false);
	});

	it.each([undefined, null, 42, [secret], [secret, secret], { secret }])(
		'refuses %j (absent, repeated or not text)',
		(given) => {
			expect(sameSecret(given, secret)).toBe(false);
		},
	);

	it('never accepts anything when nothing is expected', () => {
		expect(sameSecret('', '')).toBe(false);
		expect(sameSecret('x', '')).toBe(false);
	});
});

describe('publicHostOf', () => {
	it.each([
		['https://other.example/zapi?token=SECRET', 'other.example'],
		['https://user:pass@other.example:8443/instances/ID/token/T', 'other.example:8443'],
		['not a url', 'an address that is not a URL'],
		['', 'an address that is not a URL'],
	])('%s → %s', (url, host) => {
		expect(publicHostOf(url)).toBe(host);
	});
});

describe('storedSecret', () => {
	it.each([
		[{ secret: 'abc' }, 'abc'],
		[{ secret: '' }, undefined],
		[{ secret: 12 }, undefined],
		[{}, undefined],
	])('%j → %j', (staticData, expected) => {
		expect(storedSecret(staticData)).toBe(expected);
	});
});
