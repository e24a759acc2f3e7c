/**
 * "Phone or Group ID" (every Message operation), a resource locator since the group picker came to the
 * sends: Phone (the default), From List and By ID. Through n8n-core's engine: every form a saved
 * workflow can hold (a plain value from before the picker, an expression, each mode's value) gives the
 * request it gave before; a group picked From List is the request's phone; wrong values fail before any
 * request, naming the field. The tool: recipient.tool.test.ts.
 */
import type { INodeParameters, INodePropertyRegexValidation } from 'n8n-workflow';

import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { parseGroupId } from '../../../../nodes/ZApi/shared/groupId';
import { recipientField } from '../../../../nodes/ZApi/shared/recipient';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

const ID = '120363019502600077-group';
const ANA = '5511988887777';
const BRUNO = '5521977776666';

describe('the field: a resource locator, its parameter name unchanged', () => {
	const mode = (name: string) => recipientField.modes!.find((each) => each.name === name)!;

	test('Phone (the default, as the field was), From List and By ID', () => {
		expect(recipientField).toMatchObject({
			name: 'phone',
			displayName: 'Phone or Group ID',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'phone', value: '' },
		});
		expect(
			recipientField.modes!.map(({ displayName, name, type }) => [displayName, name, type]),
		).toEqual([
			['Phone', 'phone', 'string'],
			['From List', 'list', 'list'],
			['By ID', 'id', 'string'],
		]);
		expect(mode('phone').placeholder).toBe('e.g. 5511999998888');
		// No editor check on a phone number: the node's reader (and the credential's Default Country
		// Code, which the editor does not know) decides.
		expect(mode('phone').validation).toBeUndefined();
		expect(mode('list').typeOptions).toMatchObject({ searchListMethod: 'searchGroups' });
		expect(mode('id').placeholder).toBe('e.g. 120363019502650977-group');
	});

	test('every Message operation has it', () => {
		const { properties } = new ZApi().description;
		// Label → Add to Chat and Remove From Chat have a plain Phone (a chat, never a group).
		const operations = properties
			.filter(
				(property) =>
					property.name === 'phone' && property.displayOptions?.show?.resource?.[0] === 'message',
			)
			.map((property) => {
				expect(property.type).toBe('resourceLocator');
				return property.displayOptions?.show?.operation;
			})
			.flat();
		expect(operations.sort()).toEqual([
			'deleteMessage',
			'forward',
			'markAsRead',
			'pin',
			'sendAndWait',
			'sendAudio',
			'sendButtonActions',
			'sendButtonList',
			'sendContact',
			'sendDocument',
			'sendImage',
			'sendLink',
			'sendLocation',
			'sendOptionList',
			'sendPoll',
			'sendPollVote',
			'sendReaction',
			'sendSticker',
			'sendText',
			'sendVideo',
			'sendVideoNote',
		]);
	});

	test.each([ID, ` ${ID} `, '5511999999999-1623281429', ANA, 'Sales', ''])(
		'By ID: the editor’s check and the node agree on %j',
		(value) => {
			const editorAccepts = (mode('id').validation as INodePropertyRegexValidation[]).every(
				(rule) => new RegExp(`^${rule.properties.regex}$`).test(value),
			);
			let nodeAccepts = true;
			try {
				parseGroupId(value);
			} catch {
				nodeAccepts = false;
			}
			expect(editorAccepts).toBe(nodeAccepts);
		},
	);
});

const sendText = (
	phone: unknown,
	item: Record<string, unknown> = {},
	extra: INodeParameters = {},
) =>
	runZApi(double, {
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone,
			message: 'Hi',
			...extra,
		} as INodeParameters,
		items: [item],
	});

