/**
 * No URL, instance token or client token in anything a user or a log sees. The error table in
 * test/nodes/ZApi/transport/errors.test.ts scans every failure; this file checks the scan itself and
 * the successful and input-error paths.
 */
import { CREATE_GROUP, expectNoSecrets, runZApi, useZApiDouble } from './helpers/scenario';

const CLIENT_TOKEN = 'CLIENTSECRET42';
const double = useZApiDouble({ clientToken: CLIENT_TOKEN });

test('the scan finds a token, a client token and a URL with a token', () => {
	expect(() => expectNoSecrets(`x ${double.config.instanceToken} y`, double)).toThrow();
	expect(() => expectNoSecrets(`x ${CLIENT_TOKEN} y`, double)).toThrow();
	expect(() => expectNoSecrets('GET /instances/ID/token/OTHER/status', double)).toThrow();
	expect(() => expectNoSecrets('GET /instances/ID/token/***/status', double)).not.toThrow();
});

test('a successful run shows no secret in its output, run data or logs', async () => {
	const result = await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ name: 'A', participants: '5511988887777', invite: true }],
		credentials: { clientToken: CLIENT_TOKEN },
	});
	expect(result.output()).toHaveLength(1);
	expect(result.logs).toContain('Running node "Z-API" finished successfully');
	expectNoSecrets(result.text, double);
});

test('input errors show no secret', async () => {
	const result = await runZApi(double, {
		parameters: CREATE_GROUP,
		settings: { onError: 'continueRegularOutput' },
		items: [
			{ name: '', participants: '5511988887777', invite: true },
			{ name: 'A', participants: double.config.instanceId, invite: true },
		],
		credentials: { clientToken: CLIENT_TOKEN },
	});
	expect(result.output()).toHaveLength(2);
	expectNoSecrets(result.text, double);
});
