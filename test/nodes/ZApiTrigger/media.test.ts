/**
 * Received media: the `media` object of every documented kind (Z-API's example payloads), the caption
 * as `text`, version 1 left as it was, and Download Media through n8n-core's WebhookContext against
 * the double's storage host: on and off, the file's type and name, the size limit (announced and
 * counted), the timeout, a failed download still starting the execution with mediaDownloadError,
 * and no token sent to the storage host or written anywhere.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mediaOf } from '../../../nodes/ZApi/shared/receivedMedia';
import { useZApiDouble } from '../../helpers/scenario';
import { loadEvent } from '../../helpers/trigger';
import { call, expectNoLeak } from './calls';

const MESSAGE = { events: ['messageReceived'] };

const ID = 'A20DA9C0183A2D35A260F53F5D2B9244';

/** Every documented media kind: the fixture, and the `media` the trigger makes of it. */
const KINDS: Array<[string, IDataObject]> = [
	[
		'media-image',
		{
			type: 'image',
			url: 'https://',
			mimeType: 'image/jpeg',
			fileName: null,
			caption: null,
			seconds: null,
		},
	],
	[
		'media-voice-note',
		{
			type: 'voiceNote',
			url: 'https://',
			mimeType: 'audio/ogg; codecs=opus',
			fileName: null,
			caption: null,
			seconds: 10,
		},
	],
	[
		'media-audio',
		{
			type: 'audio',
			url: 'https://',
			mimeType: 'audio/mpeg',
			fileName: null,
			caption: null,
			seconds: 184,
		},
	],
	[
		'media-video',
		{
			type: 'video',
			url: 'https://',
			mimeType: 'video/mp4',
			fileName: null,
			caption: null,
			seconds: 13,
		},
	],
	[
		'media-video-note',
		{
			type: 'video',
			url: 'https://',
			mimeType: 'video/mp4',
			fileName: null,
			caption: null,
			seconds: null,
		},
	],
	[
		'media-gif',
		{
			type: 'video',
			url: 'https://',
			mimeType: 'video/mp4',
			fileName: null,
			caption: null,
			seconds: null,
		},
	],
	[
		'media-document',
		{
			type: 'document',
			url: 'https://',
			mimeType: 'application/pdf',
			fileName: 'nome.pdf',
			caption: null,
			seconds: null,
		},
	],
	[
		'media-sticker',
		{
			type: 'sticker',
			url: 'https://',
			mimeType: 'image/webp',
			fileName: null,
			caption: null,
			seconds: null,
		},
	],
];

describe('the media object', () => {
	it.each(KINDS)('%s', (name, media) => {
		expect(mediaOf(loadEvent(name))).toEqual(media);
	});

	it('is absent from text messages and notifications', () => {
		for (const name of ['text-private', 'text-group', 'participant-added', 'call-voice']) {
			expect(mediaOf(loadEvent(name))).toBeUndefined();
		}
	});

	it('reads what Z-API may send otherwise: a caption, seconds as text, `mimetype`, blanks as null', () => {
		expect(
			mediaOf({
				image: { imageUrl: ' ', caption: 'Invoice', mimetype: 'image/png' },
			}),
		).toEqual({
			type: 'image',
			url: null,
			mimeType: 'image/png',
			fileName: null,
			caption: 'Invoice',
			seconds: null,
		});
		expect(
			mediaOf({ audio: { ptt: 'true', seconds: '7', audioUrl: 'https://s/a.ogg' } }),
		).toMatchObject({
			type: 'audio',
			seconds: 7,
		});
		expect(mediaOf({ video: { seconds: -1, videoUrl: 5 } })).toMatchObject({
			url: null,
			seconds: null,
		});
	});

	it('version 2: `media` after `text`, the caption as `text`, Z-API’s fields kept', async () => {
		const body = loadEvent('media-image');
		(body.image as IDataObject).caption = 'Look at this';
		const { items } = await call(MESSAGE, body, { typeVersion: 2 });
		expect(Object.keys(items[0]).slice(0, 5)).toEqual([
			'event',
			'chatId',
			'groupId',
			'text',
			'media',
		]);
		expect(items[0]).toMatchObject({
			text: 'Look at this',
			media: { type: 'image', caption: 'Look at this' },
			image: body.image,
		});
		expect(items[0].zapi).toBeUndefined();
	});

	it('version 2: an item for every kind', async () => {
		for (const [name, media] of KINDS) {
			const body = loadEvent(name);
			const { items } = await call(
				{ ...MESSAGE, events: ['messageReceived', 'messageSentByMe'], ignoreOwnMessages: false },
				body,
				{ typeVersion: 2 },
			);
			expect([name, items[0].media]).toEqual([name, media]);
		}
	});

	it('version 1 stays as it was: no `media`, `text` null for a caption', async () => {
		const body = loadEvent('media-image');
		(body.image as IDataObject).caption = 'Look at this';
		const { items } = await call(MESSAGE, body, { typeVersion: 1 });
		expect(items[0].media).toBeUndefined();
		expect(items[0].text).toBeNull();
		expect(items[0]).toEqual({ ...body, ...items[0], payload: body });
	});
});

