import type { IDataObject } from 'n8n-workflow';

import { runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { InputItem } from '../../../../helpers/scenario';
import {
	FILES,
	PHONE,
	additionalFieldNames,
	base64,
	binaryItem,
	describeMediaSendBasics,
	mediaParameters,
} from './mediaSend';

const double = useZApiDouble();

const NOT_STICKER = 'not a sticker image (WebP, PNG or JPEG)';

describeMediaSendBasics(double, {
	operation: 'sendSticker',
	kind: 'sticker',
	what: 'a sticker',
	url: { value: 'https://example.com/sticker.webp', endpoint: '/send-sticker' },
	binary: {
		file: { bytes: FILES.webp, mimeType: 'image/webp', fileName: 'sticker.webp' },
		endpoint: '/send-sticker',
	},
	reply: true,
	wrong: [
		[
			'url',
			'https://example.com/clip.mp4',
			`Sticker URL: "https://example.com/clip.mp4" ends in .mp4, which is of type video/mp4, ${NOT_STICKER}: send it with Send Video`,
		],
		[
			'base64',
			`data:video/mp4;base64,${base64(FILES.mp4)}`,
			`Sticker Base64: the data URL is of type video/mp4, ${NOT_STICKER}: send it with Send Video`,
		],
		[
			'base64',
			base64(FILES.gif),
			`Sticker Base64: the Base64 data (read from its first bytes) is of type image/gif, ${NOT_STICKER}: convert it to WebP or PNG`,
		],
		[
			'binary',
			{ bytes: FILES.pdf, mimeType: 'application/pdf', fileName: 'terms.pdf' },
			`Input Binary Field: the file "terms.pdf" in "data" is of type application/pdf, ${NOT_STICKER}: send it with Send Document`,
		],
	],
});

const sent = () => double.requests.map((request) => request.body);
const run = (
	source: string,
	items: Array<Record<string, unknown> | InputItem>,
	fields: IDataObject = {},
) =>
	runZApi(double, {
		parameters: mediaParameters('sendSticker', 'sticker', source, fields),
		items,
	});

describe('Send Sticker: Sticker Author', () => {
	test('sent as written when added; blank, left out; the only option besides the shared ones', async () => {
		const url = 'https://example.com/sticker.webp';
		const result = await run(
			'url',
			[
				{ to: PHONE, file: url, author: 'Acme Store ✨' },
				{ to: PHONE, file: url, author: '  ' },
				{ to: PHONE, file: url, author: 2026 },
			],
			{ stickerAuthor: '={{ $json.author }}' },
		);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, sticker: url, stickerAuthor: 'Acme Store ✨' },
			{ phone: PHONE, sticker: url },
			{ phone: PHONE, sticker: url, stickerAuthor: '2026' },
		]);
		expect(additionalFieldNames('sendSticker')).toEqual([
			'messageId',
			'stickerAuthor',
			'delayMessage',
		]);
	});

	test('an author that is not text fails before any request', async () => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/s.webp' }], {
			stickerAuthor: '={{ ["a"] }}',
		});
		expect(result.error?.message).toBe('Sticker Author must be text (got ["a"])');
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});

describe('Send Sticker: the types it takes', () => {
	test.each([
		['image/png', 'logo.png', FILES.png, 'image/png'],
		['image/jpeg', 'photo.jpg', FILES.jpeg, 'image/jpeg'],
		['application/octet-stream', undefined, FILES.webp, 'image/webp'],
	])('a file labelled %s named %s is sent as %s', async (mimeType, fileName, bytes, type) => {
		const result = await run('binary', [binaryItem(PHONE, { bytes, mimeType, fileName })]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, sticker: `data:${type};base64,${base64(bytes)}` }]);
	});

	test('bare Base64 of a WebP file is sent as an image/webp data URL', async () => {
		const result = await run('base64', [{ to: PHONE, file: base64(FILES.webp) }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, sticker: `data:image/webp;base64,${base64(FILES.webp)}` },
		]);
	});

	test('the PNG data URL and the .svg URL of Z-API’s own examples are sent', async () => {
		const png = `data:image/png;base64,${base64(FILES.png)}`;
		const svg = 'https://www.z-api.io/wp-content/themes/z-api/dist/images/logo.svg';
		expect((await run('base64', [{ to: PHONE, file: png }])).error).toBeUndefined();
		expect((await run('url', [{ to: PHONE, file: svg }])).error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, sticker: png },
			{ phone: PHONE, sticker: svg },
		]);
	});
});
