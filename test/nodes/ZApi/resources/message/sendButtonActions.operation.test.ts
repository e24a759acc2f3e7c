import type { INodeParameters, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { description } from '../../../../../nodes/ZApi/resources/message/sendButtonActions.operation';

import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters: INodeParameters = {
	resource: 'message',
	operation: 'sendButtonActions',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
	buttons: {
		button: [
			{ type: 'CALL', label: 'Call us', phone: '={{ $json.call }}', id: '1' },
			{
				type: '={{ $json.secondType }}',
				label: 'Visit our website',
				url: '={{ $json.url }}',
				id: '',
			},
		],
	},
	additionalFields: {
		title: '={{ $json.title }}',
		footer: '={{ $json.footer }}',
		delayMessage: '={{ $json.delay }}',
	},
};

const item = {
	to: '5511988887777',
	text: 'Thanks for your order!',
	call: '+55 (44) 9839-8733',
	secondType: 'URL',
	url: 'https://z-api.io',
};
const REPLIES: INodeParameters = {
	buttons: { button: [{ type: 'REPLY', label: 'Talk to an agent', id: '3' }] },
};

const sends = () =>
	double.requests.filter((request) => request.endpoint === '/send-button-actions');

describe('Message → Send Button Actions', () => {
	test('the form: a row shows Type (Open URL by default), Label, ID, and URL or Phone Number by type', () => {
		const buttons = description.find((property) => property.name === 'buttons')!;
		const [row] = buttons.options as INodePropertyCollection[];
		const field = (name: string) => row.values.find((value) => value.name === name)!;
		expect(row.values.map((value) => value.displayName)).toEqual([
			'ID',
			'Label',
			'Phone Number',
			'Type',
			'URL',
		]);
		expect(field('type')).toMatchObject({
			default: 'URL',
			options: [
				{ name: 'Call', value: 'CALL' },
				{ name: 'Open URL', value: 'URL' },
				{ name: 'Reply', value: 'REPLY' },
			],
		});
		expect((field('url') as INodeProperties).displayOptions).toEqual({ show: { type: ['URL'] } });
		expect((field('phone') as INodeProperties).displayOptions).toEqual({
			show: { type: ['CALL'] },
		});
	});

	test('POST /send-button-actions: CALL with its phone, URL with its url, REPLY with neither; title and footer when given', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [item, { ...item, title: 'Your order', footer: 'Z-API', delay: 4, secondType: 'url' }],
		});
		expect(result.error).toBeUndefined();
		const buttons = [
			{ id: '1', type: 'CALL', label: 'Call us', phone: '554498398733' },
			{ type: 'URL', label: 'Visit our website', url: 'https://z-api.io' },
		];
		expect(sends().map((request) => [request.method, request.body])).toEqual([
			[
				'POST',
				{ phone: '5511988887777', message: 'Thanks for your order!', buttonActions: buttons },
			],
			[
				'POST',
				{
					phone: '5511988887777',
					message: 'Thanks for your order!',
					title: 'Your order',
					footer: 'Z-API',
					buttonActions: buttons,
					delayMessage: 4,
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

	test('REPLY buttons in a message of their own', async () => {
		const result = await runZApi(double, {
			parameters: { ...parameters, ...REPLIES },
			items: [item],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body.buttonActions)).toEqual([
			[{ id: '3', type: 'REPLY', label: 'Talk to an agent' }],
		]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{},
				{ text: '' },
				'Message is empty (got ""): write the text shown above the buttons, e.g. "Thanks for your order!"',
			],
			[{ buttons: {} }, {}, 'Buttons must have at least one button (got 0)'],
			[{}, { secondType: 'LINK' }, 'Button 2 → Type must be URL, CALL or REPLY (got "LINK")'],
			[
				{},
				{ url: '' },
				'Button 2 → URL is empty (got ""): give the link, e.g. https://example.com',
			],
			[
				{},
				{ url: 'z-api.io' },
				'Button 2 → URL must start with http:// or https:// (got "z-api.io")',
			],
			[
				{},
				{ call: '' },
				'Button 1 → Phone Number is empty (got ""): give the number to call, e.g. 5511999998888',
			],
			[
				{},
				{ call: '55 44 call-me' },
				'Button 1 → Phone Number: "55 44 call-me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
			],
			[
				{
					buttons: {
						button: [
							{ type: 'URL', label: 'Site', url: 'https://z-api.io', id: '1' },
							{ type: 'REPLY', label: 'Agent', id: '1' },
						],
					},
				},
				{},
				'Button 2 → ID "1" is already Button 1\'s: each button must have its own ID',
			],
			[
				{
					buttons: {
						button: [
							{ type: 'CALL', label: 'Call', phone: '554498398733' },
							{ type: 'URL', label: 'Site', url: 'https://z-api.io' },
							{ type: 'REPLY', label: 'Agent' },
						],
					},
				},
				{},
				'Buttons mix URL, CALL and REPLY: Z-API says WhatsApp Web fails on all three in one message; send the REPLY buttons in a message of their own',
			],
			[{}, { title: ['x'] }, 'Title must be text (got ["x"])'],
		] as InputErrorRow[])('%j %j → %s', refusedBeforeAnyRequest(double, parameters, item));
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, url: 'z-api.io' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({
			error: 'Button 2 → URL must start with http:// or https:// (got "z-api.io")',
		});
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(1);
	});
});
