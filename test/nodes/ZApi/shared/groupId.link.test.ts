/**
 * The group picker's By Link mode through n8n-core's engine: the link checked before any request,
 * GET /group-invitation-metadata?url= before the operation's own request, and a link Z-API cannot open
 * reported as Z-API's error in words about the link.
 */
import type { INodeParameters } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();
const ID = '120363019502600077-group';
const LINK = 'https://chat.whatsapp.com/DOUBLELINK0077';
const UNKNOWN_LINK = 'https://chat.whatsapp.com/NOSUCHLINK0000';
const BY_LINK = { __rl: true, mode: 'link', value: '={{ $json.link }}' };
const NOT_OPENED =
	'The link may be mistyped, or a group admin reset it (the old link then stops working), or the group is gone. Get the current link from the group, or pick the group From List or By ID.';

const routes = () => double.requests.map(({ method, route }) => `${method} ${route}`);

function getInvitationLink(link: unknown, settings = {}) {
	return runZApi(double, {
		parameters: { resource: 'group', operation: 'getInvitationLink', groupId: BY_LINK },
		items: [{ link }],
		settings,
	});
}

beforeEach(() => {
	double.addGroup({ id: ID, name: 'Sales', invitationLink: LINK });
});

describe('Group ID By Link', () => {
	test('the participant operations send the group the link opens', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'addParticipants',
				groupId: BY_LINK,
				phones: '5511988887777',
			} as INodeParameters,
			items: [{ link: LINK }],
		});
		expect(result.error).toBeUndefined();
		expect(routes()).toEqual(['GET /group-invitation-metadata', 'POST /add-participant']);
		expect(double.requests[1].body).toEqual({
			autoInvite: true,
			groupId: ID,
			phones: ['5511988887777'],
		});
		expect(result.output()[0].json).toMatchObject({ groupId: ID, added: true });
	});

	test.each<[unknown, string]>([
		[
			'https://example.com/C1aBcDeFgHiJkLmNoPqRsT',
			'Group ID: "https://example.com/C1aBcDeFgHiJkLmNoPqRsT" is not a WhatsApp group invitation link: give one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		],
		[ID, `Group ID: "${ID}" is not a WhatsApp group invitation link`],
		['', 'Group ID: "" is not a WhatsApp group invitation link'],
	])('%j: an error naming the field and the value, before any request', async (link, message) => {
		const result = await getInvitationLink(link);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message.startsWith(message)).toBe(true);
		expect(double.requests).toHaveLength(0);
	});

	test('a link Z-API cannot open: Z-API’s error, in words about the link; nothing else is asked', async () => {
		const result = await getInvitationLink(UNKNOWN_LINK);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`Group ID: Z-API could not open the invitation link ${UNKNOWN_LINK} (Z-API said "Invalid invitation link")`,
		);
		expect((result.error as { description?: string }).description).toBe(NOT_OPENED);
		expect((result.error as { httpCode?: string }).httpCode).toBe('400');
		expect(routes()).toEqual(['GET /group-invitation-metadata']);
		expectNoSecrets(result.text, double);
	});

	test('an answer without the group: the same words, without Z-API’s', async () => {
		double.setFault('/group-invitation-metadata', { status: 200, body: { subject: 'Sales' } });
		const result = await getInvitationLink(LINK);
		expect(result.error?.message).toBe(
			`Group ID: Z-API could not open the invitation link ${LINK}`,
		);
		expect((result.error as { description?: string }).description).toBe(NOT_OPENED);
		expect(routes()).toEqual(['GET /group-invitation-metadata']);
	});

	test('an answer whose group is not a group ID is a clear failure', async () => {
		double.setFault('/group-invitation-metadata', {
			status: 200,
			body: { phone: '5511988887777' },
		});
		const result = await getInvitationLink(LINK);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`Group ID: Z-API answered the invitation link ${LINK} with "5511988887777", which is not a group ID`,
		);
		expect(routes()).toEqual(['GET /group-invitation-metadata']);
	});

	test.each([
		[
			'WhatsApp is disconnected',
			{ status: 400, body: { error: 'You are not connected' } },
			/WhatsApp is not connected to the Z-API instance/,
		],
		[
			'Z-API fails',
			{ status: 500, body: { error: 'boom' } },
			/^Z-API failed \(HTTP 500\) when trying to read the group of the invitation link: boom$/,
		],
		[
			'a wrong Client Token',
			{ status: 403, body: { error: 'Client-Token not allowed' } },
			/^Z-API refused the request: Client-Token not allowed$/,
		],
	])('%s: the transport’s own message, not one about the link', async (_what, fault, message) => {
		double.setFault('/group-invitation-metadata', fault);
		const result = await getInvitationLink(LINK);
		expect(result.error?.message).toMatch(message);
		expect((result.error as { description?: string }).description).not.toBe(NOT_OPENED);
		expect(double.requests).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue: each item its group or its error, in order', async () => {
		const result = await runZApi(double, {
			parameters: { resource: 'group', operation: 'getInvitationLink', groupId: BY_LINK },
			settings: { onError: 'continueRegularOutput' },
			items: [{ link: LINK }, { link: UNKNOWN_LINK }, { link: 'nope' }, { link: LINK }],
		});
		expect(result.error).toBeUndefined();
		expect(
			result.output().map((item) => [item.pairedItem, item.json.groupId ?? item.json.error]),
		).toEqual([
			[{ item: 0 }, ID],
			[{ item: 1 }, expect.stringContaining('Z-API could not open the invitation link')],
			[
				{ item: 2 },
				expect.stringMatching(/^Group ID: "nope" is not a WhatsApp group invitation link/),
			],
			[{ item: 3 }, ID],
		]);
		expect(routes()).toEqual([
			'GET /group-invitation-metadata',
			'GET /group-invitation-link/:groupId',
			'GET /group-invitation-metadata',
			'GET /group-invitation-metadata',
			'GET /group-invitation-link/:groupId',
		]);
		expectNoSecrets(result.text, double);
	});
});
