import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { NodeOperationError } from 'n8n-workflow';

import * as credentialsModule from '../../../../nodes/ZApi/transport/credentials';
import { CREATE_GROUP, expectNoSecrets, runZApi, useZApiDouble } from '../../../helpers/scenario';

const CLIENT_TOKEN = 'CLIENTSECRET42';
const double = useZApiDouble({ clientToken: CLIENT_TOKEN });

const items = ['One', 'Two', 'Three', 'Four', 'Five'].map((name) => ({
	name,
	participants: '5511988887777',
	invite: true,
}));

describe('the credential is read once per pass of the node, not once per request', () => {
	// In n8n each read is a database query and a decryption; reading it for every request (and again
	// inside n8n's helper) more than doubled the time per item (docs/performance.md).
	test('5 items, 6 requests: one read, and every request still carries the instance path and Client-Token', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items,
			credentials: { clientToken: CLIENT_TOKEN },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toHaveLength(5);
		expect(double.requests).toHaveLength(6); // GET /device once, then 5 creates
		expect(result.credentialReads).toBe(1);
		const { instanceId, instanceToken } = double.config;
		for (const request of double.requests) {
			expect(request.url).toBe(
				`/instances/${instanceId}/token/${instanceToken}${request.endpoint}`,
			);
			expect(request.headers['client-token']).toBe(CLIENT_TOKEN);
		}
	});

	test('a pass of Retry On Fail reads it again (the user may have fixed it in between)', async () => {
		double.setFault('/create-group', { status: 400, body: { error: 'phones must be an array' } });
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: items.slice(0, 2),
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			credentials: { clientToken: CLIENT_TOKEN },
		});
		expect(result.error).toBeUndefined();
		expect(result.credentialReads).toBe(2);
		expect(double.count('/create-group')).toBe(3); // the refused create, then both on the retry
		expectNoSecrets(result.text, double);
	});
});

describe("the credential's check (IDs, Base URL) runs once per pass, and still fails every item that needs it", () => {
	const NOT_A_URL =
		"The Z-API credential's Base URL is not an http:// or https:// address: use https://api.z-api.io (or leave it empty), or the full address of your proxy";

	test('5 items, 6 requests: checked once', async () => {
		const check = jest.spyOn(credentialsModule, 'credentialProblem');
		try {
			const result = await runZApi(double, { parameters: CREATE_GROUP, items });
			expect(result.output()).toHaveLength(5);
			expect(double.requests).toHaveLength(6);
			expect(check).toHaveBeenCalledTimes(1);
		} finally {
			check.mockRestore();
		}
	});

	test('On Error: Continue: every item that needs it fails with the same message, nothing is sent', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			// The first item fails before it needs the credential: the second is the first to need it.
			items: [{ ...items[0], name: '' }, ...items.slice(1, 3)],
			settings: { onError: 'continueRegularOutput' },
			credentials: { baseUrl: 'api.z-api.io' },
		});
		expect(result.output().map((item) => [item.json.error, item.pairedItem])).toEqual([
			[expect.stringMatching(/^Group Name is empty/), { item: 0 }],
			[NOT_A_URL, { item: 1 }],
			[NOT_A_URL, { item: 2 }],
		]);
		expect(double.requests).toEqual([]);
	});

	test('without On Error: Continue, the node fails on the first item, index 0', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items,
			credentials: { baseUrl: 'api.z-api.io' },
		});
		expect(result.error?.message).toBe(NOT_A_URL);
		expect((result.error as NodeOperationError).context.itemIndex).toBe(0);
		expect(double.requests).toEqual([]);
	});

	test('a pass of Retry On Fail checks it again', async () => {
		double.setFault('/create-group', { status: 400, body: { error: 'phones must be an array' } });
		const check = jest.spyOn(credentialsModule, 'credentialProblem');
		try {
			const result = await runZApi(double, {
				parameters: CREATE_GROUP,
				items: items.slice(0, 2),
				settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			});
			expect(result.error).toBeUndefined();
			expect(check).toHaveBeenCalledTimes(2);
		} finally {
			check.mockRestore();
		}
	});
});

describe('a redirect is answered, never followed: the request and its Client-Token stay with the Base URL', () => {
	// Another host, as a redirect of a wrong Base URL or a hostile proxy would name: it must hear nothing.
	const elsewhere: { server?: http.Server; url: string; heard: http.IncomingHttpHeaders[] } = {
		url: '',
		heard: [],
	};
	beforeAll(async () => {
		elsewhere.server = http.createServer((req, res) => {
			elsewhere.heard.push(req.headers);
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ phone: '120363000000000000-group', value: true }));
		});
		await new Promise<void>((resolve) => elsewhere.server!.listen(0, '127.0.0.1', resolve));
		elsewhere.url = `http://127.0.0.1:${(elsewhere.server!.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((resolve) => elsewhere.server!.close(resolve)));
	beforeEach(() => {
		elsewhere.heard = [];
	});

	test.each([
		{ status: 302, endpoint: '/device', action: 'look up the number connected to the instance' },
		{ status: 301, endpoint: '/create-group', action: 'create the group "One"' },
		{ status: 308, endpoint: '/create-group', action: 'create the group "One"' },
	])(
		'$status on $endpoint, with an HTML page, to another host',
		async ({ status, endpoint, action }) => {
			double.setFault(endpoint, {
				status,
				headers: { Location: `${elsewhere.url}/instances/x/token/${double.config.instanceToken}` },
				body: `<html><body>${status} Moved</body></html>`,
			});
			const result = await runZApi(double, {
				parameters: CREATE_GROUP,
				items: items.slice(0, 1),
				credentials: { clientToken: CLIENT_TOKEN },
			});
			expect(result.error?.message).toBe(
				`Z-API answered with a redirect (HTTP ${status}) instead of an answer when trying to ${action}`,
			);
			expect(elsewhere.heard).toEqual([]);
			expect(double.count(endpoint)).toBe(1);
			expect(double.count('/create-group')).toBe(endpoint === '/create-group' ? 1 : 0);
			expectNoSecrets(result.text, double, [elsewhere.url]);
		},
	);
});
