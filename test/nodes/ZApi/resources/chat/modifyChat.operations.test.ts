/**
 * Chat → Mark as Read / Unread, Archive / Unarchive, Pin / Unpin, Mute / Unmute, Clear, Delete: one
 * POST /modify-chat `{phone, action}` each (chats/read-chat … delete-chat.md), answered {"value": true}.
 */
import { addChat } from '../../../../helpers/chats';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { DoubleChat } from '../../../../zapi-double/server';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511988887777';

type Row = [
	operation: string,
	action: string,
	output: string,
	words: string,
	before: Partial<DoubleChat>,
	after: Partial<DoubleChat>,
];

const rows: Row[] = [
	['markRead', 'read', 'markedRead', 'mark the chat {chat} as read', { unread: 3 }, { unread: 0 }],
	[
		'markUnread',
		'unread',
		'markedUnread',
		'mark the chat {chat} as unread',
		{ unread: 0 },
		{ unread: 1 },
	],
	['archive', 'archive', 'archived', 'archive the chat {chat}', {}, { archived: true }],
	[
		'unarchive',
		'unarchive',
		'unarchived',
		'unarchive the chat {chat}',
		{ archived: true },
		{ archived: false },
	],
	['pin', 'pin', 'pinned', 'pin the chat {chat}', {}, { pinned: true }],
	['unpin', 'unpin', 'unpinned', 'unpin the chat {chat}', { pinned: true }, { pinned: false }],
	['mute', 'mute', 'muted', 'mute the chat {chat}', {}, { muted: true }],
	['unmute', 'unmute', 'unmuted', 'unmute the chat {chat}', { muted: true }, { muted: false }],
	['clear', 'clear', 'cleared', 'clear the chat {chat}', { messages: 4 }, { messages: 0 }],
	['delete', 'delete', 'deleted', 'delete the chat {chat}', {}, { deleted: true }],
];

const parametersOf = (operation: string) => ({
	resource: 'chat',
	operation,
	phone: '={{ $json.chat }}',
});

describe.each(rows)('Chat → %s', (operation, action, output, words, before, after) => {
	const parameters = parametersOf(operation);

	test(`POST /modify-chat {phone, action: "${action}"}; the chat changes; output {chatId, phone, ${output}: true}`, async () => {
		addChat(double, { phone: PHONE, ...before });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: '+55 (11) 98888-7777' }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/modify-chat');
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.rawBody).toBe(JSON.stringify({ phone: PHONE, action }));
		expect(double.chats.get(PHONE)).toMatchObject(after);
		expect(result.output()).toEqual([
			{ json: { chatId: PHONE, phone: PHONE, [output]: true }, pairedItem: { item: 0 } },
		]);
		expect(Object.keys(result.output()[0].json)).toEqual(['chatId', 'phone', output]);
		expectNoSecrets(result.text, double);
	});

	test('a group is a chat too: its group ID from the item, as Group → Create outputs it', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, { parameters, items: [{ chat: groupId }] });
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ phone: groupId, action });
		expect(result.output()[0].json).toEqual({ chatId: groupId, phone: groupId, [output]: true });
	});

	test('bad input fails before any request, naming the field and the value', async () => {
		const result = await runZApi(double, { parameters, items: [{ chat: '' }] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			'Phone or Group ID is empty (got ""): give a phone number, e.g. 5511999998888, or a group ID, e.g. 120363019502650977-group',
		);
		expect(double.requests).toHaveLength(0);
	});

	test('"value": false is a failure: the change was not made', async () => {
		addChat(double, { phone: PHONE });
		double.setFault('/modify-chat', { status: 200, body: { value: false } });
		const result = await runZApi(double, { parameters, items: [{ chat: PHONE }] });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to ${words.replace('{chat}', PHONE)} (it answered "value": false)`,
		);
		expect(double.requests).toHaveLength(1);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		addChat(double, { phone: PHONE, ...before });
		addChat(double, { phone: '5511977776666', ...before });
		const result = await runZApi(double, {
			parameters,
			items: [{ chat: PHONE }, { chat: '5521966665555' }, { chat: '5511977776666' }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: { chatId: PHONE, phone: PHONE, [output]: true }, pairedItem: { item: 0 } },
			{
				json: {
					error: `Z-API rejected the request (HTTP 400) when trying to ${words.replace('{chat}', '5521966665555')}: Chat not found`,
				},
				pairedItem: { item: 1 },
			},
			{
				json: { chatId: '5511977776666', phone: '5511977776666', [output]: true },
				pairedItem: { item: 2 },
			},
		]);
		expect(double.chats.get('5511977776666')).toMatchObject(after);
		expectNoSecrets(result.text, double);
	});
});

describe('Retry On Fail', () => {
	test('a change whose answer was lost is not sent again (it may have been made)', async () => {
		addChat(double, { phone: PHONE });
		double.setFault('/modify-chat', { delayMs: 1500, status: 200, body: { value: true } });
		const result = await runZApi(double, {
			parameters: { ...parametersOf('archive'), options: { timeout: 300 } },
			items: [{ chat: PHONE }],
			settings: {
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 1,
				onError: 'continueRegularOutput',
			},
		});
		expect(result.output()[0].json).toEqual({
			error: `Z-API did not answer within 300 ms when trying to archive the chat ${PHONE}. The chat may have been archived anyway: check it in WhatsApp before you run this again.`,
			mayHaveReachedZApi: true,
		});
		expect(double.count('/modify-chat')).toBe(1);
	});
});
