import type { INodeParameters } from 'n8n-workflow';

import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters: INodeParameters = {
	resource: 'message',
	operation: 'sendOptionList',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
	listTitle: '={{ $json.title }}',
	buttonLabel: '={{ $json.label }}',
	listOptions: {
		option: [
			{
				title: '={{ $json.first }}',
				description: 'Wings for your imagination',
				id: '={{ $json.id }}',
			},
			{ title: 'Others', description: '={{ $json.second }}', id: '' },
		],
	},
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const item = {
	to: '5511988887777',
	text: 'Choose the best option:',
	title: 'Available options',
	label: 'Open the list',
	first: 'Z-API',
	second: 'They do not work',
	id: '1',
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-option-list');

describe('Message → Send Option List', () => {
	test('POST /send-option-list: optionList with title, buttonLabel and the options; an empty ID is left out', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [item, { ...item, id: ' ', delay: 5 }],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => [request.method, request.body])).toEqual([
			[
				'POST',
				{
					phone: '5511988887777',
					message: 'Choose the best option:',
					optionList: {
						title: 'Available options',
						buttonLabel: 'Open the list',
						options: [
							{ id: '1', description: 'Wings for your imagination', title: 'Z-API' },
							{ description: 'They do not work', title: 'Others' },
						],
					},
				},
			],
			[
				'POST',
				expect.objectContaining({
					optionList: expect.objectContaining({
						options: [
							{ description: 'Wings for your imagination', title: 'Z-API' },
							{ description: 'They do not work', title: 'Others' },
						],
					}),
					delayMessage: 5,
				}),
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

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{},
				{ text: '' },
				'Message is empty (got ""): write the text shown above the list, e.g. "Choose the best option:"',
			],
			[
				{},
				{ title: null },
				'List Title is empty (got null): give the list a title, e.g. "Available options"',
			],
			[
				{},
				{ label: ' ' },
				'Button Label is empty (got " "): write the text of the button that opens the list, e.g. "Open the list"',
			],
			[{ listOptions: {} }, {}, 'List Options must have at least one option (got 0)'],
			[{}, { first: '' }, 'Option 1 → Title is empty (got "")'],
			[
				{},
				{ second: '' },
				'Option 2 → Description is empty (got ""): Z-API requires a line under each title',
			],
			[{}, { id: { a: 1 } }, 'Option 1 → ID must be text (got {"a":1})'],
			[
				{
					listOptions: {
						option: [
							{ title: 'A', description: 'a', id: '1' },
							{ title: 'B', description: 'b', id: ' 1' },
						],
					},
				},
				{},
				'Option 2 → ID "1" is already Option 1\'s: the reply carries the ID of the option picked, so each must be different',
			],
			[{}, { delay: 0 }, 'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 0)'],
		] as InputErrorRow[])('%j %j → %s', refusedBeforeAnyRequest(double, parameters, item));
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, first: '' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({ error: 'Option 1 → Title is empty (got "")' });
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(1);
	});
});
