import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const URL = 'https://example.com/catalogue';
const IMAGE = 'https://example.com/catalogue.png';
const DATA_URL =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk';

const parameters = {
	resource: 'message',
	operation: 'sendLink',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
	linkUrl: '={{ $json.url }}',
	title: '={{ $json.title }}',
	linkDescription: '={{ $json.description }}',
	image: '={{ $json.image }}',
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const item = {
	to: '5511988887777',
	text: 'Our new catalogue is online:',
	url: URL,
	title: 'Spring Catalogue',
	description: 'Every product of the season',
	image: IMAGE,
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-link');

describe('Message → Send Link', () => {
	test('POST /send-link with every documented field; the link added at the end of the text', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [item, { ...item, to: group, text: `See ${URL}  \n`, image: DATA_URL, delay: 3 }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
		expect(sends().map((request) => request.body)).toEqual([
			{
				phone: '5511988887777',
				message: `Our new catalogue is online:\n${URL}`,
				image: IMAGE,
				linkUrl: URL,
				title: 'Spring Catalogue',
				linkDescription: 'Every product of the season',
			},
			{
				phone: group,
				message: `See ${URL}`,
				image: DATA_URL,
				linkUrl: URL,
				title: 'Spring Catalogue',
				linkDescription: 'Every product of the season',
				delayMessage: 3,
			},
		]);
		expect(result.output().map((output) => output.json)).toEqual([
			{
				phone: '5511988887777',
				zaapId: 'ZAAP3EB0DOUBLE0000000001',
				messageId: '3EB0DOUBLE0000000001',
				id: '3EB0DOUBLE0000000001',
			},
			expect.objectContaining({ phone: group, messageId: '3EB0DOUBLE0000000002' }),
		]);
		expectNoSecrets(result.text, double);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[{ text: '' }, 'Message is empty (got ""): write the text to send with the link'],
			[
				{ url: '' },
				'Link URL is empty (got ""): give the address to share, e.g. https://example.com/catalogue',
			],
			[
				{ url: 'example.com' },
				'Link URL: "example.com" is not an http(s) address: write it whole, e.g. https://example.com/catalogue',
			],
			[
				{ url: 'ftp://example.com/file' },
				'Link URL: "ftp://example.com/file" is not an http(s) address: write it whole, e.g. https://example.com/catalogue',
			],
			[
				{ title: ' ' },
				'Title is empty (got " "): give the preview a title, e.g. "Spring Catalogue"',
			],
			[
				{ description: null },
				'Link Description is empty (got null): give the preview a description, e.g. "Every product of the season"',
			],
			[
				{ image: '' },
				'Image is empty (got ""): give the preview image’s URL, e.g. https://example.com/catalogue.png, or a data URL (data:image/png;base64,…)',
			],
			[
				{ image: 'a picture' },
				'Image: "a picture" is neither an image URL (https://…) nor a Base64 data URL (data:image/png;base64,…)',
			],
			[
				{ image: 'data:application/pdf;base64,JVBERi0x' },
				'Image: the data URL is of type "application/pdf", not an image (image/png, image/jpeg…)',
			],
			[
				{ image: 'iVBORw0KGgoAAAANSUhEUg' },
				'Image: "iVBORw0KGgoAAAANSUhEUg" is neither an image URL (https://…) nor a Base64 data URL (data:image/png;base64,…)',
			],
			[
				{ image: 'ftp://example.com/a.png' },
				'Image: "ftp://example.com/a.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
			],
			[{ delay: 20 }, 'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 20)'],
		])('%j → %s', async (change, message) => {
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
			items: [item, { ...item, title: '' }, { ...item, to: '120363000000000000-group' }],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(output[0].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(String(output[1].json.error)).toMatch(/^Title is empty/);
		expect(output[2].json.error).toBe(
			'Z-API rejected the request (HTTP 400) when trying to send a link to 120363000000000000-group: Group not found',
		);
		expectNoSecrets(result.text, double);
	});

	test('Retry On Fail: a send whose connection broke is not sent again', async () => {
		double.setFault('/send-link', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [item],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a link to 5511988887777\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
