import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'sendLocation',
	phone: '={{ $json.to }}',
	title: '={{ $json.title }}',
	address: '={{ $json.address }}',
	latitude: '={{ $json.lat }}',
	longitude: '={{ $json.lng }}',
	additionalFields: { messageId: '={{ $json.replyTo }}', delayMessage: '={{ $json.delay }}' },
};

const ADDRESS = 'Av. Paulista, 1000, Bela Vista, São Paulo, SP, 01310-100';
const item = {
	to: '5511988887777',
	title: 'Z-API Office',
	address: ADDRESS,
	lat: '-23.5613',
	lng: '-46.6565',
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-location');

describe('Message → Send Location', () => {
	test('POST /send-location; latitude and longitude sent as strings, as written', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [
				item,
				{ ...item, to: group, lat: -23.5613, lng: 180, replyTo: '3EB0C767D26A1D8A5A4F', delay: 2 },
				{ ...item, lat: ' -23,5613 ', lng: '+46.6565' },
				{ ...item, lat: 90, lng: '-180' },
				{ ...item, lat: 0.0000001, lng: '0' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.method)).toEqual([
			'POST',
			'POST',
			'POST',
			'POST',
			'POST',
		]);
		expect(sends().map((request) => request.body)).toEqual([
			{
				phone: '5511988887777',
				title: 'Z-API Office',
				address: ADDRESS,
				latitude: '-23.5613',
				longitude: '-46.6565',
			},
			{
				phone: group,
				title: 'Z-API Office',
				address: ADDRESS,
				latitude: '-23.5613',
				longitude: '180',
				messageId: '3EB0C767D26A1D8A5A4F',
				delayMessage: 2,
			},
			expect.objectContaining({ latitude: '-23.5613', longitude: '46.6565' }),
			expect.objectContaining({ latitude: '90', longitude: '-180' }),
			expect.objectContaining({ latitude: '0.0000001', longitude: '0' }),
		]);
		expect(result.output()[0].json).toEqual({
			phone: '5511988887777',
			zaapId: 'ZAAP3EB0DOUBLE0000000001',
			messageId: '3EB0DOUBLE0000000001',
			id: '3EB0DOUBLE0000000001',
		});
		expectNoSecrets(result.text, double);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[{ title: '' }, 'Title is empty (got ""): give the place a name, e.g. "Z-API Office"'],
			[
				{ address: '  ' },
				'Address is empty (got "  "): give the address, e.g. "Av. Paulista, 1000, São Paulo, SP"',
			],
			[{ lat: '' }, 'Latitude is empty (got ""): give it in decimal degrees, e.g. -23.5613'],
			[{ lng: null }, 'Longitude is empty (got null): give it in decimal degrees, e.g. -46.6565'],
			[{ lat: '90.0001' }, 'Latitude must be from -90 to 90 (got "90.0001")'],
			[{ lat: -91 }, 'Latitude must be from -90 to 90 (got -91)'],
			[{ lng: '180.5' }, 'Longitude must be from -180 to 180 (got "180.5")'],
			[{ lng: -200 }, 'Longitude must be from -180 to 180 (got -200)'],
			[
				{ lat: "23°33'S" },
				'Latitude must be a number of decimal degrees, e.g. -23.5613 (got "23°33\'S")',
			],
			[
				{ lng: '-46.6565, -23.5613' },
				'Longitude must be a number of decimal degrees, e.g. -46.6565 (got "-46.6565, -23.5613")',
			],
			[
				{ lng: [-46.6] },
				'Longitude must be a number of decimal degrees, e.g. -46.6565 (got [-46.6])',
			],
			[{ lat: 'NaN' }, 'Latitude must be a number of decimal degrees, e.g. -23.5613 (got "NaN")'],
			[{ replyTo: true }, 'Reply To Message ID must be text (got true)'],
			[{ delay: 0 }, 'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 0)'],
		] as Array<[Record<string, unknown>, string]>)('%j → %s', async (change, message) => {
			const result = await runZApi(double, { parameters, items: [{ ...item, ...change }] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, lat: '100' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({ error: 'Latitude must be from -90 to 90 (got "100")' });
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(1);
	});

	test('Retry On Fail: a send whose connection broke is not sent again', async () => {
		double.setFault('/send-location', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [item],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a location to 5511988887777\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
