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
