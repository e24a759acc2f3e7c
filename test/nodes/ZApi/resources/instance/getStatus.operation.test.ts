/** Instance → Get Status: whether WhatsApp is connected, with Z-API's words as they are. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'instance', operation: 'getStatus' };

describe('Instance → Get Status', () => {
	test('GET /status, no body; output { connected, smartphoneConnected, error }', async () => {
		const result = await runZApi(double, { parameters });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/status');
		expect(request.query).toEqual({});
		expect(request.rawBody).toBe('');
		expect(request.headers['client-token']).toBe('CLIENTTOKEN0001SECRET');
		expect(result.output()).toEqual([
			{
				json: { connected: true, smartphoneConnected: true, error: 'You are already connected' },
				pairedItem: { item: 0 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('a disconnected instance is a status, not a failure: Z-API’s error text is data here', async () => {
		double.config.connected = false;
		const result = await runZApi(double, { parameters });
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toEqual({
			connected: false,
			smartphoneConnected: false,
			error: 'You are not connected',
		});
	});

	test('Z-API’s other words, and fields it leaves out, come out as they are (null when missing)', async () => {
		double.setFault('/status', {
			status: 200,
			body: { connected: false, error: 'You need to restore the session.' },
		});
		const result = await runZApi(double, { parameters });
		expect(result.output()[0].json).toEqual({
			connected: false,
			smartphoneConnected: null,
			error: 'You need to restore the session.',
		});
	});

	test('only the documented fields are output: nothing else Z-API adds, a token least of all', async () => {
		double.setFault('/status', {
			status: 200,
			body: {
				connected: true,
				error: 'You are already connected.',
				smartphoneConnected: true,
				token: double.config.instanceToken,
			},
		});
		const result = await runZApi(double, { parameters });
		expect(result.output()[0].json).toEqual({
			connected: true,
			smartphoneConnected: true,
			error: 'You are already connected.',
		});
		expect(JSON.stringify(result.output())).not.toContain(double.config.instanceToken);
	});

	test.each([
		[{ error: 'null not allowed' }, 'Z-API refused the request: null not allowed'],
		[{}, 'Z-API answered without the expected data when trying to read the status of the instance'],
		[
			{ connected: 'yes' },
			'Z-API answered without the expected data when trying to read the status of the instance',
		],
	])('a 200 answer %j without a boolean connected is a failure', async (body, message) => {
		double.setFault('/status', { status: 200, body });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeApiError');
	});

	test('a wrong Client Token is Z-API’s refusal, with no secret anywhere', async () => {
		const result = await runZApi(double, {
			parameters,
			credentials: { clientToken: 'WRONGCLIENTTOKEN' },
		});
		expect(result.error?.message).toBe('Z-API refused the request: Client-Token not allowed');
		expectNoSecrets(result.text, double, ['WRONGCLIENTTOKEN']);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		double.setFault('/status', { status: 500, body: { error: 'Internal error' }, skip: 1 });
		const result = await runZApi(double, {
			parameters,
			items: [{}, {}, {}],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.connected).toBe(true);
		expect(output[1].json).toEqual({
			error:
				'Z-API failed (HTTP 500) when trying to read the status of the instance: Internal error',
		});
		expect(output[2].json.connected).toBe(true);
		expectNoSecrets(result.text, double);
	});
});
