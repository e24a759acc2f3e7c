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

const NOT_NOTE = 'not a video note WhatsApp plays (MP4)';

describeMediaSendBasics(double, {
	operation: 'sendVideoNote',
	kind: 'ptv',
	label: 'Video Note',
	what: 'a video note',
	url: { value: 'https://example.com/note.mp4', endpoint: '/send-ptv' },
	binary: {
		file: { bytes: FILES.mp4, mimeType: 'video/mp4', fileName: 'note.mp4' },
		endpoint: '/send-ptv',
	},
	reply: true,
	wrong: [
		[
			'url',
			'https://example.com/jingle.mp3',
			`Video Note URL: "https://example.com/jingle.mp3" ends in .mp3, which is of type audio/mpeg, ${NOT_NOTE}: send it with Send Audio`,
		],
		[
			'base64',
			`data:image/jpeg;base64,${base64(FILES.jpeg)}`,
			`Video Note Base64: the data URL is of type image/jpeg, ${NOT_NOTE}: send it with Send Image`,
		],
		[
			'base64',
			base64(FILES.threeGp),
			`Video Note Base64: the Base64 data (read from its first bytes) is of type video/3gpp, ${NOT_NOTE}: convert it to MP4, or send it with Send Video`,
		],
		[
			'binary',
			{ bytes: FILES.mov, mimeType: 'video/quicktime', fileName: 'IMG_0001.MOV' },
			`Input Binary Field: the file "IMG_0001.MOV" in "data" is of type video/quicktime, ${NOT_NOTE}: convert it to MP4, or send it with Send Video`,
		],
	],
});

const sent = () => double.requests.map((request) => request.body);
const run = (source: string, items: Array<Record<string, unknown> | InputItem>) =>
	runZApi(double, { parameters: mediaParameters('sendVideoNote', 'ptv', source), items });

describe('Send Video Note', () => {
	test('the file goes in ptv (both pages’ examples), not video; no option but the shared ones', async () => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/note.mp4' }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, ptv: 'https://example.com/note.mp4' }]);
		expect(additionalFieldNames('sendVideoNote')).toEqual(['messageId', 'delayMessage']);
	});

	test.each([
		['application/octet-stream', 'note.mp4', 'video/mp4'],
		['application/octet-stream', undefined, 'video/mp4'],
	])('a file labelled %s named %s is sent as %s', async (mimeType, fileName, type) => {
		const file = { bytes: FILES.mp4, mimeType, fileName };
		const result = await run('binary', [binaryItem(PHONE, file)]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, ptv: `data:${type};base64,${base64(FILES.mp4)}` }]);
	});

	test('bare Base64 of an MP4 file is sent as a video/mp4 data URL', async () => {
		const result = await run('base64', [{ to: PHONE, file: base64(FILES.mp4) }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, ptv: `data:video/mp4;base64,${base64(FILES.mp4)}` }]);
	});

	test('a URL of another video format is Z-API’s to read: sent', async () => {
		const result = await run('url', [{ to: PHONE, file: 'https://example.com/note.3gp' }]);
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([{ phone: PHONE, ptv: 'https://example.com/note.3gp' }]);
	});
});
