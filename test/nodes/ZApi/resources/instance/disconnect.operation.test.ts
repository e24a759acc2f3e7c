/** Instance → Disconnect: GET /disconnect, whose answer Z-API does not document. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'instance', operation: 'disconnect' };
const MAY_HAVE_DISCONNECTED =
	'The number may have been disconnected anyway: check it with Instance → Get Status before you run this again.';

describe('Instance → Disconnect', () => {
	test('GET /disconnect, no body; WhatsApp is disconnected; output { disconnected: true }', async () => {
		const result = await runZApi(double, { parameters });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/disconnect');
		expect(request.query).toEqual({});
		expect(request.rawBody).toBe('');
		expect(double.config.connected).toBe(false);
		expect(result.output()).toEqual([{ json: { disconnected: true }, pairedItem: { item: 0 } }]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		['an empty answer', { body: '', contentType: 'application/json' }],
		['an empty JSON object', { body: {} }],
		['{"value": true}', { body: { value: true } }],
	])('%s is a success (Z-API documents none)', async (_form, fault) => {
		double.setFault('/disconnect', { status: 200, ...fault });
		const result = await runZApi(double, { parameters });
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toEqual({ disconnected: true });
	});

	test('{"value": false} is a failure', async () => {
		double.setFault('/disconnect', { status: 200, body: { value: false } });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			'Z-API did not confirm when trying to disconnect the instance (it answered "value": false)',
		);
		expect(result.error?.name).toBe('NodeApiError');
	});

	test('an error in a 200 answer is a failure with Z-API’s words', async () => {
		double.setFault('/disconnect', { status: 200, body: { error: 'Instance busy' } });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe('Z-API could not disconnect the instance: Instance busy');
	});

	test('a lost answer is not "only a read": the GET disconnects, so it may have been done', async () => {
		double.setFault('/disconnect', { reset: 'before' });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()[0].json).toEqual({
			error: expect.stringMatching(
				new RegExp(
					`when trying to disconnect the instance\\. ${MAY_HAVE_DISCONNECTED.replace(/[.()→]/g, '\\$&')}$`,
				),
			),
			mayHaveReachedZApi: true,
		});
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		double.setFault('/disconnect', { status: 500, body: { error: 'Internal error' }, skip: 1 });
		const result = await runZApi(double, {
			parameters,
			items: [{}, {}, {}],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json).toEqual({ disconnected: true });
		expect(output[1].json).toEqual({
			error: `Z-API failed (HTTP 500) when trying to disconnect the instance: Internal error. ${MAY_HAVE_DISCONNECTED}`,
			mayHaveReachedZApi: true,
		});
		expect(output[2].json).toEqual({ disconnected: true });
		expectNoSecrets(result.text, double);
	});
});
