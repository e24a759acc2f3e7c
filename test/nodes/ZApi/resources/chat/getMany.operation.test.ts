/** Chat → Get Many: GET /chats?page=&pageSize= (chats/get-chats.md), paged like Group → Get Many. */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'chat', operation: 'getMany' };

function addChats(count: number): string[] {
	return Array.from(
		{ length: count },
		(_, index) => addChat(double, { phone: `55119${String(index).padStart(8, '0')}` }).phone,
	);
}

const pages = () =>
	double.requests.map(
		(request) => `${request.method} ${request.endpoint} ${JSON.stringify(request.query)}`,
	);

describe('Chat → Get Many', () => {
	test('one item per chat, chatId first, Z-API’s fields as they are; groups are chats too', async () => {
		addChat(double, { phone: '5511988887777', name: 'Ana', unread: 3, pinned: true });
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, { parameters });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/chats');
		expect(request.query).toEqual({ page: '1', pageSize: '50' });
		expect(request.rawBody).toBe('');
		expect(result.output()).toEqual([
			{
				json: {
					chatId: '5511988887777',
					phone: '5511988887777',
					archived: 'false',
					pinned: 'true',
					messagesUnread: 0,
					unread: '3',
					name: 'Ana',
					lastMessageTime: '1700000000',
					muteEndTime: null,
					isMuted: '0',
					isMarkedSpam: 'false',
					isGroupAnnouncement: false,
					isGroup: false,
				},
				pairedItem: { item: 0 },
			},
			{
				json: expect.objectContaining({ chatId: groupId, phone: groupId, isGroup: true }),
				pairedItem: { item: 0 },
			},
		]);
		expect(Object.keys(result.output()[1].json).slice(0, 2)).toEqual(['chatId', 'phone']);
		expectNoSecrets(result.text, double);
	});

	test('Limit: pages of the limit’s size, stops as soon as it has enough', async () => {
		const phones = addChats(7);
		const result = await runZApi(double, { parameters: { ...parameters, limit: 3 } });
		expect(result.output().map((item) => item.json.chatId)).toEqual(phones.slice(0, 3));
		expect(pages()).toEqual(['GET /chats {"page":"1","pageSize":"3"}']);
	});

	test('Return All pages by 100 from page 1 until a page comes back short', async () => {
		addChats(205);
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.output()).toHaveLength(205);
		expect(pages()).toEqual([
			'GET /chats {"page":"1","pageSize":"100"}',
			'GET /chats {"page":"2","pageSize":"100"}',
			'GET /chats {"page":"3","pageSize":"100"}',
		]);
	});

	test('no chats: no output items, one request', async () => {
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([]);
		expect(double.requests).toHaveLength(1);
	});

	test('a chat seen twice (the list changed while paged) is listed once', async () => {
		const chat = (n: number) => ({ phone: `551190000000${n}` });
		double.setFault('/chats', { status: 200, body: [chat(1), chat(2), chat(2)] });
		double.setFault('/chats', { status: 200, body: [chat(2), chat(3)] });
		const result = await runZApi(double, { parameters: { ...parameters, limit: 3 } });
		expect(result.output().map((item) => item.json.chatId)).toEqual([
			'5511900000001',
			'5511900000002',
			'5511900000003',
		]);
		expect(pages()).toEqual([
			'GET /chats {"page":"1","pageSize":"3"}',
			'GET /chats {"page":"2","pageSize":"3"}',
		]);
	});

	test('an instance that answers the same full page again stops with a clear error', async () => {
		const page = Array.from({ length: 100 }, (_, index) => ({
			phone: `55119${String(index).padStart(8, '0')}`,
		}));
		double.setFault('/chats', { status: 200, body: page, times: Infinity });
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.error?.message).toBe(
			'Z-API answered page 2 of the chat list with the same chats as page 1: stopped instead of paging on',
		);
		expect(double.requests).toHaveLength(2);
	});

	test('an answer that is not a list fails clearly', async () => {
		double.setFault('/chats', { status: 200, body: { chats: [] } });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			'Z-API answered page 1 of the chat list with something that is not a list',
		);
	});

	test.each([
		[0, 'Limit must be a whole number of at least 1 (got 0)'],
		[2.5, 'Limit must be a whole number of at least 1 (got 2.5)'],
	])('Limit %j is refused before any request', async (limit, message) => {
		const result = await runZApi(double, { parameters: { ...parameters, limit } });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one error item for the failing input item, paired', async () => {
		addChats(1);
		double.setFault('/chats', { status: 400, body: { error: 'Invalid request' }, skip: 1 });
		const result = await runZApi(double, {
			parameters: { ...parameters, limit: '={{ $json.limit }}' },
			items: [{ limit: 5 }, { limit: 5 }, { limit: 0 }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: expect.objectContaining({ chatId: '5511900000000' }), pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to list the chats (page 1): Invalid request',
				},
				pairedItem: { item: 1 },
			},
			{
				json: { error: 'Limit must be a whole number of at least 1 (got 0)' },
				pairedItem: { item: 2 },
			},
		]);
		expectNoSecrets(result.text, double);
	});
});
