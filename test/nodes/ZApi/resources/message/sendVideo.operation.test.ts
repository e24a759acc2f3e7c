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

const NOT_VIDEO = 'not a video WhatsApp plays (MP4 or 3GP)';

describeMediaSendBasics(double, {
	operation: 'sendVideo',
	kind: 'video',
	what: 'a video',
	url: { value: 'https://example.com/clip.mp4', endpoint: '/send-video' },
	binary: {
		file: { bytes: FILES.mp4, mimeType: 'video/mp4', fileName: 'clip.mp4' },
		endpoint: '/send-video',
	},
	reply: true,
	wrong: [
		[
			'url',
			'https://example.com/jingle.mp3',
			`Video URL: "https://example.com/jingle.mp3" ends in .mp3, which is of type audio/mpeg, ${NOT_VIDEO}: send it with Send Audio`,
		],
		[
			'base64',
			`data:image/jpeg;base64,${base64(FILES.jpeg)}`,
			`Video Base64: the data URL is of type image/jpeg, ${NOT_VIDEO}: send it with Send Image`,
		],
		[
			'base64',
			base64(FILES.mov),
			`Video Base64: the Base64 data (read from its first bytes) is of type video/quicktime, ${NOT_VIDEO}: convert it, or send it as a file with Send Document`,
		],
		[
			'binary',
			{ bytes: FILES.pdf, mimeType: 'application/pdf', fileName: 'terms.pdf' },
			`Input Binary Field: the file "terms.pdf" in "data" is of type application/pdf, ${NOT_VIDEO}: send it with Send Document`,
		],
		[
			'binary',
			{ bytes: FILES.mov, mimeType: 'video/quicktime', fileName: 'IMG_0001.MOV' },
			`Input Binary Field: the file "IMG_0001.MOV" in "data" is of type video/quicktime, ${NOT_VIDEO}: convert it, or send it as a file with Send Document`,
		],
	],
});

const sent = () => double.requests.map((request) => request.body);
const run = (
	source: string,
	items: Array<Record<string, unknown> | InputItem>,
	fields: IDataObject = {},
) => runZApi(double, { parameters: mediaParameters('sendVideo', 'video', source, fields), items });

describe('Send Video: caption and options', () => {
	test('Caption, View Once and Process in Background are sent when added', async () => {
		const url = 'https://example.com/clip.mp4';
		const result = await run('url', [{ to: PHONE, file: url }], {
			caption: 'Our new store 🎉',
			viewOnce: false,
			async: true,
		});
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			{ phone: PHONE, video: url, caption: 'Our new store 🎉', viewOnce: false, async: true },
		]);
		expect(additionalFieldNames('sendVideo')).toEqual([
			'caption',
			'async',
			'messageId',
			'viewOnce',
			'delayMessage',
		]);
	});
});

describe('Send Video: the types it takes', () => {
	test.each([
		['video/3gpp', 'clip.3gp', FILES.mp4, 'video/3gpp'],
		['application/octet-stream', 'clip.mp4', FILES.mp4, 'video/mp4'],
		['application/octet-stream', undefined, FILES.mp4, 'video/mp4'],
	])('a file labelled %s named %s is sent as %s', async (mimeType, fileName, bytes, type) => {
		const result = await run('binary', [binaryItem(PHONE, { bytes, mimeType, fileName })]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, video: `data:${type};base64,${base64(bytes)}` }]);
	});

	test('bare Base64 of an MP4 file is sent as a video/mp4 data URL', async () => {
		const result = await run('base64', [{ to: PHONE, file: base64(FILES.mp4) }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, video: `data:video/mp4;base64,${base64(FILES.mp4)}` }]);
	});

	test('a URL of another video format is Z-API’s to read: sent', async () => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/IMG_0001.MOV' }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, video: 'https://example.com/IMG_0001.MOV' }]);
	});
});
