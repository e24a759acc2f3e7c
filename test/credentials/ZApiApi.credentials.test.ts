import type { IHttpRequestOptions } from 'n8n-workflow';

import { ZApiApi } from '../../credentials/ZApiApi.credentials';
import { instanceUrl, readCredentials } from '../../nodes/ZApi/transport/credentials';
import { testCredential } from '../helpers/credentialTest';
import { useZApiDouble } from '../helpers/scenario';

const credential = new ZApiApi();

describe('the Z-API credential (zApiApi)', () => {
	test('asks for its fields, tokens hidden, with help on where to find them', () => {
		expect(credential.name).toBe('zApiApi');
		expect(
			credential.properties.map(({ name, required, typeOptions, default: fallback }) => ({
				name,
				required: required ?? false,
				password: typeOptions?.password ?? false,
				default: fallback,
			})),
		).toEqual([
			{ name: 'instanceId', required: true, password: false, default: '' },
			{ name: 'instanceToken', required: true, password: true, default: '' },
			{ name: 'clientToken', required: false, password: true, default: '' },
			{ name: 'defaultCountryCode', required: false, password: false, default: '' },
			{ name: 'baseUrl', required: false, password: false, default: 'https://api.z-api.io' },
		]);
		// Where each value is found: in the tooltip, and in a hint shown under the field.
		for (const property of credential.properties.slice(0, 3)) {
			expect(property.description).toMatch(/Z-API panel/);
			expect(property.hint).toMatch(/^Z-API panel → .+\.$/);
		}
	});

	describe('authenticate', () => {
		const request: IHttpRequestOptions = {
			url: 'https://api.z-api.io/x',
			headers: { Accept: 'application/json' },
		};

		test.each([[{ clientToken: '' }], [{ clientToken: '   ' }], [{}]])(
			'adds no Client-Token header for %j',
			async (extra) => {
				const result = await credential.authenticate(
					{ instanceId: 'i', instanceToken: 't', ...extra },
					request,
				);
				expect(result.headers).toEqual({ Accept: 'application/json' });
			},
		);

		test('adds the trimmed client token as Client-Token and keeps the other headers', async () => {
			const result = await credential.authenticate(
				{ instanceId: 'i', instanceToken: 't', clientToken: ' F0123456789 ' },
				request,
			);
			expect(result.headers).toEqual({ Accept: 'application/json', 'Client-Token': 'F0123456789' });
			expect(request.headers).toEqual({ Accept: 'application/json' });
		});
	});
});

