/** Chat → Set Disappearing Messages: POST /send-chat-expiration {phone, chatExpiration} (chats/chat-expiration.md). */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511988887777';
const parameters = {
	resource: 'chat',
	operation: 'setDisappearingMessages',
	phone: '={{ $json.chat }}',
	chatExpiration: '={{ $json.expiration }}',
};

describe('Chat → Set Disappearing Messages', () => {
	test.each(['24_HOURS', '7_DAYS', '90_DAYS', 'OFF'])(
		'%s: POST /send-chat-expiration with the documented value; output chatId first',
		async (expiration) => {
			addChat(double, { phone: PHONE, expiration: expiration === 'OFF' ? '7_DAYS' : 'OFF' });
			const result = await runZApi(double, { parameters, items: [{ chat: PHONE, expiration }] });

			expect(result.error).toBeUndefined();
			expect(double.requests).toHaveLength(1);
			const [request] = double.requests;
			expect(request.method).toBe('POST');
			expect(request.endpoint).toBe('/send-chat-expiration');
			expect(request.rawBody).toBe(JSON.stringify({ phone: PHONE, chatExpiration: expiration }));
			expect(double.chats.get(PHONE)?.expiration).toBe(expiration);
			expect(result.output()).toEqual([
				{
					json: {
						chatId: PHONE,
						phone: PHONE,
						chatExpiration: expiration,
						disappearingMessagesSet: true,
					},
					pairedItem: { item: 0 },
				},
			]);
			expectNoSecrets(result.text, double);
		},
	);

	test('the form’s default is 7 Days; the JSON example’s lower case from an expression is read too', async () => {
		addChat(double, { phone: PHONE });
		const result = await runZApi(double, {
			parameters: { resource: 'chat', operation: 'setDisappearingMessages', phone: PHONE },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ phone: PHONE, chatExpiration: '7_DAYS' });
		const lower = await runZApi(double, {
			parameters,
			items: [{ chat: PHONE, expiration: ' 24_hours ' }],
		});
		expect(lower.error).toBeUndefined();
		expect(double.requests[1].body).toEqual({ phone: PHONE, chatExpiration: '24_HOURS' });
	});

	test.each([
		[
			{ chat: PHONE, expiration: '30_DAYS' },
			'Messages Disappear After must be one of 24_HOURS, 7_DAYS, 90_DAYS, OFF (got "30_DAYS")',
		],
		[
			{ chat: PHONE, expiration: 7 },
			'Messages Disappear After must be one of 24_HOURS, 7_DAYS, 90_DAYS, OFF (got 7)',
		],
		[
			{ chat: ' ', expiration: 'OFF' },
			'Phone or Group ID is empty (got " "): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		],
	])('%j is refused before any request', async (item, message) => {
		const result = await runZApi(double, { parameters, items: [item] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('"value": false is a failure: the change was not made', async () => {
		double.setFault('/send-chat-expiration', { status: 200, body: { value: false } });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: PHONE, expiration: 'OFF' }],
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to set disappearing messages to OFF in the chat ${PHONE} (it answered "value": false)`,
		);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		addChat(double, { phone: PHONE });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ chat: PHONE, expiration: '90_DAYS' },
				{ chat: '5521966665555', expiration: '90_DAYS' },
				{ chat: PHONE, expiration: 'bad' },
			],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()).toEqual([
			{ json: expect.objectContaining({ chatId: PHONE }), pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to set disappearing messages to 90_DAYS in the chat 5521966665555: Chat not found',
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					error:
						'Messages Disappear After must be one of 24_HOURS, 7_DAYS, 90_DAYS, OFF (got "bad")',
				},
				pairedItem: { item: 2 },
			},
		]);
		expectNoSecrets(result.text, double);
	});
});
