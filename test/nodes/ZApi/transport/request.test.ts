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
