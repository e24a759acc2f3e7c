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

const NOT_AUDIO = 'not audio WhatsApp plays (MP3, OGG/Opus, M4A, AAC or AMR)';

describeMediaSendBasics(double, {
	operation: 'sendAudio',
	kind: 'audio',
	what: 'an audio message',
	url: { value: 'https://example.com/message.mp3', endpoint: '/send-audio' },
	binary: {
		file: { bytes: FILES.mp3, mimeType: 'audio/mpeg', fileName: 'message.mp3' },
		endpoint: '/send-audio',
	},
	reply: false,
	wrong: [
		[
			'url',
			'https://example.com/clip.mov',
			`Audio URL: "https://example.com/clip.mov" ends in .mov, which is of type video/quicktime, ${NOT_AUDIO}: send it with Send Video`,
		],
		[
			'url',
			'https://example.com/terms.pdf',
			`Audio URL: "https://example.com/terms.pdf" ends in .pdf, which is of type application/pdf, ${NOT_AUDIO}: send it with Send Document`,
		],
		[
			'base64',
			`data:image/png;base64,${base64(FILES.png)}`,
			`Audio Base64: the data URL is of type image/png, ${NOT_AUDIO}: send it with Send Image`,
		],
		[
			'base64',
			base64(FILES.pdf),
			`Audio Base64: the Base64 data (read from its first bytes) is of type application/pdf, ${NOT_AUDIO}: send it with Send Document`,
		],
		[
			'binary',
			{ bytes: FILES.mp4, mimeType: 'video/mp4', fileName: 'clip.mp4' },
			`Input Binary Field: the file "clip.mp4" in "data" is of type video/mp4, ${NOT_AUDIO}: send it with Send Video`,
		],
		[
			'binary',
			{ bytes: FILES.mp3, mimeType: 'audio/x-wav', fileName: 'take1.wav' },
			`Input Binary Field: the file "take1.wav" in "data" is of type audio/wav, ${NOT_AUDIO}: convert it, or send it as a file with Send Document`,
		],
	],
});

const sent = () => double.requests.map((request) => request.body);
const run = (
	source: string,
	items: Array<Record<string, unknown> | InputItem>,
	fields: IDataObject = {},
) => runZApi(double, { parameters: mediaParameters('sendAudio', 'audio', source, fields), items });

describe('Send Audio: options', () => {
	test('View Once, Process in Background and Show Waveform are sent when added', async () => {
		const url = 'https://example.com/message.mp3';
		const result = await run(
			'url',
			[
				{ to: PHONE, file: url, on: true },
				{ to: PHONE, file: url, on: 'false' },
			],
			{ viewOnce: '={{ $json.on }}', async: true, waveform: 'TRUE' },
		);
		const none = await run('url', [{ to: PHONE, file: url }]);
		expect(result.error ?? none.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, audio: url, viewOnce: true, async: true, waveform: true },
			{ phone: PHONE, audio: url, viewOnce: false, async: true, waveform: true },
			{ phone: PHONE, audio: url },
		]);
	});

	test.each([
		[{ async: 'soon' }, 'Process in Background must be true or false (got "soon")'],
		[{ waveform: 1 }, 'Show Waveform must be true or false (got 1)'],
	])('%j fails before any request', async (fields, message) => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/a.mp3' }], fields);
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('neither Reply To Message ID (English page only) nor Delay Typing (Portuguese only) is offered or sent', async () => {
		expect(additionalFieldNames('sendAudio')).toEqual([
			'async',
			'waveform',
			'viewOnce',
			'delayMessage',
		]);
		// A workflow JSON written by hand may carry them: they are not sent.
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/a.mp3' }], {
			messageId: '3EB0C767D26A1D8A5A4F',
			delayTyping: 3,
		});
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, audio: 'https://example.com/a.mp3' }]);
	});
});

describe('Send Audio: the types it takes', () => {
	test.each([
		['audio/ogg; codecs=opus', 'voice.ogg', FILES.ogg, 'audio/ogg'],
		['audio/mp3', 'song.mp3', FILES.mp3, 'audio/mpeg'],
		['application/octet-stream', 'memo.m4a', FILES.mp4, 'audio/mp4'],
		['application/octet-stream', undefined, FILES.mp4, 'audio/mp4'],
	])('a file labelled %s named %s is sent as %s', async (mimeType, fileName, bytes, type) => {
		const result = await run('binary', [binaryItem(PHONE, { bytes, mimeType, fileName })]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, audio: `data:${type};base64,${base64(bytes)}` }]);
	});

	test('bare Base64 of an MP4 container is audio/mp4 here; OGG is audio/ogg', async () => {
		const result = await run('base64', [
			{ to: PHONE, file: base64(FILES.mp4) },
			{ to: PHONE, file: base64(FILES.ogg) },
		]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, audio: `data:audio/mp4;base64,${base64(FILES.mp4)}` },
			{ phone: PHONE, audio: `data:audio/ogg;base64,${base64(FILES.ogg)}` },
		]);
	});

	test('URLs of audio files and of MP4 containers are sent (Z-API reads the file)', async () => {
		const urls = [
			'https://example.com/a.ogg',
			'https://example.com/a.m4a',
			'https://example.com/a.mp4',
			'https://example.com/a.wav',
			'https://example.com/stream',
		];
		const result = await run(
			'url',
			urls.map((file) => ({ to: PHONE, file })),
		);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual(urls.map((audio) => ({ phone: PHONE, audio })));
	});
});
