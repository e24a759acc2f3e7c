import {
	newSecret,
	publicHostOf,
	sameSecret,
	storedSecret,
	withSecret,
} from '../../../nodes/ZApiTrigger/secret';

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
