import type { IDataObject } from 'n8n-workflow';

import { runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { InputItem } from '../../../../helpers/scenario';
import {
	FILES,
	OUTPUT,
	PHONE,
	base64,
	binaryItem,
	describeMediaSendBasics,
	mediaParameters,
} from './mediaSend';

const double = useZApiDouble();

const NOT_AN_IMAGE = 'not an image WhatsApp shows (JPEG, PNG or WebP)';

describeMediaSendBasics(double, {
	operation: 'sendImage',
	kind: 'image',
	what: 'an image',
	url: { value: 'https://example.com/photo.jpg', endpoint: '/send-image' },
	binary: {
		file: { bytes: FILES.png, mimeType: 'image/png', fileName: 'logo.png' },
		endpoint: '/send-image',
	},
	reply: true,
	wrong: [
		[
			'url',
			'https://example.com/files/report.pdf',
			`Image URL: "https://example.com/files/report.pdf" ends in .pdf, which is of type application/pdf, ${NOT_AN_IMAGE}: send it with Send Document`,
		],
		[
			'url',
			'https://example.com/jingle.MP3?v=2',
			`Image URL: "https://example.com/jingle.MP3?v=2" ends in .mp3, which is of type audio/mpeg, ${NOT_AN_IMAGE}: send it with Send Audio`,
		],
		[
			'base64',
			'data:application/pdf;base64,JVBERi0xLjcK',
			`Image Base64: the data URL is of type application/pdf, ${NOT_AN_IMAGE}: send it with Send Document`,
		],
		[
			'base64',
			base64(FILES.pdf),
			`Image Base64: the Base64 data (read from its first bytes) is of type application/pdf, ${NOT_AN_IMAGE}: send it with Send Document`,
		],
		[
			'binary',
			{ bytes: FILES.pdf, mimeType: 'application/pdf', fileName: 'report.pdf' },
			`Input Binary Field: the file "report.pdf" in "data" is of type application/pdf, ${NOT_AN_IMAGE}: send it with Send Document`,
		],
		[
			'binary',
			{ bytes: FILES.gif, mimeType: 'image/gif', fileName: 'party.gif' },
			`Input Binary Field: the file "party.gif" in "data" is of type image/gif, ${NOT_AN_IMAGE}: convert it, or send it as a file with Send Document`,
		],
	],
});

const sent = () => double.requests.map((request) => request.body);
const run = (
	source: string,
	items: Array<Record<string, unknown> | InputItem>,
	fields: IDataObject = {},
) => runZApi(double, { parameters: mediaParameters('sendImage', 'image', source, fields), items });

describe('Send Image: caption and view once', () => {
	test('a caption is sent as written, an empty one not at all; View Once when added', async () => {
		const url = 'https://example.com/photo.jpg';
		const result = await run(
			'url',
			[
				{ to: PHONE, file: url, caption: 'Today’s menu\nEnjoy! ', once: true },
				{ to: PHONE, file: url, caption: '', once: 'FALSE' },
				{ to: PHONE, file: url, caption: 2025, once: false },
			],
			{ caption: '={{ $json.caption }}', viewOnce: '={{ $json.once }}' },
		);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, image: url, caption: 'Today’s menu\nEnjoy! ', viewOnce: true },
			{ phone: PHONE, image: url, viewOnce: false },
			{ phone: PHONE, image: url, caption: '2025', viewOnce: false },
		]);
	});

	test.each([
		[{ viewOnce: 'yes' }, 'View Once must be true or false (got "yes")'],
		[{ caption: '={{ ["a"] }}' }, 'Caption must be text (got ["a"])'],
	])('%j fails before any request', async (fields, message) => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/a.png' }], fields);
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Send Image from Base64', () => {
	const png = base64(FILES.png);
	test.each([
		[`data:image/png;base64,${png}`, `data:image/png;base64,${png}`],
		[
			`data:image/JPG;base64,${png.slice(0, 10)}\n${png.slice(10)}`,
			`data:image/jpeg;base64,${png}`,
		],
		[` ${png} `, `data:image/png;base64,${png}`],
		[base64(FILES.jpeg), `data:image/jpeg;base64,${base64(FILES.jpeg)}`],
		[`data:;base64,${png}`, `data:image/png;base64,${png}`],
	])('%j is sent as %j (Z-API takes data URLs only)', async (file, image) => {
		const result = await run('base64', [{ to: PHONE, file }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, image }]);
		expect(result.output()[0].json).toEqual(OUTPUT);
	});

	test.each([
		[
			'',
			'Image Base64: no data given (got ""): give the image as a data URL, e.g. data:image/png;base64,iVBORw0KGgo…',
		],
		[
			'QUJDREVGR0hJSktM',
			'Image Base64: the type of the data cannot be told from its first bytes: give it as a data URL with its type, e.g. data:image/png;base64,iVBORw0KGgo…',
		],
		[
			'not base64 at all!',
			'Image Base64: "notbase64atall!" is not Base64 data: give a data URL, e.g. data:image/png;base64,iVBORw0KGgo…',
		],
		[
			'data:image/png,rawbytes',
			'Image Base64: "data:image/png,rawbytes" is not a Base64 data URL: write it as data:image/png;base64,iVBORw0KGgo…',
		],
	])('%j fails before any request', async (file, message) => {
		const result = await run('base64', [{ to: PHONE, file }]);
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Send Image from a URL or a binary file: what the type is read from', () => {
	test('a URL without an extension, or of another image format (Z-API’s own example is a .svg), is sent', async () => {
		const urls = ['https://example.com/photos/42', 'https://www.z-api.io/images/logo.svg'];
		const result = await run(
			'url',
			urls.map((file) => ({ to: PHONE, file })),
		);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual(urls.map((image) => ({ phone: PHONE, image })));
	});

	test('ftp:// and plain names are not addresses', async () => {
		const result = await run('url', [{ to: PHONE, file: 'ftp://example.com/logo.png' }]);
		expect(result.error?.message).toBe(
			'Image URL: "ftp://example.com/logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/photo.jpg',
		);
		expect(double.requests).toHaveLength(0);
	});

	test.each([
		['application/octet-stream', 'photo.JPG', 'image/jpeg'],
		['application/octet-stream', undefined, 'image/png'],
		['image/webp', 'sticker.webp', 'image/webp'],
		['image/png; charset=binary', 'logo.png', 'image/png'],
	])('a file labelled %s named %s is sent as %s', async (mimeType, fileName, type) => {
		const result = await run('binary', [
			binaryItem(PHONE, { bytes: FILES.png, mimeType, fileName }),
		]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, image: `data:${type};base64,${base64(FILES.png)}` }]);
	});

	test.each([
		[
			'unknown content',
			{ bytes: Buffer.from('just some text, no image'), mimeType: 'application/octet-stream' },
			'Input Binary Field: the file in "data" is of unknown type (application/octet-stream), and its first bytes are not those of an image WhatsApp shows (JPEG, PNG or WebP)',
		],
		[
			'an empty file',
			{ bytes: Buffer.alloc(0), mimeType: 'image/png', fileName: 'empty.png' },
			'Input Binary Field: the file "empty.png" in "data" is empty',
		],
	])('%s fails before any request', async (_, file, message) => {
		const result = await run('binary', [binaryItem(PHONE, file)]);
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});
