/**
 * Instance → Get QR Code: the image in the item's binary data. Z-API documents "an image of the type
 * base64" and no exact body, so every form it may take is tried here.
 */
import { QR_PNG } from '../../../../zapi-double/instance';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ connected: false, clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'instance', operation: 'getQrCode' };
const SCAN =
	'Read this QR code within 20 seconds with the phone: WhatsApp → Linked devices → Link a device. WhatsApp replaces it every 20 seconds.';
const CONNECTED = 'The number is already connected to WhatsApp: there is no QR code to read.';
const NO_IMAGE =
	'Z-API answered without the expected data when trying to get the QR code of the instance';

const run = (extra: Record<string, unknown> = {}) =>
	runZApi(double, { parameters: { ...parameters, ...extra } });

/** The file of the first output item, in field `field`, as n8n stores it (Base64 in `data`). */
function fileOf(result: Awaited<ReturnType<typeof run>>, field = 'data') {
	const binary = result.output()[0]?.binary;
	expect(binary).toBeDefined();
	return binary![field];
}

describe('Instance → Get QR Code', () => {
	test('GET /qr-code/image, no body; the PNG in binary field data, with { connected: false, message }', async () => {
		const result = await run();

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/qr-code/image');
		expect(request.query).toEqual({});
		expect(request.rawBody).toBe('');
		const [item] = result.output();
		expect(item.json).toEqual({ connected: false, message: SCAN });
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(Object.keys(item.binary!)).toEqual(['data']);
		const file = fileOf(result);
		expect(file).toMatchObject({
			mimeType: 'image/png',
			fileName: 'qr-code.png',
			fileExtension: 'png',
		});
		expect(Buffer.from(file.data, 'base64')).toEqual(Buffer.from(QR_PNG, 'base64'));
		expectNoSecrets(result.text, double);
	});

	test('Put Output File in Field names the binary field', async () => {
		const result = await run({ binaryPropertyName: ' qrCode ' });
		expect(Object.keys(result.output()[0].binary!)).toEqual(['qrCode']);
		expect(fileOf(result, 'qrCode').data).toBe(QR_PNG);
	});

	test('an empty Put Output File in Field fails before any request', async () => {
		const result = await run({ binaryPropertyName: ' ' });
		expect(result.error?.message).toBe(
			'Put Output File in Field is empty (got " "): give the name of the binary field to put the QR code in, e.g. data',
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	const wrapped = QR_PNG.replace(/(.{40})/g, '$1\n');
	test.each([
		[
			'JSON, value a data URL (what users report)',
			{ body: { value: `data:image/png;base64,${QR_PNG}` } },
		],
		['JSON, value bare Base64', { body: { value: QR_PNG } }],
		['JSON, value Base64 with line breaks', { body: { value: wrapped } }],
		[
			'a text body: a data URL',
			{ body: `data:image/png;base64,${QR_PNG}`, contentType: 'text/plain' },
		],
		['a text body: bare Base64', { body: `${QR_PNG}\n`, contentType: 'text/plain' }],
		['a JSON string', { body: JSON.stringify(QR_PNG), contentType: 'application/json' }],
	])('%s: the same PNG', async (_form, fault) => {
		double.setFault('/qr-code/image', { status: 200, ...fault });
		const result = await run();
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json.connected).toBe(false);
		expect(fileOf(result).data).toBe(QR_PNG);
	});

	test.each([
		['the double’s answer', undefined],
		['Z-API’s words, as JSON', { body: { connected: true, error: 'You are already connected.' } }],
		['Z-API’s words, as an error only', { body: { error: 'You are already connected.' } }],
		['Z-API’s words, as text', { body: 'You are already connected.', contentType: 'text/plain' }],
	])(
		'already connected (%s): an item { connected: true, message } without a file, not an error',
		async (_form, fault) => {
			double.config.connected = true;
			if (fault) double.setFault('/qr-code/image', { status: 200, ...fault });
			const result = await run();
			expect(result.error).toBeUndefined();
			expect(result.output()).toEqual([
				{ json: { connected: true, message: CONNECTED }, pairedItem: { item: 0 } },
			]);
		},
	);

	test.each([
		['no image', { body: {} }, NO_IMAGE],
		['a value that is not Base64', { body: { value: 'not an image' } }, NO_IMAGE],
		[
			'Base64 of something that is not a PNG',
			{ body: { value: Buffer.from('GIF89a not a png at all').toString('base64') } },
			NO_IMAGE,
		],
		['connected: false and no image', { body: { connected: false } }, NO_IMAGE],
		['a text that is not Base64', { body: 'ok', contentType: 'text/plain' }, NO_IMAGE],
		[
			'an HTML page',
			{ body: '<html><body>Bad Gateway</body></html>' },
			'Z-API answered with an HTML page instead of JSON (HTTP 200) when trying to get the QR code of the instance',
		],
		[
			'Z-API’s client-token error',
			{ body: { error: 'null not allowed' } },
			'Z-API refused the request: null not allowed',
		],
	])('%s is a failure, not an item without an image', async (_form, fault, message) => {
		double.setFault('/qr-code/image', { status: 200, ...fault });
		const result = await run();
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.output()).toEqual([]);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired; files stay with theirs', async () => {
		double.setFault('/qr-code/image', { status: 502, body: { error: 'Bad Gateway' }, skip: 1 });
		const result = await runZApi(double, {
			parameters,
			items: [{}, {}, {}],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].binary?.data.mimeType).toBe('image/png');
		expect(output[1]).toEqual({
			json: {
				error:
					'Z-API failed (HTTP 502) when trying to get the QR code of the instance: Bad Gateway',
			},
			pairedItem: { item: 1 },
		});
		expect(output[2].binary?.data.data).toBe(QR_PNG);
		expectNoSecrets(result.text, double);
	});
});