describe('every saved form of Phone or Group ID gives the request it gave before', () => {
	beforeEach(() => {
		double.addGroup({ id: ID, name: 'Sales' });
	});

	// Every row has all four columns: Jest calls a test function that takes more than its row with
	// a done callback.
	test.each<[string, unknown, Record<string, unknown>, string]>([
		['a plain phone (a workflow saved before the picker)', '+55 (11) 98888-7777', {}, ANA],
		['a plain group id (a workflow saved before the picker)', ID, {}, ID],
		['a plain expression, a phone', '={{ $json.phone }}', { phone: ANA }, ANA],
		['a plain expression, a number', '={{ $json.phone }}', { phone: 5511988887777 }, ANA],
		['a plain expression, a group id', '={{ $json.groupId }}', { groupId: ` ${ID} ` }, ID],
		['Phone', { __rl: true, mode: 'phone', value: '+55 (11) 98888-7777' }, {}, ANA],
		[
			'Phone, an expression',
			{ __rl: true, mode: 'phone', value: '={{ $json.phone }}' },
			{ phone: ANA },
			ANA,
		],
		// As the field took it before it was a picker.
		['Phone, a group id', { __rl: true, mode: 'phone', value: ID }, {}, ID],
		[
			'Phone, a private id',
			{ __rl: true, mode: 'phone', value: '2111897971174599@lid' },
			{},
			'2111897971174599@lid',
		],
		[
			'From List',
			{ __rl: true, mode: 'list', value: ID, cachedResultName: `Sales (${ID})` },
			{},
			ID,
		],
		['By ID', { __rl: true, mode: 'id', value: ` ${ID}` }, {}, ID],
		[
			'By ID, an expression',
			{ __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
			{ groupId: ID },
			ID,
		],
		// What the editor writes when an item is dropped on a field that held a plain value.
		['no mode', { __rl: true, mode: '', value: ANA }, {}, ANA],
	])('%s', async (_form, phone, item, sentTo) => {
		const result = await sendText(phone, item);
		expect(result.error).toBeUndefined();
		expect(double.requests.map(({ method, endpoint, body }) => [method, endpoint, body])).toEqual([
			['POST', '/send-text', { phone: sentTo, message: 'Hi' }],
		]);
		expect(result.output()[0].json).toMatchObject({ phone: sentTo });
	});
});

describe('a group picked From List, on every Message operation', () => {
	const picked = { __rl: true, mode: 'list', value: ID, cachedResultName: `Sales (${ID})` };
	test.each<[string, INodeParameters, string]>([
		['sendText', { message: 'Hi' }, '/send-text'],
		['sendImage', { image: 'https://example.com/photo.jpg' }, '/send-image'],
		[
			'sendLocation',
			{ title: 'Office', address: 'Av. Paulista, 1000', latitude: -23.5, longitude: -46.6 },
			'/send-location',
		],
		['sendReaction', { messageId: '3EB0C767D26A1D8A5A4F', reaction: '👍' }, '/send-reaction'],
	])('%s: the request goes to the group', async (operation, fields, endpoint) => {
		double.addGroup({ id: ID, name: 'Sales' });
		const result = await runZApi(double, {
			parameters: { resource: 'message', operation, phone: picked, ...fields } as INodeParameters,
			items: [{}],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => request.endpoint)).toEqual([endpoint]);
		expect(double.requests[0].body).toMatchObject({ phone: ID });
	});

	test('deleteMessage: the query names the group', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'message',
				operation: 'deleteMessage',
				phone: picked,
				messageId: '3EB0C767D26A1D8A5A4F',
				owner: true,
			} as INodeParameters,
			items: [{}],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => [request.method, request.endpoint])).toEqual([
			['DELETE', '/messages'],
		]);
		expect(double.requests[0].query).toMatchObject({ phone: ID });
	});
});

describe('Mention Everyone on the group picked From List', () => {
	test('reads that group’s participants, then sends to it', async () => {
		const group = double.addGroup({ name: 'Sales', participants: [ANA, BRUNO] });
		const result = await sendText(
			{ __rl: true, mode: 'list', value: group, cachedResultName: `Sales (${group})` },
			{},
			{ additionalFields: { mentionEveryone: true } },
		);
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => `${request.method} ${request.endpoint}`)).toEqual([
			`GET /light-group-metadata/${group}`,
			'GET /device',
			'POST /send-text',
		]);
		expect(double.requests[2].body).toEqual({
			phone: group,
			message: 'Hi',
			mentioned: [ANA, BRUNO],
		});
	});

	test('a phone number in Phone: an error pointing to the group modes, no request', async () => {
		const result = await sendText(
			{ __rl: true, mode: 'phone', value: ANA },
			{},
			{ additionalFields: { mentionEveryone: true } },
		);
		expect(result.error?.message).toBe(
			`Mention Everyone works only in a group, and Phone or Group ID is not a group (got "${ANA}"): pick the group From List or give its ID, e.g. 120363019502650977-group, or turn Mention Everyone off`,
		);
		expect(double.requests).toHaveLength(0);
	});
});

describe('wrong values fail before any request, naming the field and the value', () => {
	test.each<[string, unknown, Record<string, unknown>, string]>([
		[
			'By ID from an expression, a phone number',
			{ __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
			{ groupId: ANA },
			`Phone or Group ID: "${ANA}" is not a group ID (this looks like a phone number; a group ID ends in -group)`,
		],
		[
			'By ID from an expression, empty',
			{ __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
			{ groupId: '' },
			'Phone or Group ID: no group ID given (got "")',
		],
		[
			'From List from an expression, a name',
			{ __rl: true, mode: 'list', value: '={{ $json.groupId }}' },
			{ groupId: 'Sales' },
			'Phone or Group ID: "Sales" is not a group ID',
		],
		[
			'Phone from an expression, a mistyped group id',
			{ __rl: true, mode: 'phone', value: '={{ $json.phone }}' },
			{ phone: 'sales-group' },
			'Phone or Group ID: "sales-group" is not a group ID',
		],
	])('%s', async (_what, phone, item, message) => {
		const result = await sendText(phone, item);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message.startsWith(message)).toBe(true);
		expect(double.requests).toHaveLength(0);
		expectNoSecrets(result.text, double);
	});

	test('a fixed By ID value the editor marks as wrong: n8n does not start the workflow, no request', async () => {
		await expect(sendText({ __rl: true, mode: 'id', value: ANA })).rejects.toThrow(
			"The 'Z-API' node has issues:\n- Phone or Group ID: not a group ID; use one like 120363019502650977-group",
		);
		expect(double.requests).toHaveLength(0);
	});
});
