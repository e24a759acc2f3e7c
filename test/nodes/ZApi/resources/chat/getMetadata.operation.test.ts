/**
 * Chat → Get Metadata: GET /chats/{phone} (chats/get-metadata-chat.md's method line); /chat/{phone}
 * (its English and JSON examples) once when the first answers 404.
 */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { resource: 'chat', operation: 'getMetadata', phone: '={{ $json.chat }}' };
const PHONE = '5511988887777';

const METADATA = {
	chatId: PHONE,
	phone: PHONE,
	unread: '2',
	lastMessageTime: '1700000000',
	isMuted: '1',
	isMarkedSpam: 'false',
	profileThumbnail: null,
	messagesUnread: 0,
	isGroupAnnouncement: false,
	isGroup: false,
	about: '',
};

describe('Chat → Get Metadata', () => {
	test('GET /chats/{phone}, no body; output chatId first, then Z-API’s fields', async () => {
		addChat(double, { phone: PHONE, muted: true });
		const result = await runZApi(double, { parameters, items: [{ chat: '+55 11 98888-7777' }] });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe(`/chats/${PHONE}`);
		expect(request.rawBody).toBe('');
		expect(result.output()).toEqual([{ json: METADATA, pairedItem: { item: 0 } }]);
		expect(Object.keys(result.output()[0].json).slice(0, 2)).toEqual(['chatId', 'phone']);
		expectNoSecrets(result.text, double);
	});

	test('a group ID and a …@lid ID go into the path as they are', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		addChat(double, { phone: '2111897971174599@lid' });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: groupId }, { chat: '2111897971174599@lid' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => request.endpoint)).toEqual([
			`/chats/${groupId}`,
			'/chats/2111897971174599@lid',
		]);
		expect(result.output().map((item) => item.json.chatId)).toEqual([
			groupId,
			'2111897971174599@lid',
		]);
	});

	test('a 404 on /chats/{phone} asks /chat/{phone} once (the path of the English page’s example)', async () => {
		addChat(double, { phone: PHONE, muted: true });
		double.setFault(`/chats/${PHONE}`, { status: 404, body: { error: 'Not Found' } });
		const result = await runZApi(double, { parameters, items: [{ chat: PHONE }] });
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => `${request.method} ${request.endpoint}`)).toEqual([
			`GET /chats/${PHONE}`,
			`GET /chat/${PHONE}`,
		]);
		expect(result.output()[0].json).toEqual(METADATA);
	});

	test('any other failure is not asked again elsewhere', async () => {
		double.setFault(`/chats/${PHONE}`, { status: 400, body: { error: 'Chat not found' } });
		const result = await runZApi(double, { parameters, items: [{ chat: PHONE }] });
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to get the metadata of the chat ${PHONE}: Chat not found`,
		);
		expect(double.requests).toHaveLength(1);
	});

	test.each([
		[
			'',
			'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		],
		[
			'55/../status',
			'Phone or Group ID: "55/../status" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
	])('Phone or Group ID %j is refused before any request', async (chat, message) => {
		const result = await runZApi(double, { parameters, items: [{ chat }] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		addChat(double, { phone: PHONE, muted: true });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: PHONE }, { chat: '5521966665555' }, { chat: PHONE }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()).toEqual([
			{ json: METADATA, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to get the metadata of the chat 5521966665555: Chat not found',
				},
				pairedItem: { item: 1 },
			},
			{ json: METADATA, pairedItem: { item: 2 } },
		]);
		expectNoSecrets(result.text, double);
	});
});
