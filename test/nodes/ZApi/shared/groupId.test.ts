/**
 * The Group ID field (the group picker) and its reader, through n8n-core's engine: every form a saved
 * workflow can hold (a plain id from before the picker, an expression, each mode's value) gives the
 * same request. By Link's requests and failures: groupId.link.test.ts; the tool: groupId.tool.test.ts.
 */
import type { INodeParameters, INodePropertyRegexValidation } from 'n8n-workflow';

import { groupIdField, parseGroupId } from '../../../../nodes/ZApi/shared/groupId';
import { parseInvitationLink } from '../../../../nodes/ZApi/shared/invitationLink';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../helpers/scenario';

describe('parseGroupId', () => {
	it.each([
		['120363019502650977-group', '120363019502650977-group'],
		['  120363019502650977-group \n', '120363019502650977-group'],
		['5511999999999-1623281429', '5511999999999-1623281429'],
	])('takes %j as %j', (input, expected) => {
		expect(parseGroupId(input)).toBe(expected);
	});

	it.each([
		['', /^no group ID given \(got ""\)/],
		[undefined, /^no group ID given \(got nothing\)/],
		[null, /^no group ID given \(got null\)/],
		['5511999998888', /^"5511999998888" is not a group ID \(this looks like a phone number/],
		[5511999998888, /^"5511999998888" is not a group ID \(this looks like a phone number/],
		['Sales Team', /^"Sales Team" is not a group ID: use the ID Z-API gave the group/],
		['120363019502650977@g.us', /^"120363019502650977@g.us" is not a group ID/],
		['abc-group', /^"abc-group" is not a group ID/],
	])('refuses %j, naming the value', (input, message) => {
		expect(() => parseGroupId(input)).toThrow(message);
	});
});

describe('the Group ID field: a resource locator, its parameter name unchanged', () => {
	const mode = (name: string) => groupIdField.modes!.find((each) => each.name === name)!;
	/** As n8n checks a mode's value (node-helpers validateResourceLocatorParameter). */
	const editorAccepts = (name: string, value: string) =>
		(mode(name).validation as INodePropertyRegexValidation[]).every((rule) =>
			new RegExp(`^${rule.properties.regex}$`).test(value),
		);
	const accepts = (parse: (value: unknown) => string, value: string) => {
		try {
			parse(value);
			return true;
		} catch {
			return false;
		}
	};

	test('From List (the default), By ID and By Link', () => {
		expect(groupIdField).toMatchObject({
			name: 'groupId',
			displayName: 'Group ID',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
		});
		expect(groupIdField.modes!.map(({ displayName, name }) => [displayName, name])).toEqual([
			['From List', 'list'],
			['By ID', 'id'],
			['By Link', 'link'],
		]);
		expect(mode('id').placeholder).toBe('e.g. 120363019502650977-group');
		expect(mode('link').placeholder).toBe('https://chat.whatsapp.com/…');
		expect(mode('link').hint).toContain('e.g. https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT.');
	});

	test.each([
		'120363019502650977-group',
		' 120363019502650977-group ',
		'120363019502650977-GROUP',
		'5511999999999-1623281429',
		'5511999998888',
		'120363019502650977@g.us',
		'Sales',
		'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		'',
	])('By ID: the editor’s check and the node agree on %j', (value) => {
		expect(editorAccepts('id', value)).toBe(accepts(parseGroupId, value));
	});

	test.each([
		'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		' https://chat.whatsapp.com/invite/C1aBcDeFgHiJkLmNoPqRsT/ ',
		'http://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		'https://chat.whatsapp.com/short',
		'https://example.com/C1aBcDeFgHiJkLmNoPqRsT',
		'120363019502650977-group',
		'',
	])('By Link: the editor’s check and the node agree on %j', (value) => {
		expect(editorAccepts('link', value)).toBe(accepts(parseInvitationLink, value));
	});
});

describe('every saved form of Group ID gives the same request', () => {
	const double = useZApiDouble();
	const ID = '120363019502600077-group';
	const LINK = 'https://chat.whatsapp.com/DOUBLELINK0077';
	const run = (groupId: unknown, item: Record<string, unknown> = {}) =>
		runZApi(double, {
			parameters: { resource: 'group', operation: 'getInvitationLink', groupId } as INodeParameters,
			items: [item],
		});
	const routes = () => double.requests.map(({ method, route }) => `${method} ${route}`);

	beforeEach(() => {
		double.addGroup({ id: ID, name: 'Sales', invitationLink: LINK });
	});

	// Every row has all three columns: Jest calls a test function that takes more than its row with
	// a done callback.
	test.each<[string, unknown, Record<string, unknown>]>([
		['a plain id (a workflow saved before the picker)', ID, {}],
		['a plain expression', '={{ $json.groupId }}', { groupId: ` ${ID} ` }],
		['From List', { __rl: true, mode: 'list', value: ID, cachedResultName: 'Sales' }, {}],
		['By ID', { __rl: true, mode: 'id', value: ` ${ID}` }, {}],
		[
			'By ID, an expression',
			{ __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
			{ groupId: ID },
		],
		// What the editor writes when an item is dropped on a field that held a plain value.
		['no mode', { __rl: true, mode: '', value: ID }, {}],
	])('%s', async (_form, groupId, item) => {
		const result = await run(groupId, item);
		expect(result.error).toBeUndefined();
		expect(routes()).toEqual(['GET /group-invitation-link/:groupId']);
		expect(double.requests[0].groupId).toBe(ID);
		expect(result.output()[0].json).toEqual({ phone: ID, groupId: ID, invitationLink: LINK });
	});

	test.each<[string, unknown, Record<string, unknown>]>([
		['By Link', { __rl: true, mode: 'link', value: LINK }, {}],
		[
			'By Link, an expression',
			{ __rl: true, mode: 'link', value: '={{ $json.link }}' },
			{ link: ` ${LINK} ` },
		],
	])(
		'%s: first the group the link opens, then the request for it',
		async (_form, groupId, item) => {
			const result = await run(groupId, item);
			expect(result.error).toBeUndefined();
			expect(routes()).toEqual([
				'GET /group-invitation-metadata',
				'GET /group-invitation-link/:groupId',
			]);
			expect(double.requests[0].query).toEqual({ url: LINK });
			expect(double.requests[1].groupId).toBe(ID);
			expect(result.output()[0].json).toEqual({ phone: ID, groupId: ID, invitationLink: LINK });
			expectNoSecrets(result.text, double);
		},
	);

	test.each<[string, unknown, string]>([
		[
			'a phone number',
			'5511988887777',
			'Group ID: "5511988887777" is not a group ID (this looks like a phone number',
		],
		['empty', '', 'Group ID: no group ID given (got "")'],
		[
			'an invitation link',
			LINK,
			`Group ID: "${LINK}" is not a group ID: use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429 (an invitation link: choose By Link to give one)`,
		],
	])(
		'By ID from an expression, %s: an error naming the field and the value, before any request',
		async (_what, value, message) => {
			const result = await run(
				{ __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
				{ groupId: value },
			);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message.startsWith(message)).toBe(true);
			expect(double.requests).toHaveLength(0);
		},
	);

	test('a fixed value the editor marks as wrong: n8n does not start the workflow, no request', async () => {
		await expect(run({ __rl: true, mode: 'id', value: 'Sales' })).rejects.toThrow(
			"The 'Z-API' node has issues:\n- Group ID: not a group ID; use one like 120363019502650977-group",
		);
		await expect(run({ __rl: true, mode: 'link', value: 'chat.whatsapp.com/x' })).rejects.toThrow(
			'- Group ID: not a WhatsApp group invitation link; use one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue: each item its group or its error, in order', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'getInvitationLink',
				groupId: { __rl: true, mode: 'id', value: '={{ $json.groupId }}' },
			},
			settings: { onError: 'continueRegularOutput' },
			items: [{ groupId: ID }, { groupId: 'nope' }, { groupId: ID }],
		});
		expect(result.output().map((item) => item.json.groupId ?? item.json.error)).toEqual([
			ID,
			expect.stringMatching(/^Group ID: "nope" is not a group ID/),
			ID,
		]);
		expect(double.requests).toHaveLength(2);
	});
});
