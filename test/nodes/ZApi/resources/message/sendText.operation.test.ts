import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'sendText',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-text');

describe('Message → Send Text', () => {
	test('POST /send-text with JSON {phone, message}; output phone, zaapId, messageId, id', async () => {
		const group = double.addGroup({ name: 'Sales' });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ to: '+55 (11) 98888-7777', text: 'Hello!\nSecond line ' },
				{ to: group, text: 'Hi team' },
				{ to: 5521977776666, text: 42 },
			],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(3);
		for (const request of double.requests) {
			expect(request.method).toBe('POST');
			expect(request.endpoint).toBe('/send-text');
			expect(request.headers['content-type']).toMatch(/^application\/json/);
		}
		expect(double.requests.map((request) => request.body)).toEqual([
			{ phone: '5511988887777', message: 'Hello!\nSecond line ' },
			{ phone: group, message: 'Hi team' },
			{ phone: '5521977776666', message: '42' },
		]);
		expect(result.output()).toEqual([
			{
				json: {
					phone: '5511988887777',
					zaapId: 'ZAAP3EB0DOUBLE0000000001',
					messageId: '3EB0DOUBLE0000000001',
					id: '3EB0DOUBLE0000000001',
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					phone: group,
					zaapId: 'ZAAP3EB0DOUBLE0000000002',
					messageId: '3EB0DOUBLE0000000002',
					id: '3EB0DOUBLE0000000002',
				},
				pairedItem: { item: 1 },
			},
			{
				json: expect.objectContaining({
					phone: '5521977776666',
					messageId: '3EB0DOUBLE0000000003',
				}),
				pairedItem: { item: 2 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('an older group id (number-timestamp) and an @lid id are sent as they are', async () => {
		const old = double.addGroup({ id: '5511999999999-1623281429', name: 'Old' });
		await runZApi(double, {
			parameters,
			items: [
				{ to: ` ${old} `, text: 'a' },
				{ to: '2111897971174599@lid', text: 'b' },
			],
		});
		expect(sends().map((request) => request.body.phone)).toEqual([old, '2111897971174599@lid']);
	});

	test('delays are sent only when set, as numbers of seconds', async () => {
		await runZApi(double, {
			parameters: {
				...parameters,
				additionalFields: { delayMessage: '={{ $json.delayMessage }}', delayTyping: 15 },
			},
			items: [
				{ to: '5511988887777', text: 'a', delayMessage: 1 },
				{ to: '5511988887777', text: 'b', delayMessage: '5' },
				{ to: '5511988887777', text: 'c' },
			],
		});
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: '5511988887777', message: 'a', delayMessage: 1, delayTyping: 15 },
			{ phone: '5511988887777', message: 'b', delayMessage: 5, delayTyping: 15 },
			{ phone: '5511988887777', message: 'c', delayTyping: 15 },
		]);
	});

	test('Reply To Message ID is sent as messageId, trimmed; left empty, it is not sent', async () => {
		const result = await runZApi(double, {
			parameters: { ...parameters, additionalFields: { messageId: '={{ $json.replyTo }}' } },
			items: [
				{ to: '5511988887777', text: 'a', replyTo: ' 3EB0C767D26A1D8A5A4F ' },
				{ to: '5511988887777', text: 'b', replyTo: '' },
				{ to: '5511988887777', text: 'c', replyTo: null },
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: '5511988887777', message: 'a', messageId: '3EB0C767D26A1D8A5A4F' },
			{ phone: '5511988887777', message: 'b' },
			{ phone: '5511988887777', message: 'c' },
		]);
		expect(result.output()[0].json).not.toHaveProperty('mentioned');
	});

	test('Mentions: the numbers as mentioned (digits, as text), the text unchanged; output lists them', async () => {
		const group = double.addGroup({ participants: ['5511988887777', '5521977776666'] });
		const result = await runZApi(double, {
			parameters: { ...parameters, additionalFields: { mentioned: '={{ $json.mention }}' } },
			items: [
				{ to: group, text: 'Hi @5511988887777', mention: '+55 (11) 98888-7777' },
				{ to: group, text: 'Both of you', mention: ['5511988887777', 5521977776666] },
				{ to: group, text: 'No one', mention: '' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: group, message: 'Hi @5511988887777', mentioned: ['5511988887777'] },
			{ phone: group, message: 'Both of you', mentioned: ['5511988887777', '5521977776666'] },
			{ phone: group, message: 'No one' },
		]);
		expect(result.output().map((item) => item.json.mentioned)).toEqual([
			['5511988887777'],
			['5511988887777', '5521977776666'],
			undefined,
		]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{ to: '', text: 'a' },
				'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
			],
			[
				{ to: 'call me', text: 'a' },
				'Phone or Group ID: "call me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
			],
			[
				{ to: '12345', text: 'a' },
				'Phone or Group ID: "12345" has 5 digits; a phone number is country code + area code + number (8 to 15 digits), e.g. 5511999998888',
			],
			[
				{ to: 'sales-group', text: 'a' },
				'Phone or Group ID: "sales-group" is not a group ID: use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429',
			],
			[{ to: '5511988887777', text: '' }, 'Message is empty (got ""): write the text to send'],
			[
				{ to: '5511988887777', text: ' \n ' },
				'Message is empty (got " \\n "): write the text to send',
			],
			[
				{ to: '5511988887777', text: 'a', delayMessage: 16 },
				'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 16)',
			],
			[
				{ to: '5511988887777', text: 'a', delayMessage: 0 },
				'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 0)',
			],
			[
				{ to: '5511988887777', text: 'a', delayTyping: 'soon' },
				'Delay Typing must be a whole number of seconds from 1 to 15 (got "soon")',
			],
			[
				{ to: '5511988887777', text: 'a', delayTyping: 2.5 },
				'Delay Typing must be a whole number of seconds from 1 to 15 (got 2.5)',
			],
		])('%j → %s', async (item, message) => {
			const result = await runZApi(double, {
				parameters: {
					...parameters,
					additionalFields: {
						delayMessage: '={{ $json.delayMessage }}',
						delayTyping: '={{ $json.delayTyping }}',
					},
				},
				items: [item],
			});
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('an unknown group is Z-API’s error, named with the action', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [{ to: '120363000000000000-group', text: 'hello' }],
		});
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to send a text message to 120363000000000000-group: Group not found',
		);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ to: '5511988887777', text: 'first' },
				{ to: '5511988887777', text: '' },
				{ to: '120363000000000000-group', text: 'third' },
				{ to: '5521977776666', text: 'fourth' },
			],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(output[0].json.phone).toBe('5511988887777');
		expect(output[1].json).toEqual({ error: 'Message is empty (got ""): write the text to send' });
		expect(String(output[2].json.error)).toMatch(/HTTP 400.*Group not found$/);
		expect(output[3].json.phone).toBe('5521977776666');
		expect(sends().map((request) => request.body.message)).toEqual(['first', 'third', 'fourth']);
		expectNoSecrets(result.text, double);
	});
});

