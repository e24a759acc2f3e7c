/**
 * Status → Send Text Status, Send Image Status, Send Video Status (status/send-*-status.md): each
 * request exactly as documented, the media from a URL, Base64 or a binary field as the Message sends
 * read it, the output `{messageId, zaapId}`, and no secret anywhere.
 */
import type { INodeParameters } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { InputItem } from '../../../../helpers/scenario';
import { FILES, base64, binaryItem } from '../message/mediaFiles';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PNG = `data:image/png;base64,${base64(FILES.png)}`;
const MP4 = `data:video/mp4;base64,${base64(FILES.mp4)}`;

interface Row {
	name: string;
	parameters: INodeParameters;
	item?: Record<string, unknown> | InputItem;
	endpoint: string;
	body: Record<string, unknown>;
}

const rows: Row[] = [
	{
		name: 'Send Text Status: {message}, sent as written',
		parameters: { operation: 'sendText', message: '  Open on Sunday!\nFrom 9 to 13.  ' },
		endpoint: '/send-text-status',
		body: { message: '  Open on Sunday!\nFrom 9 to 13.  ' },
	},
	{
		name: 'Send Image Status from a URL, with a caption',
		parameters: {
			operation: 'sendImage',
			mediaSource: 'url',
			image: ' https://example.com/photo.jpg ',
			additionalFields: { caption: 'New menu' },
		},
		endpoint: '/send-image-status',
		body: { image: 'https://example.com/photo.jpg', caption: 'New menu' },
	},
	{
		name: 'Send Image Status from Base64 (bare: its type read from its first bytes)',
		parameters: { operation: 'sendImage', mediaSource: 'base64', image: base64(FILES.png) },
		endpoint: '/send-image-status',
		body: { image: PNG },
	},
	{
		name: 'Send Image Status from a binary field, as a data URL',
		parameters: { operation: 'sendImage', mediaSource: 'binary', binaryPropertyName: 'data' },
		item: binaryItem('', { bytes: FILES.png, mimeType: 'image/png', fileName: 'menu.png' }),
		endpoint: '/send-image-status',
		body: { image: PNG },
	},
	{
		name: 'Send Video Status from a URL',
		parameters: {
			operation: 'sendVideo',
			mediaSource: 'url',
			video: 'https://example.com/clip.mp4',
		},
		endpoint: '/send-video-status',
		body: { video: 'https://example.com/clip.mp4' },
	},
	{
		name: 'Send Video Status from a data URL, with a caption',
		parameters: {
			operation: 'sendVideo',
			mediaSource: 'base64',
			video: MP4,
			additionalFields: { caption: 'Behind the scenes' },
		},
		endpoint: '/send-video-status',
		body: { video: MP4, caption: 'Behind the scenes' },
	},
	{
		name: 'Send Video Status from a binary field',
		parameters: { operation: 'sendVideo', mediaSource: 'binary', binaryPropertyName: 'file' },
		item: binaryItem('', { bytes: FILES.mp4, mimeType: 'video/mp4', fileName: 'clip.mp4' }, 'file'),
		endpoint: '/send-video-status',
		body: { video: MP4 },
	},
];

describe('Status sends', () => {
	test.each(rows)('$name', async (row) => {
		const result = await runZApi(double, {
			parameters: { resource: 'status', ...row.parameters },
			items: row.item ? [row.item] : undefined,
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe(row.endpoint);
		expect(request.body).toEqual(row.body);
		const { zaapId, messageId } = double.statuses[0];
		expect(result.output()).toEqual([{ json: { messageId, zaapId }, pairedItem: { item: 0 } }]);
		expect(Object.keys(result.output()[0].json)).toEqual(['messageId', 'zaapId']);
		expectNoSecrets(result.text, double);
	});

	test('an empty Caption is not sent', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'status',
				operation: 'sendImage',
				mediaSource: 'url',
				image: 'https://example.com/photo.jpg',
				additionalFields: { caption: '  ' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ image: 'https://example.com/photo.jpg' });
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		double.setFault('/send-text-status', {
			status: 400,
			body: { error: 'Invalid status' },
			skip: 1,
		});
		const result = await runZApi(double, {
			parameters: { resource: 'status', operation: 'sendText', message: '={{ $json.text }}' },
			items: [{ text: 'One' }, { text: 'Two' }, { text: '' }, { text: 'Four' }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const [first, second] = double.statuses;
		expect(result.output()).toEqual([
			{ json: { messageId: first.messageId, zaapId: first.zaapId }, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to post a text status: Invalid status',
				},
				pairedItem: { item: 1 },
			},
			{
				json: { error: 'Message is empty (got ""): write the text of the status' },
				pairedItem: { item: 2 },
			},
			{ json: { messageId: second.messageId, zaapId: second.zaapId }, pairedItem: { item: 3 } },
		]);
		expect(double.statuses.map((status) => status.message)).toEqual(['One', 'Four']);
		expectNoSecrets(result.text, double);
	});
});

describe('Retry On Fail: a status is never posted twice', () => {
	test('a post whose answer was lost is not sent again', async () => {
		double.setFault('/send-image-status', { delayMs: 1500, status: 200, body: {} });
		const result = await runZApi(double, {
			parameters: {
				resource: 'status',
				operation: 'sendImage',
				mediaSource: 'url',
				image: 'https://example.com/photo.jpg',
				options: { timeout: 300 },
			},
			settings: {
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 1,
				onError: 'continueRegularOutput',
			},
		});
		expect(result.output()[0].json).toEqual({
			error:
				'Z-API did not answer within 300 ms when trying to post an image status. The status may have been posted anyway: do not post it again, or it may show twice. Check your status in WhatsApp first.',
			mayHaveReachedZApi: true,
		});
		expect(double.count('/send-image-status')).toBe(1);
	});

	test('a post refused (HTTP 4xx: nothing posted) is sent again, and then done', async () => {
		double.setFault('/send-text-status', { status: 400, body: { error: 'Try again' } });
		const result = await runZApi(double, {
			parameters: { resource: 'status', operation: 'sendText', message: 'Hello' },
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(double.count('/send-text-status')).toBe(2);
		expect(double.statuses).toHaveLength(1);
	});
});
