import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'sendReaction',
	phone: '={{ $json.to }}',
	messageId: '={{ $json.target }}',
	reaction: '={{ $json.emoji }}',
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const TARGET = '3EB0C767D26A1D8A5A4F';
const item = { to: '5511988887777', target: TARGET, emoji: '👍' };

const sends = () => double.requests.filter((request) => request.endpoint === '/send-reaction');

describe('Message → Send Reaction', () => {
	test('POST /send-reaction {phone, reaction, messageId}; output keeps the message reacted to', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [item, { to: group, target: ` ${TARGET} `, emoji: ' ❤️ ', delay: 1 }],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.method)).toEqual(['POST', 'POST']);
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: '5511988887777', reaction: '👍', messageId: TARGET },
			{ phone: group, reaction: '❤️', messageId: TARGET, delayMessage: 1 },
		]);
		expect(result.output()[0].json).toEqual({
			phone: '5511988887777',
			zaapId: 'ZAAP3EB0DOUBLE0000000001',
			messageId: '3EB0DOUBLE0000000001',
			id: '3EB0DOUBLE0000000001',
			reaction: '👍',
			reactedToMessageId: TARGET,
		});
		expectNoSecrets(result.text, double);
	});

	test.each(['👍🏽', '🇧🇷', '👨‍👩‍👧', '1️⃣', '☺️'])(
		'one emoji of several code points is one reaction: %s',
		async (emoji) => {
			const result = await runZApi(double, { parameters, items: [{ ...item, emoji }] });
			expect(result.error).toBeUndefined();
			expect(sends()[0].body.reaction).toBe(emoji);
		},
	);

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{ target: '' },
				'Message ID is empty (got ""): give the messageId of the message to react to, e.g. 3EB0C767D26A1D8A5A4F',
			],
			[{ emoji: '' }, 'Reaction is empty (got ""): give one emoji, e.g. 👍'],
			[{ emoji: 'ok' }, 'Reaction must be one emoji, e.g. 👍 (got "ok")'],
			[{ emoji: '👍👍' }, 'Reaction must be one emoji, e.g. 👍 (got "👍👍")'],
			[{ emoji: '1' }, 'Reaction must be one emoji, e.g. 👍 (got "1")'],
			[{ emoji: 'yes 👍' }, 'Reaction must be one emoji, e.g. 👍 (got "yes 👍")'],
			[{ delay: 16 }, 'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 16)'],
		] as Array<[Record<string, unknown>, string]>)('%j → %s', async (change, message) => {
			const result = await runZApi(double, { parameters, items: [{ ...item, ...change }] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, emoji: 'ok' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({ error: 'Reaction must be one emoji, e.g. 👍 (got "ok")' });
		expect(output[1].json.reactedToMessageId).toBe(TARGET);
		expect(sends()).toHaveLength(1);
	});

	test('Retry On Fail: a send whose connection broke is not sent again', async () => {
		double.setFault('/send-reaction', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [item],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a reaction to 5511988887777\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
