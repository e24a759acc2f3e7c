import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'deleteMessage',
	phone: '={{ $json.chat }}',
	messageId: '={{ $json.id }}',
	owner: '={{ $json.mine }}',
};

const ID = '3EB0C767D26A1D8A5A4F';

const deletes = () => double.requests.filter((request) => request.endpoint === '/messages');

describe('Message → Delete Message', () => {
	test('DELETE /messages?messageId=&phone=&owner= (no body); 204 is success', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [
				{ chat: '+55 (11) 98888-7777', id: ` ${ID} `, mine: true },
				{ chat: group, id: 'ABC/+ 1', mine: 'false' },
				{ chat: '2111897971174599@lid', id: ID, mine: false },
			],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => request.method)).toEqual([
			'DELETE',
			'DELETE',
			'DELETE',
		]);
		expect(deletes().map((request) => request.query)).toEqual([
			{ messageId: ID, phone: '5511988887777', owner: 'true' },
			{ messageId: 'ABC/+ 1', phone: group, owner: 'false' },
			{ messageId: ID, phone: '2111897971174599@lid', owner: 'false' },
		]);
		// Every value URL-encoded in the query, nothing in the path or the body.
		expect(deletes()[1].url).toMatch(
			/\/messages\?messageId=ABC%2F%2B\+1&phone=\d+-group&owner=false$/,
		);
		expect(deletes().map((request) => request.rawBody)).toEqual(['', '', '']);
		expect(result.output().map((item) => item.json)).toEqual([
			{ phone: '5511988887777', messageId: ID, owner: true, deleted: true },
			{ phone: group, messageId: 'ABC/+ 1', owner: false, deleted: true },
			{ phone: '2111897971174599@lid', messageId: ID, owner: false, deleted: true },
		]);
		expectNoSecrets(result.text, double);
	});

	test('the {} of the documented example is success too', async () => {
		double.setFault('/messages', { status: 200, body: {} });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: '5511988887777', id: ID, mine: true }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json.deleted).toBe(true);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{ chat: '', id: ID, mine: true },
				'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
			],
			[
				{ chat: '5511988887777', id: ' ', mine: true },
				'Message ID is empty (got " "): give the messageId of the message to delete, e.g. 3EB0C767D26A1D8A5A4F',
			],
			[
				{ chat: '5511988887777', id: ID, mine: 'yes' },
				'Sent by Me must be true or false (got "yes")',
			],
		])('%j → %s', async (item, message) => {
			const result = await runZApi(double, { parameters, items: [item] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('Z-API’s error names the action; On Error: Continue keeps every item, paired', async () => {
		double.setFault('/messages', { status: 400, body: { error: 'Message not found' } });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ chat: '5511988887777', id: ID, mine: true },
				{ chat: '5511988887777', id: 'OTHER', mine: true },
			],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json).toEqual({
			error: `Z-API rejected the request (HTTP 400) when trying to delete the message ${ID} in the chat 5511988887777: Message not found`,
		});
		expect(output[1].json).toMatchObject({ messageId: 'OTHER', deleted: true });
		expectNoSecrets(result.text, double);
	});

	test('a broken connection says the message may have been deleted', async () => {
		double.setFault('/messages', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: '5511988887777', id: ID, mine: true }],
		});
		expect(result.error?.message).toMatch(
			/when trying to delete the message 3EB0C767D26A1D8A5A4F in the chat 5511988887777\. The message may have been deleted anyway: check the chat in WhatsApp before you run this again\.$/,
		);
		expectNoSecrets(result.text, double);
	});
});