describe('the credential test (what n8n runs on Save), against the Z-API double', () => {
	const double = useZApiDouble();

	const data = (overrides: Record<string, string> = {}) => ({
		instanceId: double.config.instanceId,
		instanceToken: double.config.instanceToken,
		clientToken: '',
		baseUrl: double.url,
		...overrides,
	});

	test('a connected instance passes, with one GET /status to the instance URL', async () => {
		expect(await testCredential(data())).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(double.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
			`GET /instances/${double.config.instanceId}/token/${double.config.instanceToken}/status`,
		]);
	});

	test('spaces around the values and trailing slashes on the Base URL are tolerated', async () => {
		const result = await testCredential(
			data({
				instanceId: ` ${double.config.instanceId} `,
				instanceToken: `${double.config.instanceToken}\n`,
				baseUrl: ` ${double.url}// `,
			}),
		);
		expect(result.status).toBe('OK');
		expect(double.requests[0].url).toBe(
			`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/status`,
		);
	});

	// The credential's test builds its URL as an n8n expression; the node with instanceUrl. Both must
	// reach the same address for whatever users paste.
	test.each([
		['as pasted', {}],
		[
			'spaces, a line break and slashes',
			{ instanceId: ' ID1 ', instanceToken: 'T1\n', baseUrl: ' {url}// ' },
		],
		['an ID with a character that needs encoding', { instanceId: 'A B/C', instanceToken: 'T+1' }],
	])('the test request and the node build the same instance URL: %s', async (_, overrides) => {
		const values = { ...data(), ...overrides } as Record<string, string>;
		values.baseUrl = values.baseUrl.replace('{url}', double.url);
		const nodeUrl = instanceUrl(readCredentials(values));
		await testCredential(values);
		expect(double.requests).toHaveLength(1);
		expect(`${double.url}${double.requests[0].url}`).toBe(`${nodeUrl}/status`);
	});

	test('an instance whose WhatsApp is not connected fails, telling the user to scan the QR code', async () => {
		double.config.connected = false;
		// n8n shows it under its own "Couldn’t connect with these settings": the message says why.
		expect(await testCredential(data())).toEqual({
			status: 'Error',
			message:
				'Z-API accepted these credentials, but WhatsApp is not connected to this instance, so the node cannot send anything yet: that is why n8n says it could not connect. Scan the QR code in the Z-API panel with the phone, then click Retry.',
		});
	});

	test('a wrong instance token fails with a message about the ID and token, and the Client Token', async () => {
		const result = await testCredential(data({ instanceToken: 'WRONGTOKEN' }));
		expect(result).toEqual({
			status: 'Error',
			message:
				'Z-API did not accept these credentials. Copy the Instance ID and Instance Token again from the Z-API panel (Instances → your instance); if account security is on, check the Client Token too (Security). Check the Base URL if you changed it.',
		});
	});

	test('a wrong client token (Z-API: 403 "Client-Token not allowed") points at the Client Token', async () => {
		double.config.clientToken = 'CLIENTSECRET42';
		expect(await testCredential(data({ clientToken: 'WRONGSECRET' }))).toEqual({
			status: 'Error',
			message:
				'Z-API says "Client-Token not allowed": the Client Token is wrong. Copy the account security token again from the Z-API panel (Security); it is not the Instance Token.',
		});
		expect(double.requests[0].headers['client-token']).toBe('WRONGSECRET');
		// The same answer on its own, as Z-API sends it.
		double.config.clientToken = '';
		double.setFault('/status', { status: 403, body: { error: 'Client-Token not allowed' } });
		expect((await testCredential(data())).message).toMatch(
			/^Z-API says "Client-Token not allowed"/,
		);
	});

	test('the client token is sent when filled, and a missing one is explained', async () => {
		double.config.clientToken = 'CLIENTSECRET42';
		expect(await testCredential(data({ clientToken: 'CLIENTSECRET42' }))).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(double.requests[0].headers['client-token']).toBe('CLIENTSECRET42');

		// Z-API answers a missing one with {"error": "null not allowed"} (the double with HTTP 400).
		expect(await testCredential(data())).toEqual({
			status: 'Error',
			message: expect.stringMatching(/^Z-API says "null not allowed": account security is on/),
		});
		expect(double.requests[1].headers).not.toHaveProperty('client-token');
	});

	test.each([
		[
			{ error: 'null not allowed' },
			/^Z-API says "null not allowed": account security is on, so fill in the Client Token/,
		],
		[
			{ error: 'your client-token is not configured' },
			/^Z-API says "your client-token is not configured": check the Client Token/,
		],
	])('a 200 answer %j explains the client token', async (body, message) => {
		double.setFault('/status', { status: 200, body });
		const result = await testCredential(data());
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
	});

	test.each([
		[401, { error: 'Unauthorized' }],
		[403, {}],
		[404, { error: 'Instance not found' }],
		[500, { error: 'Internal error' }],
		[502, '<html><body>Bad Gateway</body></html>'],
	])(
		'HTTP %i (%j) fails with the credentials message, whatever the n8n version',
		async (status, body) => {
			double.setFault('/status', { status, body });
			expect(await testCredential(data())).toEqual({
				status: 'Error',
				message: expect.stringMatching(/^Z-API did not accept these credentials\./),
			});
			expect(double.count('/status')).toBe(1);
		},
	);
});
