import type { INodeParameters } from 'n8n-workflow';

import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters: INodeParameters = {
	resource: 'message',
	operation: 'sendButtonList',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
	buttons: {
		button: [
			{ label: '={{ $json.yes }}', id: '={{ $json.id }}' },
			{ label: 'No', id: '' },
		],
	},
	buttonMedia: 'none',
	image: '={{ $json.media }}',
	video: '={{ $json.media }}',
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const item = { to: '5511988887777', text: 'Is Z-API good?', yes: 'Yes', id: '1' };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const sent = () =>
	double.requests
		.filter((request) => request.endpoint.startsWith('/send-button-list'))
		.map((request) => [request.method, request.endpoint, request.body]);

describe('Message → Send Button List', () => {
	test('POST /send-button-list: buttonList.buttons, an empty ID left out', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [item, { ...item, to: group, id: '', delay: 2 }],
		});
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'POST',
				'/send-button-list',
				{
					phone: '5511988887777',
					message: 'Is Z-API good?',
					buttonList: { buttons: [{ id: '1', label: 'Yes' }, { label: 'No' }] },
				},
			],
			[
				'POST',
				'/send-button-list',
				{
					phone: group,
					message: 'Is Z-API good?',
					buttonList: { buttons: [{ label: 'Yes' }, { label: 'No' }] },
					delayMessage: 2,
				},
			],
		]);
		expect(result.output()[0].json).toEqual({
			phone: '5511988887777',
			zaapId: 'ZAAP3EB0DOUBLE0000000001',
			messageId: '3EB0DOUBLE0000000001',
			id: '3EB0DOUBLE0000000001',
		});
		expectNoSecrets(result.text, double);
	});

	test.each([
		['image', '/send-button-list-image', 'https://example.com/photo.jpg'],
		['image', '/send-button-list-image', PNG],
		['video', '/send-button-list-video', 'https://example.com/clip.mp4'],
		['video', '/send-button-list-video', 'AAAAIGZ0eXBpc29t'],
	])('Media %s: POST %s with buttonList.%s = %s', async (media, endpoint, value) => {
		const result = await runZApi(double, {
			parameters: { ...parameters, buttonMedia: media },
			items: [{ ...item, media: value }],
		});
		expect(result.error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'POST',
				endpoint,
				{
					phone: '5511988887777',
					message: 'Is Z-API good?',
					buttonList: { [media]: value, buttons: [{ id: '1', label: 'Yes' }, { label: 'No' }] },
				},
			],
		]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{},
				{ text: '' },
				'Message is empty (got ""): Z-API refuses buttons without a text, e.g. "Is Z-API good?"',
			],
			[{ buttons: {} }, {}, 'Buttons must have at least one button (got 0)'],
			[{}, { yes: '  ' }, 'Button 1 → Label is empty (got "  ")'],
			[{}, { id: true }, 'Button 1 → ID must be text (got true)'],
			[
				{
					buttons: {
						button: [
							{ label: 'A', id: '7' },
							{ label: 'B', id: 7 },
						],
					},
				},
				{},
				'Button 2 → ID "7" is already Button 1\'s: the reply carries the ID of the button tapped, so each must be different',
			],
			[
				{ buttonMedia: 'image' },
				{ media: '' },
				'Image URL or Base64 is empty (got ""): give a public URL, e.g. https://example.com/photo.jpg',
			],
			[
				{ buttonMedia: 'image' },
				{ media: 'ftp://example.com/photo.jpg' },
				'Image URL or Base64 must be an http(s) URL or Base64 image data (data:image/…;base64,…) (got "ftp://example.com/photo.jpg")',
			],
			[
				{ buttonMedia: 'video' },
				{ media: PNG },
				`Video URL or Base64 must be an http(s) URL or Base64 video data (data:video/…;base64,…) (got "${PNG}")`,
			],
			[
				{},
				{ delay: 20 },
				'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 20)',
			],
		] as InputErrorRow[])('%j %j → %s', refusedBeforeAnyRequest(double, parameters, item));
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, yes: '' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({ error: 'Button 1 → Label is empty (got "")' });
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sent()).toHaveLength(1);
	});
});