describe('Download Media', () => {
	const double = useZApiDouble();
	const storage = (path: string) => `${double.url}/storage/${path}`;
	const voiceNote = (url: string) => {
		const body = loadEvent('media-voice-note');
		(body.audio as IDataObject).audioUrl = url;
		return body;
	};
	const withOptions = (options: INodeParameters): INodeParameters => ({ ...MESSAGE, options });
	const downloads = () => double.requests.filter((r) => r.url.startsWith('/storage/'));
	const binaryOf = (result: Awaited<ReturnType<typeof call>>) =>
		result.result.workflowData![0][0].binary;

	it('is off by default: no request, no binary', async () => {
		const result = await call(MESSAGE, voiceNote(storage('voice-note.ogg')), { typeVersion: 2 });
		expect(result.started).toBe(true);
		expect(binaryOf(result)).toBeUndefined();
		expect(downloads()).toHaveLength(0);
	});

	it('on: the voice note becomes binary `data` of type audio/ogg, named after the message, fetched with no token', async () => {
		const result = await call(
			withOptions({ downloadMedia: true }),
			voiceNote(storage('voice-note.ogg')),
			{
				typeVersion: 2,
			},
		);
		expect(result).toMatchObject({ status: 200, started: true });
		const file = binaryOf(result)!.data;
		expect(file).toMatchObject({
			mimeType: 'audio/ogg',
			fileName: `${ID}.ogg`,
			fileExtension: 'ogg',
		});
		expect(Buffer.from(file.data, 'base64').subarray(0, 4).toString('latin1')).toBe('OggS');
		expect(result.items[0].mediaDownloadError).toBeUndefined();
		expect(downloads()).toHaveLength(1);
		expect(downloads()[0]).toMatchObject({ method: 'GET', url: '/storage/voice-note.ogg' });
		expect(downloads()[0].headers['client-token']).toBeUndefined();
		expect(downloads()[0].headers.authorization).toBeUndefined();
		expectNoLeak(result.text);
	});

	it('on, version 1 too: the file as binary, the item otherwise as before', async () => {
		const body = loadEvent('media-document');
		(body.document as IDataObject).documentUrl = storage('report.pdf');
		const result = await call(withOptions({ downloadMedia: true }), body, { typeVersion: 1 });
		expect(binaryOf(result)!.data).toMatchObject({
			mimeType: 'application/pdf',
			fileName: 'nome.pdf',
		});
		expect(result.items[0].media).toBeUndefined();
	});

	it('types a file from the answer, then its first bytes, when Z-API gives no type', async () => {
		const body = loadEvent('media-image');
		body.image = { imageUrl: storage('untyped') };
		const result = await call(withOptions({ downloadMedia: true }), body, { typeVersion: 2 });
		expect(binaryOf(result)!.data).toMatchObject({ mimeType: 'image/jpeg', fileName: `${ID}.jpg` });
	});

	it.each([
		[
			'announced over the limit',
			'sized/2097152.bin',
			{ maxMediaSize: 1 },
			/^The file was not downloaded: the file from 127\.0\.0\.1:\d+ is 2 MB, over the size limit of 1 MB$/,
		],
		[
			'growing over the limit (no Content-Length)',
			'chunked/2097152.bin',
			{ maxMediaSize: 1 },
			/^The file was not downloaded: the file from 127\.0\.0\.1:\d+ is larger than the size limit of 1 MB$/,
		],
		[
			'gone (404)',
			'expired.ogg',
			{},
			/^The file was not downloaded: 127\.0\.0\.1:\d+ answered HTTP 404 \(the link may have expired: Z-API deletes received files after 30 days\)$/,
		],
	])(
		'a file %s: the execution starts without it, with mediaDownloadError',
		async (_case, path, options, why) => {
			const result = await call(
				withOptions({ downloadMedia: true, ...options }),
				voiceNote(storage(path)),
				{
					typeVersion: 2,
				},
			);
			expect(result).toMatchObject({ status: 200, started: true });
			expect(binaryOf(result)).toBeUndefined();
			expect(result.items[0]).toMatchObject({
				event: 'Message Received',
				media: { type: 'voiceNote' },
			});
			expect(result.items[0].mediaDownloadError).toMatch(why);
			// The item holds Z-API's URL; the reason and the log name the host only.
			expect(result.items[0].mediaDownloadError).not.toContain(path);
			expect(result.logs).not.toContain(path);
			expectNoLeak(result.text);
		},
	);

	it('a storage host that does not answer: given up after the timeout, the execution starts', async () => {
		double.setFault('/storage/voice-note.ogg', { hang: true });
		const began = Date.now();
		const result = await call(
			withOptions({ downloadMedia: true, mediaTimeout: 1 }),
			voiceNote(storage('voice-note.ogg')),
			{ typeVersion: 2 },
		);
		const took = Date.now() - began;
		expect(took).toBeGreaterThanOrEqual(900);
		expect(took).toBeLessThan(5000);
		expect(result.started).toBe(true);
		expect(result.items[0].mediaDownloadError).toMatch(
			/^The file was not downloaded: the download from 127\.0\.0\.1:\d+ took longer than the timeout of 1 s$/,
		);
	});

	it.each([
		[
			'no URL, with Z-API’s own download error',
			null,
			/^The file was not downloaded: Z-API sent no URL for the file \(Z-API says: media expired\)$/,
		],
		[
			'a URL that is not http(s)',
			'file:///etc/passwd',
			/^The file was not downloaded: the URL is not an http\(s\) address$/,
		],
		[
			'a host that is not there',
			'http://127.0.0.1:1/storage/voice-note.ogg',
			/^The file was not downloaded: the download from 127\.0\.0\.1:1 failed: the connection was refused$/,
		],
	])('%s: no download, the execution starts with mediaDownloadError', async (_case, url, why) => {
		const body = loadEvent('media-image');
		body.image = { ...(body.image as IDataObject), imageUrl: url, downloadError: 'media expired' };
		const result = await call(withOptions({ downloadMedia: true }), body, { typeVersion: 2 });
		expect(result.started).toBe(true);
		expect(result.items[0].mediaDownloadError).toMatch(why);
		expect(downloads()).toHaveLength(0);
		expect(result.logs).toContain('the media was not downloaded');
		expect(result.logs).not.toContain('/etc/passwd');
	});

	it('does nothing for a message without media', async () => {
		const result = await call(withOptions({ downloadMedia: true }), loadEvent('text-private'), {
			typeVersion: 2,
		});
		expect(result.started).toBe(true);
		expect(binaryOf(result)).toBeUndefined();
		expect(result.items[0].mediaDownloadError).toBeUndefined();
	});
});
