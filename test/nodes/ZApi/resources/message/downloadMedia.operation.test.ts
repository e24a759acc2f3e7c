/**
 * Message → Download Media: the file of a received message from the trigger's item (version 2's
 * `media`, or Z-API's fields on a version 1 item) or from a URL, as binary data. The file is on the
 * double's storage host (outside /instances/…): exactly one GET, with no Client-Token and no token in
 * the URL. Bad input fails with 0 requests; failures name the host, never the URL; On Error: Continue.
 */
import type { IDataObject } from 'n8n-workflow';

import { loadEvent } from '../../../../helpers/zapiEvents';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENT-TOKEN-FOR-DOWNLOADS' });

const storage = (path: string) => `${double.url}/storage/${path}`;
const downloads = () => double.requests.filter((r) => r.url.startsWith('/storage/'));
const fromTrigger = { resource: 'message', operation: 'downloadMedia' };
const fromUrl = { ...fromTrigger, downloadFrom: 'url', mediaUrl: '={{ $json.link }}' };

/** A version 2 trigger item of a voice note stored at `path`. */
function voiceNoteItem(path: string): IDataObject {
	return {
		event: 'Message Received',
		messageId: '3EB0VOICE0001',
		media: {
			type: 'voiceNote',
			url: storage(path),
			mimeType: 'audio/ogg; codecs=opus',
			fileName: null,
			caption: null,
			seconds: 10,
		},
	};
}

describe('Message → Download Media', () => {
	test('from the trigger item: one plain GET to the storage host, the file in binary data', async () => {
		const result = await runZApi(double, {
			parameters: fromTrigger,
			items: [voiceNoteItem('voice-note.ogg')],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(downloads()[0]).toMatchObject({
			method: 'GET',
			url: '/storage/voice-note.ogg',
			rawBody: '',
		});
		expect(downloads()[0].headers['client-token']).toBeUndefined();
		const [item] = result.output();
		expect(item.json).toEqual({
			fileName: '3EB0VOICE0001.ogg',
			mimeType: 'audio/ogg',
			fileSize: 2095,
			type: 'voiceNote',
		});
		expect(item.binary?.data).toMatchObject({
			mimeType: 'audio/ogg',
			fileName: '3EB0VOICE0001.ogg',
		});
		expect(item.pairedItem).toEqual({ item: 0 });
		expectNoSecrets(result.text, double);
	});

	test('from a version 1 trigger item (Z-API’s own fields) and into another field', async () => {
		const event = loadEvent('media-document');
		(event.document as IDataObject).documentUrl = storage('report.pdf');
		const result = await runZApi(double, {
			parameters: { ...fromTrigger, binaryPropertyName: 'invoice' },
			items: [event],
		});
		expect(result.error).toBeUndefined();
		const [item] = result.output();
		expect(item.json).toMatchObject({
			fileName: 'nome.pdf',
			mimeType: 'application/pdf',
			type: 'document',
		});
		expect(Object.keys(item.binary ?? {})).toEqual(['invoice']);
	});

	test('from a URL: the type from the answer, then from the first bytes', async () => {
		const result = await runZApi(double, {
			parameters: fromUrl,
			items: [{ link: ` ${storage('photo.jpg')} ` }, { link: storage('untyped') }],
		});
		expect(result.error).toBeUndefined();
		expect(downloads().map((r) => r.url)).toEqual(['/storage/photo.jpg', '/storage/untyped']);
		expect(result.output().map((item) => item.json)).toEqual([
			{ fileName: 'media.jpg', mimeType: 'image/jpeg', fileSize: 134 },
			{ fileName: 'media.jpg', mimeType: 'image/jpeg', fileSize: 134 },
		]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				fromUrl,
				{ link: 'ftp://storage.example.com/a.ogg' },
				'Media URL: the URL is not an http(s) address (got "ftp://storage.example.com/a.ogg"): give the file\'s http(s) URL, e.g. https://storage.example.com/voice-note.ogg',
			],
			[
				fromUrl,
				{ link: '' },
				'Media URL: there is no URL to download from (got ""): give the file\'s http(s) URL, e.g. https://storage.example.com/voice-note.ogg',
			],
			[
				fromTrigger,
				{ event: 'Message Received', text: 'hello' },
				'Download From: the input item has no media: it must be an image, audio, voice note, video, document or sticker message from the Z-API Trigger (its media field), or choose URL',
			],
			[
				fromTrigger,
				{ media: { type: 'image', url: null } },
				"The media field of the input item: there is no URL to download from (got null): give the file's http(s) URL, e.g. https://storage.example.com/voice-note.ogg",
			],
			[
				{ ...fromUrl, maxMediaSize: 0 },
				{ link: 'https://storage.example.com/a.ogg' },
				'Size Limit (MB) must be a number above 0 (got 0), e.g. 16',
			],
		])('%j %j', async (parameters, item, message) => {
			const result = await runZApi(double, { parameters, items: [item] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test.each([
		[
			'over the size limit',
			{ maxMediaSize: 1 },
			'sized/2097152.bin',
			undefined,
			/^Could not download the media: the file from 127\.0\.0\.1:\d+ is 2 MB, over the size limit of 1 MB$/,
		],
		[
			'gone',
			{},
			'expired.ogg',
			undefined,
			/^Could not download the media: 127\.0\.0\.1:\d+ answered HTTP 404 \(the link may have expired: Z-API deletes received files after 30 days\)$/,
		],
		[
			'not answering within the node’s Timeout',
			{ options: { timeout: 1000 } },
			'voice-note.ogg',
			{ hang: true },
			/^Could not download the media: the download from 127\.0\.0\.1:\d+ took longer than the timeout of 1 s$/,
		],
		[
			'breaking the connection',
			{},
			'voice-note.ogg',
			{ reset: 'before' as const },
			/^Could not download the media: the download from 127\.0\.0\.1:\d+ failed: the connection was closed before the file came$/,
		],
	])(
		'a file %s fails the item with the host, not the URL',
		async (_case, extra, path, fault, message) => {
			if (fault) double.setFault(`/storage/${path}`, fault);
			const result = await runZApi(double, {
				parameters: { ...fromUrl, ...extra },
				items: [{ link: storage(path) }],
			});
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toMatch(message);
			expect(result.error?.message).not.toContain(path);
			expect(downloads()).toHaveLength(1);
			expectNoSecrets(result.text, double);
		},
	);

	test('On Error: Continue: an error item for the failed file, the others downloaded, all paired', async () => {
		const result = await runZApi(double, {
			parameters: fromUrl,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ link: storage('expired.ogg') },
				{ link: 'not a url' },
				{ link: storage('photo.jpg') },
			],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.error).toMatch(
			/^Could not download the media: 127\.0\.0\.1:\d+ answered HTTP 404/,
		);
		expect(output[1].json.error).toMatch(/^Media URL: the URL is not an http\(s\) address/);
		expect(output[2].json).toMatchObject({ mimeType: 'image/jpeg' });
		expect(output[2].binary?.data).toBeDefined();
		expect(downloads()).toHaveLength(2);
	});
});
