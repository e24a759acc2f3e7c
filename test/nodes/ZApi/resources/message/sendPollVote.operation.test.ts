import type { INodeParameters } from 'n8n-workflow';

import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters: INodeParameters = {
	resource: 'message',
	operation: 'sendPollVote',
	phone: '={{ $json.to }}',
	pollMessageId: '={{ $json.poll }}',
	pollVote: { option: [{ name: '={{ $json.first }}' }, { name: '={{ $json.second }}' }] },
};

const item = {
	to: '5511988887777',
	poll: '3EB0C767D26A1D8A5A4F',
	first: 'Monday',
	second: ' Tuesday ',
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-poll-vote');

describe('Message → Send Poll Vote', () => {
	test('POST /send-poll-vote: pollMessageId and the options voted for, by name', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, { parameters, items: [item, { ...item, to: group }] });
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => [request.method, request.body])).toEqual([
			[
				'POST',
				{
					phone: '5511988887777',
					pollMessageId: '3EB0C767D26A1D8A5A4F',
					pollVote: [{ name: 'Monday' }, { name: 'Tuesday' }],
				},
			],
			[
				'POST',
				{
					phone: group,
					pollMessageId: '3EB0C767D26A1D8A5A4F',
					pollVote: [{ name: 'Monday' }, { name: 'Tuesday' }],
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

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{},
				{ poll: '' },
				'Poll Message ID is empty (got ""): give the messageId of the poll, from Send Poll or the Z-API Trigger',
			],
			[{ pollVote: {} }, {}, 'Vote For must have 1 to 12 options (got 0)'],
			[
				{},
				{ second: '' },
				'Option 2 → Name is empty (got ""): write the name of an option of the poll, or remove the row',
			],
			[
				{},
				{ second: 'Monday' },
				'Option 2 → Name "Monday" is already Option 1\'s: vote for each option once',
			],
		] as InputErrorRow[])('%j %j → %s', refusedBeforeAnyRequest(double, parameters, item));
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, poll: ' ' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json.error).toMatch(/^Poll Message ID is empty/);
		expect(output[1].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(1);
	});
});
