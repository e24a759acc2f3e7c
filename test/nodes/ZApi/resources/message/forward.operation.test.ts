/** Message → Forward: POST /forward-message {phone, messageId, messagePhone, delayMessage?} (message/forward-message.md). */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = {
	resource: 'message',
	operation: 'forward',
	phone: '={{ $json.to }}',
	messageId: '={{ $json.id }}',
	messagePhone: '={{ $json.from }}',
	additionalFields: { delayMessage: '={{ $json.delay }}' },
};

const ID = '3EB0C767D26A1D8A5A4F';
const FROM = '5511988887777';
const TO = '5521977776666';

const sends = () => double.requests.filter((request) => request.endpoint === '/forward-message');

describe('Message → Forward', () => {
	test('POST /forward-message with the documented body; output phone, zaapId, the forwarded message', async () => {
		addChat(double, { phone: FROM });
		const group = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ to: '+55 21 97777-6666', id: ` ${ID} `, from: '+55 (11) 98888-7777' },
				{ to: group, id: ID, from: FROM, delay: 5 },
				{ to: TO, id: ID, from: group },
			],
		});

		expect(result.error).toBeUndefined();
		expect(sends()).toHaveLength(3);
		for (const request of sends()) {
			expect(request.method).toBe('POST');
			expect(request.headers['content-type']).toMatch(/^application\/json/);
		}
		expect(sends().map((request) => request.rawBody)).toEqual([
			JSON.stringify({ phone: TO, messageId: ID, messagePhone: FROM }),
			JSON.stringify({ phone: group, messageId: ID, messagePhone: FROM, delayMessage: 5 }),
			JSON.stringify({ phone: TO, messageId: ID, messagePhone: group }),
		]);
		expect(result.output()[0]).toEqual({
			json: {
				phone: TO,
				zaapId: 'ZAAP3EB0DOUBLE0000000001',
				messageId: null,
				forwardedMessageId: ID,
				messagePhone: FROM,
			},
			pairedItem: { item: 0 },
		});
		expectNoSecrets(result.text, double);
	});

	test('an answer with a messageId too (as every other send has) outputs it', async () => {
		double.setFault('/forward-message', {
			status: 200,
			body: { zaapId: 'Z1', messageId: 'M1', id: 'M1' },
		});
		const result = await runZApi(double, { parameters, items: [{ to: TO, id: ID, from: FROM }] });
		expect(result.output()[0].json).toEqual({
			phone: TO,
			zaapId: 'Z1',
			messageId: 'M1',
			forwardedMessageId: ID,
			messagePhone: FROM,
		});
	});

	test.each([
		[
			{ to: TO, id: ' ', from: FROM },
			'Message ID is empty (got " "): give the messageId of the message to forward, e.g. 3EB0C767D26A1D8A5A4F',
		],
		[
			{ to: TO, id: ID, from: '' },
			'From Chat is empty (got ""): give the chat the message is in, a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		],
		[
			{ to: TO, id: ID, from: 'abc-group' },
			'From Chat: "abc-group" is not a group ID: use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429',
		],
		[
			{ to: '', id: ID, from: FROM },
			'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		],
		[
			{ to: TO, id: ID, from: FROM, delay: 20 },
			'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 20)',
		],
	])('%j is refused before any request', async (item, message) => {
		const result = await runZApi(double, { parameters, items: [item] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('an answer without zaapId is a failure, not a forward', async () => {
		double.setFault('/forward-message', { status: 200, body: {} });
		const result = await runZApi(double, { parameters, items: [{ to: TO, id: ID, from: FROM }] });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(
			new RegExp(
				`^Z-API answered without the expected data when trying to forward the message ${ID} to ${TO}`,
			),
		);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		addChat(double, { phone: FROM });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ to: TO, id: ID, from: FROM },
				{ to: TO, id: ID, from: '5531955554444' },
				{ to: TO, id: ID, from: FROM },
			],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()).toEqual([
			{ json: expect.objectContaining({ forwardedMessageId: ID }), pairedItem: { item: 0 } },
			{
				json: {
					error: `Z-API rejected the request (HTTP 400) when trying to forward the message ${ID} to ${TO}: Chat not found`,
				},
				pairedItem: { item: 1 },
			},
			{ json: expect.objectContaining({ forwardedMessageId: ID }), pairedItem: { item: 2 } },
		]);
		expectNoSecrets(result.text, double);
	});
});
