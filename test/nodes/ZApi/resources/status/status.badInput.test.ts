/**
 * The Status sends refuse bad input before any request, with a message naming the field and the
 * value, as the Message sends do (the same readers), and a video over Z-API's 10 MB for a status.
 */
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';
import { FILES, base64 } from '../message/mediaFiles';

const double = useZApiDouble();

const text: InputErrorRow[] = [
	[{}, { text: '' }, 'Message is empty (got ""): write the text of the status'],
	[{}, { text: null }, 'Message is empty (got null): write the text of the status'],
	[{}, { text: ['a'] }, 'Message must be text (got ["a"]): write the text of the status'],
];

test.each(text)(
	'Send Text Status %j %j → %s',
	refusedBeforeAnyRequest(
		double,
		{ resource: 'status', operation: 'sendText', message: '={{ $json.text }}' },
		{},
	),
);

const media: InputErrorRow[] = [
	[
		{ operation: 'sendImage', mediaSource: 'url', image: '={{ $json.file }}' },
		{ file: 'photo.jpg' },
		'Image URL: "photo.jpg" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/photo.jpg',
	],
	[
		{ operation: 'sendImage', mediaSource: 'base64', image: '={{ $json.file }}' },
		{ file: `data:video/mp4;base64,${base64(FILES.mp4)}` },
		'Image Base64: the data URL is of type video/mp4, not an image WhatsApp shows (JPEG, PNG or WebP): send it with Send Video',
	],
	[
		{ operation: 'sendVideo', mediaSource: 'binary', binaryPropertyName: 'data' },
		{},
		'Input Binary Field: the input item has no binary field "data": add a node that reads or downloads the video before this one',
	],
	[
		{
			operation: 'sendImage',
			mediaSource: 'url',
			image: 'https://example.com/a.jpg',
			additionalFields: { caption: '={{ $json.caption }}' },
		},
		{ caption: { text: 'x' } },
		'Caption must be text (got {"text":"x"})',
	],
];

test.each(media)('%j %j → %s', refusedBeforeAnyRequest(double, { resource: 'status' }, {}));

test('Send Video Status: a video over 10 MB sent as data is refused before any request', async () => {
	// An MP4's first bytes, then 10.5 MB.
	const video = Buffer.concat([FILES.mp4, Buffer.alloc(10.5 * 1024 * 1024)]);
	const result = await runZApi(double, {
		parameters: {
			resource: 'status',
			operation: 'sendVideo',
			mediaSource: 'base64',
			video: '={{ $json.video }}',
		},
		items: [{ video: `data:video/mp4;base64,${base64(video)}` }],
	});
	expect(result.error?.message).toBe(
		'Video Base64: the file is 10.5 MB; Z-API takes at most 10 MB for a video status',
	);
	expect(double.requests).toHaveLength(0);
});