describe('Retry On Fail never sends a message twice', () => {
	test('after a timeout, n8n retries the node but the message is not re-sent', async () => {
		double.setFault('/send-text', { delayMs: 1500, status: 200, body: { messageId: 'late' } });
		const result = await runZApi(double, {
			parameters: { ...parameters, options: { timeout: 300 } },
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [{ to: '5511988887777', text: 'once' }],
		});
		expect(result.error?.message).toBe(
			'Z-API did not answer within 300 ms when trying to send a text message to 5511988887777. The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.',
		);
		expect(sends()).toHaveLength(1);
	});

	test('with On Error: Continue, a retry re-sends neither a failed (5xx) nor a sent message', async () => {
		double.setFault('/send-text', { status: 502, body: { error: 'Bad Gateway' } });
		const result = await runZApi(double, {
			parameters,
			settings: {
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 1,
				onError: 'continueRegularOutput',
			},
			items: [
				{ to: '5511988887777', text: 'unlucky' },
				{ to: '5521977776666', text: 'fine' },
			],
		});
		const output = result.output();
		expect(output[0].json).toEqual({
			error:
				'Z-API failed (HTTP 502) when trying to send a text message to 5511988887777: Bad Gateway. The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.',
			mayHaveReachedZApi: true,
		});
		expect(output[1].json).toMatchObject({
			phone: '5521977776666',
			messageId: '3EB0DOUBLE0000000001',
		});
		expect(sends().map((request) => request.body.message)).toEqual(['unlucky', 'fine']);
	});

	test('a message Z-API rejected (400) was not sent, so a retry may send it again', async () => {
		double.setFault('/send-text', { status: 400, body: { error: 'temporarily invalid' } });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			items: [{ to: '5511988887777', text: 'again' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json.phone).toBe('5511988887777');
		expect(sends()).toHaveLength(2);
	});

	test('the same message to the same phone in two items is two messages', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [
				{ to: '5511988887777', text: 'same' },
				{ to: '5511988887777', text: 'same' },
			],
		});
		expect(result.output()).toHaveLength(2);
		expect(sends()).toHaveLength(2);
	});
});
