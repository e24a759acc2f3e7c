import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'markAsRead',
	phone: '={{ $json.chat }}',
	messageId: '={{ $json.id }}',
};

const ID = '3EB0C767D26A1D8A5A4F';

const reads = () => double.requests.filter((request) => request.endpoint === '/read-message');

describe('Message → Mark as Read', () => {
	test('POST /read-message {phone, messageId}; 204 is success; output phone, messageId, read', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [
				{ chat: '+55 (11) 98888-7777', id: ` ${ID} ` },
				{ chat: group, id: 'ABC/+ 1' },
				{ chat: '2111897971174599@lid', id: ID },
			],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(3);
		for (const request of double.requests) {
			expect(request.method).toBe('POST');
			expect(request.url).toBe(
				`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/read-message`,
			);
			expect(request.headers['content-type']).toMatch(/^application\/json/);
		}
		expect(reads().map((request) => request.body)).toEqual([
			{ phone: '5511988887777', messageId: ID },
			{ phone: group, messageId: 'ABC/+ 1' },
			{ phone: '2111897971174599@lid', messageId: ID },
		]);
		expect(result.output()).toEqual([
			{ json: { phone: '5511988887777', messageId: ID, read: true }, pairedItem: { item: 0 } },
			{ json: { phone: group, messageId: 'ABC/+ 1', read: true }, pairedItem: { item: 1 } },
			{
				json: { phone: '2111897971174599@lid', messageId: ID, read: true },
				pairedItem: { item: 2 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('the {} of the documented example is success too', async () => {
		double.setFault('/read-message', { status: 200, body: {} });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: '5511988887777', id: ID }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toEqual({
			phone: '5511988887777',
			messageId: ID,
			read: true,
		});
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{ chat: '', id: ID },
				'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
			],
			[
				{ chat: '5511988887777', id: ' ' },
				'Message ID is empty (got " "): give the messageId of the message to mark as read, e.g. 3EB0C767D26A1D8A5A4F',
			],
		])('%j → %s', async (item, message) => {
			const result = await runZApi(double, { parameters, items: [item] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('Z-API’s error names the action; On Error: Continue keeps every item, paired', async () => {
		double.setFault('/read-message', { status: 400, body: { error: 'Message not found' } });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ chat: '5511988887777', id: ID },
				{ chat: '5511988887777', id: '' },
				{ chat: '5511988887777', id: 'OTHER' },
			],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(output[0].json).toEqual({
			error: `Z-API rejected the request (HTTP 400) when trying to mark the message ${ID} in the chat 5511988887777 as read: Message not found`,
		});
		expect(output[1].json).toEqual({
			error:
				'Message ID is empty (got ""): give the messageId of the message to mark as read, e.g. 3EB0C767D26A1D8A5A4F',
		});
		expect(output[2].json).toEqual({ phone: '5511988887777', messageId: 'OTHER', read: true });
		expect(reads()).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});

	test('a connection reset after sending: Retry On Fail does not send it again', async () => {
		double.setFault('/read-message', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: '5511988887777', id: ID }],
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
		});
		expect(result.error?.message).toMatch(
			/when trying to mark the message 3EB0C767D26A1D8A5A4F in the chat 5511988887777 as read\. The message may have been marked as read anyway: check the chat in WhatsApp before you run this again\.$/,
		);
		expect(reads()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
