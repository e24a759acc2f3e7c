import {
	credentialProblem,
	instanceUrl,
	maskSecrets,
	publicHost,
	readCredentials,
} from '../../../../nodes/ZApi/transport/credentials';

const credentials = readCredentials({
	instanceId: ' 3C4B8F2A9D1E7F6A ',
	instanceToken: '\tA1B2C3D4E5F6A7B8C9D0\n',
	clientToken: ' F7e6d5c4b3a2 ',
	baseUrl: ' https://proxy.example.com/zapi/// ',
});

test('readCredentials trims every field and the trailing slashes of the Base URL', () => {
	expect(credentials).toEqual({
		instanceId: '3C4B8F2A9D1E7F6A',
		instanceToken: 'A1B2C3D4E5F6A7B8C9D0',
		clientToken: 'F7e6d5c4b3a2',
		baseUrl: 'https://proxy.example.com/zapi',
	});
});

test('an empty Base URL means Z-API itself', () => {
	expect(readCredentials({ instanceId: 'i', instanceToken: 't', baseUrl: '  ' }).baseUrl).toBe(
		'https://api.z-api.io',
	);
});

test('a number from an expression in a credential field is read as its digits, not as empty', () => {
	const numeric = readCredentials({ instanceId: 3991002, instanceToken: 't0k3n' });
	expect(numeric.instanceId).toBe('3991002');
	expect(credentialProblem(numeric)).toBeUndefined();
});

test('instanceUrl follows Z-API: {base}/instances/{id}/token/{token}', () => {
	expect(instanceUrl(credentials)).toBe(
		'https://proxy.example.com/zapi/instances/3C4B8F2A9D1E7F6A/token/A1B2C3D4E5F6A7B8C9D0',
	);
});

test.each(['https://api.z-api.io', 'http://127.0.0.1:8080', 'https://proxy.example.com/zapi'])(
	'credentialProblem finds nothing wrong with an ID, a token and the Base URL %s',
	(baseUrl) => {
		expect(
			credentialProblem(readCredentials({ instanceId: 'i', instanceToken: 't', baseUrl })),
		).toBe(undefined);
	},
);

const NO_ID =
	'The Z-API credential has no Instance ID: fill it in with the ID of your instance (Z-API panel → Instances → your instance)';
const NO_TOKEN =
	'The Z-API credential has no Instance Token: fill it in with the token shown next to the Instance ID (Z-API panel → Instances → your instance)';
const INSTANCE_PATH =
	"The Z-API credential's Base URL contains the path of an instance (/instances/…): keep only its start, https://api.z-api.io, and put the Instance ID and Token in their own fields";
const NOT_HTTP =
	"The Z-API credential's Base URL is not an http:// or https:// address: use https://api.z-api.io (or leave it empty), or the full address of your proxy";

test.each([
	[{ instanceToken: 't' }, NO_ID],
	[{ instanceId: ' \t', instanceToken: 't' }, NO_ID],
	[{ instanceId: 'i', instanceToken: '' }, NO_TOKEN],
	[{ instanceId: 'i', instanceToken: '\n ' }, NO_TOKEN],
	[{ instanceId: '', instanceToken: '' }, NO_ID],
	[{ instanceId: 'i', instanceToken: 't', baseUrl: 'api.z-api.io' }, NOT_HTTP],
	[{ instanceId: 'i', instanceToken: 't', baseUrl: 'ftp://api.z-api.io' }, NOT_HTTP],
	[{ instanceId: 'i', instanceToken: 't', baseUrl: 'https://' }, NOT_HTTP],
	[{ instanceId: 'i', instanceToken: 't', baseUrl: 'https://api z-api.io' }, NOT_HTTP],
	// Pasted from the panel with the token in it: the message must not quote it.
	[
		{ instanceId: 'i', instanceToken: 't', baseUrl: 'api.z-api.io/instances/I/token/SECRET' },
		NOT_HTTP,
	],
	[
		{
			instanceId: 'i',
			instanceToken: 't',
			baseUrl: 'https://api.z-api.io/instances/I/token/SECRET/',
		},
		INSTANCE_PATH,
	],
])('credentialProblem(%j): %s', (data, message) => {
	expect(credentialProblem(readCredentials(data))).toBe(message);
});

test.each([
	['the instance token', 'token A1B2C3D4E5F6A7B8C9D0 expired', 'token *** expired'],
	['the client token', 'header F7e6d5c4b3a2 refused', 'header *** refused'],
	[
		'a URL with the token',
		'GET https://api.z-api.io/instances/ID/token/ANOTHERTOKEN/status failed',
		'GET https://api.z-api.io/instances/ID/token/***/status failed',
	],
	['a token in a query', '/token/SECRET?x=1', '/token/***?x=1'],
])('maskSecrets hides %s', (_what, text, masked) => {
	expect(maskSecrets(text, credentials)).toBe(masked);
});

test('maskSecrets leaves ordinary text alone and does not mask very short values', () => {
	const short = readCredentials({ instanceId: 'i', instanceToken: 'ab', clientToken: '' });
	expect(maskSecrets('a table about abc', short)).toBe('a table about abc');
});

test('publicHost names only the host, never the path that carries the token', () => {
	expect(publicHost(credentials)).toBe('proxy.example.com');
	expect(publicHost(readCredentials({ baseUrl: 'not a url' }))).toBe('the Base URL');
});
