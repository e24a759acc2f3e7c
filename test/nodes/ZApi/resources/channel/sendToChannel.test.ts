/**
 * Posting in a WhatsApp channel with the Message operations: the recipient field takes the channel's
 * ID (…@newsletter) and Z-API gets it in `phone` exactly as Z-API writes it (newsletter/introduction.md,
 * create-newsletter.md: "It should be used in the same format in requests that require the ID").
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const CHANNEL_ID = '120363166555745933@newsletter';
const SENT = {
	zaapId: 'ZAAP3EB0DOUBLE0000000001',
	messageId: '3EB0DOUBLE0000000001',
	id: '3EB0DOUBLE0000000001',
};

describe('Message → Send Text to a channel', () => {
	test.each([
		['the Phone mode', { __rl: true, mode: 'phone', value: '={{ $json.channelId }}' }],
		['a plain value (an expression)', '={{ $json.channelId }}'],
	])('%s: POST /send-text {phone: the channel ID, message}', async (_mode, phone) => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'sendText',
				phone,
				message: 'New offers today!',
			},
			items: [{ channelId: ` ${CHANNEL_ID} ` }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/send-text');
		expect(request.body).toEqual({ phone: CHANNEL_ID, message: 'New offers today!' });
		expect(result.output()).toEqual([
			{ json: { phone: CHANNEL_ID, ...SENT }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test('a channel ID chained from Channel → Create output (channelId) works as the recipient', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'sendText',
				phone: { __rl: true, mode: 'phone', value: '={{ $json.channelId }}' },
				message: 'Hello followers',
			},
			items: [{ channelId: '120363166555700001@newsletter', name: 'Acme News' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body.phone).toBe('120363166555700001@newsletter');
	});

	test.each([
		[
			'12345@newsletter',
			'Phone or Group ID: "12345@newsletter" is not a channel ID: use the ID Z-API gave the channel, e.g. 120363166555745933@newsletter',
		],
		[
			'abc@newsletter',
			'Phone or Group ID: "abc@newsletter" is not a channel ID: use the ID Z-API gave the channel, e.g. 120363166555745933@newsletter',
		],
	])('%j is refused before any request', async (value, message) => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'sendText',
				phone: { __rl: true, mode: 'phone', value: '={{ $json.to }}' },
				message: 'Hi',
			},
			items: [{ to: value }],
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Message → Send Image to a channel', () => {
	test('POST /send-image {phone: the channel ID, image, caption}', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'sendImage',
				phone: { __rl: true, mode: 'phone', value: CHANNEL_ID },
				mediaSource: 'url',
				image: 'https://example.com/offer.jpg',
				additionalFields: { caption: 'This week only' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/send-image');
		expect(request.body).toEqual({
			phone: CHANNEL_ID,
			image: 'https://example.com/offer.jpg',
			caption: 'This week only',
		});
		expect(result.output()).toEqual([
			{ json: { phone: CHANNEL_ID, ...SENT }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});
});
