/** Message → Pin: POST /pin-message {phone, messageId, messageAction, pinMessageDuration} (message/send-pin-message.md). */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511988887777';
const ID = '77DF5293EBC176FFA6A88838E7A6AD83';

const parameters = {
	resource: 'message',
	operation: 'pin',
	phone: '={{ $json.chat }}',
	messageId: '={{ $json.id }}',
	messageAction: '={{ $json.action }}',
	pinMessageDuration: '={{ $json.duration }}',
};

const pins = () => double.requests.filter((request) => request.endpoint === '/pin-message');

describe('Message → Pin', () => {
	test.each(['24_hours', '7_days', '30_days'])(
		'pin for %s: POST /pin-message with the documented body; output the pin and the message pinned',
		async (duration) => {
			addChat(double, { phone: PHONE });
			const result = await runZApi(double, {
				parameters,
				items: [{ chat: PHONE, id: ID, action: 'pin', duration }],
			});
			expect(result.error).toBeUndefined();
			expect(pins()).toHaveLength(1);
			expect(pins()[0].method).toBe('POST');
			expect(pins()[0].rawBody).toBe(
				JSON.stringify({
					phone: PHONE,
					messageId: ID,
					messageAction: 'pin',
					pinMessageDuration: duration,
				}),
			);
			expect(result.output()).toEqual([
				{
					json: {
						phone: PHONE,
						zaapId: 'ZAAP3EB0DOUBLE0000000001',
						messageId: '3EB0DOUBLE0000000001',
						id: '3EB0DOUBLE0000000001',
						messageAction: 'pin',
						pinMessageDuration: duration,
						pinnedMessageId: ID,
					},
					pairedItem: { item: 0 },
				},
			]);
			expectNoSecrets(result.text, double);
		},
	);

	test('unpin: the duration (required, "no effect" on unpin) is sent as the default, 7_days', async () => {
		const group = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'pin',
				phone: group,
				messageId: ID,
				messageAction: 'unpin',
			},
		});
		expect(result.error).toBeUndefined();
		expect(pins()[0].body).toEqual({
			phone: group,
			messageId: ID,
			messageAction: 'unpin',
			pinMessageDuration: '7_days',
		});
		expect(result.output()[0].json).toEqual(
			expect.objectContaining({ phone: group, messageAction: 'unpin', pinnedMessageId: ID }),
		);
		expect(result.output()[0].json).not.toHaveProperty('pinMessageDuration');
	});

	test('the form’s defaults: pin for 7 days', async () => {
		addChat(double, { phone: PHONE });
		const result = await runZApi(double, {
			parameters: { resource: 'message', operation: 'pin', phone: PHONE, messageId: ID },
		});
		expect(result.error).toBeUndefined();
		expect(pins()[0].body).toEqual({
			phone: PHONE,
			messageId: ID,
			messageAction: 'pin',
			pinMessageDuration: '7_days',
		});
	});

	test.each([
		[
			{ chat: PHONE, id: '', action: 'pin', duration: '7_days' },
			'Message ID is empty (got ""): give the messageId of the message to pin or unpin, e.g. 3EB0C767D26A1D8A5A4F',
		],
		[
			{ chat: PHONE, id: ID, action: 'star', duration: '7_days' },
			'Action must be one of pin, unpin (got "star")',
		],
		[
			{ chat: PHONE, id: ID, action: 'pin', duration: '90_days' },
			'Pinned For must be one of 24_hours, 7_days, 30_days (got "90_days")',
		],
		[
			{ chat: '', id: ID, action: 'pin', duration: '7_days' },
			'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		],
	])('%j is refused before any request', async (item, message) => {
		const result = await runZApi(double, { parameters, items: [item] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		addChat(double, { phone: PHONE });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ chat: PHONE, id: ID, action: 'PIN', duration: '24_HOURS' },
				{ chat: '5531955554444', id: ID, action: 'pin', duration: '24_hours' },
				{ chat: PHONE, id: ID, action: 'unpin' },
			],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()).toEqual([
			{
				json: expect.objectContaining({ messageAction: 'pin', pinMessageDuration: '24_hours' }),
				pairedItem: { item: 0 },
			},
			{
				json: {
					error: `Z-API rejected the request (HTTP 400) when trying to send the pin of the message ${ID} to 5531955554444: Chat not found`,
				},
				pairedItem: { item: 1 },
			},
			{ json: expect.objectContaining({ messageAction: 'unpin' }), pairedItem: { item: 2 } },
		]);
		expectNoSecrets(result.text, double);
	});
});
