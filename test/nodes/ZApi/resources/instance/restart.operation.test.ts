/** Instance → Restart: GET /restart, confirmed by `{"value": true}`; the QR code is not needed again. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'instance', operation: 'restart' };
const MAY_HAVE_RESTARTED =
	'The instance may have restarted anyway: check it with Instance → Get Status before you run this again.';

describe('Instance → Restart', () => {
	test('GET /restart, no body; output { restarted: true }, even while WhatsApp is disconnected', async () => {
		double.config.connected = false;
		const result = await runZApi(double, { parameters });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/restart');
		expect(request.query).toEqual({});
		expect(request.rawBody).toBe('');
		expect(result.output()).toEqual([{ json: { restarted: true }, pairedItem: { item: 0 } }]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		[{ value: false }, 'false'],
		[{ value: 'true' }, '"true"'],
	])('an answer %j is a failure, not a success', async (body, shown) => {
		double.setFault('/restart', { status: 200, body });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			`Z-API did not confirm the restart when trying to restart the instance (it answered "value": ${shown})`,
		);
		expect(result.error?.name).toBe('NodeApiError');
	});

	test('an answer without value may have restarted it anyway, and says so', async () => {
		double.setFault('/restart', { status: 200, body: {} });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			`Z-API answered without the expected data when trying to restart the instance. ${MAY_HAVE_RESTARTED}`,
		);
	});

	test('a lost answer is not "only a read": the GET restarts, so it may have been done', async () => {
		double.setFault('/restart', { delayMs: 1500, status: 200, body: { value: true } });
		const result = await runZApi(double, {
			parameters: { ...parameters, options: { timeout: 300 } },
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()[0].json).toEqual({
			error: `Z-API did not answer within 300 ms when trying to restart the instance. ${MAY_HAVE_RESTARTED}`,
			mayHaveReachedZApi: true,
		});
		expect(result.text).not.toContain('The request only reads');
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		double.setFault('/restart', { status: 400, body: { error: 'Instance not ready' }, skip: 1 });
		const result = await runZApi(double, {
			parameters,
			items: [{}, {}, {}],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: { restarted: true }, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to restart the instance: Instance not ready',
				},
				pairedItem: { item: 1 },
			},
			{ json: { restarted: true }, pairedItem: { item: 2 } },
		]);
		expectNoSecrets(result.text, double);
	});
});
