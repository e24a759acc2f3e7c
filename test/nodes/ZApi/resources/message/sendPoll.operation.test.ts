import type { INodeParameters } from 'n8n-workflow';

import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters: INodeParameters = {
	resource: 'message',
	operation: 'sendPoll',
	phone: '={{ $json.to }}',
	message: '={{ $json.question }}',
	pollOptions: { option: [{ name: '={{ $json.first }}' }, { name: '={{ $json.second }}' }] },
	multipleAnswers: '={{ $json.multiple }}',
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const names = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ name: `Day ${index + 1}` }));
const item = {
	to: '5511988887777',
	question: 'Which day suits you?',
	first: 'Monday',
	second: ' Tuesday ',
	multiple: true,
};
const COUNT = 'Poll Options must have 2 to 12 options';
const WHY = 'WhatsApp polls have 2 to 12 options';

const sends = () => double.requests.filter((request) => request.endpoint === '/send-poll');

describe('Message → Send Poll', () => {
	test('POST /send-poll: options by name; one answer only is pollMaxOptions 1, several leave it out', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [
				item,
				{ ...item, to: group, multiple: false, delay: 3 },
				{ ...item, multiple: 'FALSE', first: 7 },
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => [request.method, request.body])).toEqual([
			[
				'POST',
				{
					phone: '5511988887777',
					message: 'Which day suits you?',
					poll: [{ name: 'Monday' }, { name: 'Tuesday' }],
				},
			],
			[
				'POST',
				{
					phone: group,
					message: 'Which day suits you?',
					poll: [{ name: 'Monday' }, { name: 'Tuesday' }],
					pollMaxOptions: 1,
					delayMessage: 3,
				},
			],
			[
				'POST',
				{
					phone: '5511988887777',
					message: 'Which day suits you?',
					poll: [{ name: '7' }, { name: 'Tuesday' }],
					pollMaxOptions: 1,
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

	test('12 options are sent, in the order of the form', async () => {
		const result = await runZApi(double, {
			parameters: { ...parameters, pollOptions: { option: names(12) } },
			items: [item],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body.poll)).toEqual([names(12)]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{},
				{ question: ' ' },
				'Question is empty (got " "): write the question, e.g. "Which day suits you?"',
			],
			[{ pollOptions: { option: names(1) } }, {}, `${COUNT} (got 1): ${WHY}`],
			[{ pollOptions: {} }, {}, `${COUNT} (got 0): ${WHY}`],
			[{ pollOptions: { option: names(13) } }, {}, `${COUNT} (got 13): ${WHY}`],
			[
				{},
				{ second: '' },
				'Option 2 → Name is empty (got ""): write the answer, or remove the option',
			],
			[
				{},
				{ first: null },
				'Option 1 → Name is empty (got null): write the answer, or remove the option',
			],
			[
				{},
				{ second: ['x'] },
				'Option 2 → Name must be text (got ["x"]): write the answer, or remove the option',
			],
			[
				{},
				{ second: 'Monday ' },
				'Option 2 → Name "Monday" is already Option 1\'s: a vote names the option it is for, so each must be different',
			],
			[
				{},
				{ multiple: 'sometimes' },
				'Allow Multiple Answers must be true or false (got "sometimes")',
			],
			[
				{},
				{ delay: 16 },
				'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 16)',
			],
		] as InputErrorRow[])('%j %j → %s', refusedBeforeAnyRequest(double, parameters, item));
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, second: 'Monday' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({
			error:
				'Option 2 → Name "Monday" is already Option 1\'s: a vote names the option it is for, so each must be different',
		});
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(1);
	});

	test('Retry On Fail: a poll whose connection broke is not sent again', async () => {
		double.setFault('/send-poll', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [item],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a poll to 5511988887777\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
