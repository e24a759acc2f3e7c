/**
 * Every operation but Create (errors.test.ts has Create's own table) against every kind of failure the
 * Z-API double can fake, through n8n-core's engine. For each cell: a NodeApiError whose message says
 * what the operation was doing and what Z-API said, exactly one request sent (when nothing listens:
 * one connection tried; the node never retries on its own), and no token anywhere in the run. For each
 * operation: with On Error: Continue, only the failing item turns into an error item and every item
 * comes out in order, paired.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Fault } from '../../../helpers/scenario';
import {
	countConnections,
	expectNoSecrets,
	refusedBaseUrl,
	runZApi,
	useZApiDouble,
} from '../../../helpers/scenario';

const CLIENT_TOKEN = 'CLIENTSECRET42';
const double = useZApiDouble({ clientToken: CLIENT_TOKEN });

const TIMEOUT_MS = 300;
const MEMBER = '5511988887777';
const GROUP_ID = { groupId: '={{ $json.groupId }}' };
const NOT_SENT_AGAIN = 'The node never sends such a request a second time by itself.';
const ONLY_READS = 'The request only reads, so it changed nothing: you can run it again.';
// What the message of an uncertain change ends with (Send Text has its own words).
const CHANGE_MAY_HAVE_BEEN_MADE =
	'The change may have been made anyway: check the group (Group → Get Metadata) before you run this again.';

interface OperationRow {
	name: string;
	/** Node parameters; each input item is `{groupId}` of a group the double knows, with MEMBER in it. */
	parameters: INodeParameters;
	/** Where the double fakes the fault and counts the requests: an endpoint or a route. */
	route: string;
	/** The words the messages end with. */
	action: (groupId: string) => string;
	/** Part of the output item a success gives for the group; `sent`: 1 for the first success, 2… */
	done: (groupId: string, sent: number) => IDataObject;
	/** The operation only reads: no failure can have changed anything. */
	reads?: boolean;
	/** What an uncertain failure's message ends with, when not CHANGE_MAY_HAVE_BEEN_MADE. */
	ifUncertain?: string;
}

const operations: OperationRow[] = [
	{
		name: 'Group → Add Participants',
		parameters: { operation: 'addParticipants', ...GROUP_ID, phones: MEMBER, autoInvite: false },
		route: '/add-participant',
		action: (groupId) => `add participants to the group ${groupId}`,
		done: (groupId) => ({ groupId, added: true }),
	},
	{
		name: 'Group → Remove Participants',
		parameters: { operation: 'removeParticipants', ...GROUP_ID, phones: MEMBER },
		route: '/remove-participant',
		action: (groupId) => `remove participants from the group ${groupId}`,
		done: (groupId) => ({ groupId, removed: true }),
	},
	{
		name: 'Group → Promote Admins',
		parameters: { operation: 'promoteAdmins', ...GROUP_ID, phones: MEMBER },
		route: '/add-admin',
		action: (groupId) => `make participants admins of the group ${groupId}`,
		done: (groupId) => ({ groupId, promoted: true }),
	},
	{
		name: 'Group → Demote Admins',
		parameters: { operation: 'demoteAdmins', ...GROUP_ID, phones: MEMBER },
		route: '/remove-admin',
		action: (groupId) => `remove admin rights in the group ${groupId}`,
		done: (groupId) => ({ groupId, demoted: true }),
	},
	{
		name: 'Group → Update Name',
		parameters: { operation: 'updateName', ...GROUP_ID, groupName: 'Sales' },
		route: '/update-group-name',
		action: (groupId) => `rename the group ${groupId}`,
		done: (groupId) => ({ groupId, renamed: true }),
	},
	{
		name: 'Group → Update Description',
		parameters: { operation: 'updateDescription', ...GROUP_ID, groupDescription: 'Weekly' },
		route: '/update-group-description',
		action: (groupId) => `change the description of the group ${groupId}`,
		done: (groupId) => ({ groupId, descriptionUpdated: true }),
	},
	{
		name: 'Group → Update Settings',
		parameters: { operation: 'updateSettings', ...GROUP_ID, adminOnlyMessage: true },
		route: '/update-group-settings',
		action: (groupId) => `change the settings of the group ${groupId}`,
		done: (groupId) => ({ groupId, settingsUpdated: true }),
	},
	{
		name: 'Group → Update Photo',
		parameters: {
			operation: 'updatePhoto',
			...GROUP_ID,
			photoSource: 'url',
			groupPhoto: 'https://example.com/logo.png',
		},
		route: '/update-group-photo',
		action: (groupId) => `change the photo of the group ${groupId}`,
		done: (groupId) => ({ groupId, photoUpdated: true }),
	},
	{
		name: 'Group → Leave',
		parameters: { operation: 'leave', ...GROUP_ID },
		route: '/leave-group',
		action: (groupId) => `leave the group ${groupId}`,
		done: (groupId) => ({ groupId, left: true }),
	},
	{
		name: 'Group → Get Metadata',
		parameters: { operation: 'getMetadata', ...GROUP_ID },
		route: '/group-metadata/:groupId',
		action: (groupId) => `read the metadata of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId, subject: 'Team' }),
		reads: true,
	},
	{
		name: 'Group → Get Invitation Link',
		parameters: { operation: 'getInvitationLink', ...GROUP_ID },
		route: '/group-invitation-link/:groupId',
		action: (groupId) => `get the invitation link of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId }),
		reads: true,
	},
	{
		name: 'Group → Reset Invitation Link',
		parameters: { operation: 'resetInvitationLink', ...GROUP_ID },
		route: '/redefine-invitation-link/:groupId',
		action: (groupId) => `reset the invitation link of the group ${groupId}`,
		done: (groupId) => ({ phone: groupId }),
	},
	{
		// One group per item, the first of the list: one request per item.
		name: 'Group → Get Many',
		parameters: { operation: 'getMany', returnAll: false, limit: 1 },
		route: '/groups',
		action: () => 'list the groups (page 1)',
		done: () => ({ isGroup: true, name: 'Team' }),
		reads: true,
	},
	{
		name: 'Message → Send Text',
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.groupId }}',
			message: 'Hello',
		},
		route: '/send-text',
		action: (groupId) => `send a text message to ${groupId}`,
		// The double numbers the messages it accepts.
		done: (groupId, sent) => ({ phone: groupId, messageId: `3EB0DOUBLE000000000${sent}` }),
		ifUncertain:
			'The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.',
	},
];

interface FaultRow {
	name: string;
	/** What the double does with the request; none for a refused connection (nothing listens). */
	fault?: Fault;
	/** The exact message; `{action}` is the operation's words, `{host}` the Base URL's host. */
	message: string;
	description: RegExp;
	httpCode?: string;
	/** The request may have reached Z-API and made its change: the description says to check. */
	uncertain: boolean;
}

const faults: FaultRow[] = [
	{
		name: '400 with Z-API error text',
		fault: { status: 400, body: { error: 'Invalid request body' } },
		message: 'Z-API rejected the request (HTTP 400) when trying to {action}: Invalid request body',
		description: /^Z-API found the request invalid/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: '400 whose text echoes the tokens and the URL',
		fault: {
			status: 400,
			body: {
				error: `bad TESTTOKEN0001SECRET and ${CLIENT_TOKEN} at /instances/TESTINSTANCE0001/token/TESTTOKEN0001SECRET/x`,
			},
		},
		message:
			'Z-API rejected the request (HTTP 400) when trying to {action}: bad *** and *** at /instances/TESTINSTANCE0001/token/***/x',
		description: /^Z-API found the request invalid/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: '401',
		fault: { status: 401, body: { error: 'Unauthorized' } },
		message: 'Z-API rejected the request (HTTP 401) when trying to {action}: Unauthorized',
		description: /^Check the Instance ID and Instance Token .*Client Token/,
		httpCode: '401',
		uncertain: false,
	},
	{
		name: '429 with Retry-After',
		fault: { status: 429, body: { error: 'Too many requests' }, headers: { 'Retry-After': '30' } },
		message: 'Z-API rejected the request (HTTP 429) when trying to {action}: Too many requests',
		description: /limiting the rate.*wait 30 seconds/,
		httpCode: '429',
		uncertain: false,
	},
	{
		name: '500',
		fault: { status: 500, body: { error: 'Internal error' } },
		message: 'Z-API failed (HTTP 500) when trying to {action}: Internal error',
		description: /^Z-API had a problem on its side\./,
		httpCode: '500',
		uncertain: true,
	},
	{
		name: '502 with an HTML page',
		fault: { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
		message: 'Z-API answered with an HTML page instead of JSON (HTTP 502) when trying to {action}',
		description: /proxy, a maintenance page or a wrong Base URL/,
		httpCode: '502',
		uncertain: true,
	},
	{
		name: '200 with {"error": …}',
		fault: { status: 200, body: { error: 'Phone is invalid' } },
		message: 'Z-API could not {action}: Phone is invalid',
		description: /^Z-API reported an error in a successful answer/,
		httpCode: '200',
		uncertain: false,
	},
	{
		// Z-API documents these words on GET /status; it does not document the status code elsewhere.
		name: 'WhatsApp disconnected ("You are not connected", 400)',
		fault: { status: 400, body: { error: 'You are not connected' } },
		message:
			'Z-API could not {action}: WhatsApp is not connected to the Z-API instance (Z-API said "You are not connected")',
		description: /^Nothing was sent\. Open the Z-API panel .*scan the QR code/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: 'WhatsApp disconnected ("You need to restore the session", 200)',
		fault: { status: 200, body: { error: 'You need to restore the session' } },
		message:
			'Z-API could not {action}: WhatsApp is not connected to the Z-API instance (Z-API said "You need to restore the session")',
		description: /^Nothing was sent\. Open the Z-API panel .*scan the QR code/,
		httpCode: '200',
		uncertain: false,
	},
	{
		name: '200 with a body that is not JSON',
		fault: { status: 200, body: 'OK', contentType: 'text/plain' },
		message: 'Z-API answered without the expected data when trying to {action}',
		description: /^The answer was not the JSON Z-API documents\./,
		httpCode: '200',
		uncertain: true,
	},
	{
		name: 'connection reset before Z-API answered',
		fault: { reset: 'before' },
		message: 'The connection to Z-API at {host} broke before it answered when trying to {action}',
		description: /^The connection was closed or reset/,
		uncertain: true,
	},
	{
		name: 'connection reset after Z-API did the work',
		fault: { reset: 'after' },
		message: 'The connection to Z-API at {host} broke before it answered when trying to {action}',
		description: /^The connection was closed or reset/,
		uncertain: true,
	},
	{
		name: `no answer within the node's Timeout (${TIMEOUT_MS} ms)`,
		fault: { hang: true },
		message: `Z-API did not answer within ${TIMEOUT_MS} ms when trying to {action}`,
		description: /^Z-API may be slow or unreachable\. You can raise the node's Timeout option\./,
		uncertain: true,
	},
	{
		name: 'connection refused',
		message: 'Could not connect to Z-API at {host} to {action}',
		description: /refused or the host was not found, so nothing was sent/,
		uncertain: false,
	},
];

/** What an uncertain failure's description ends with: not sent again, or (a read) nothing changed. */
function expectedTail(operation: OperationRow, row: FaultRow): string | undefined {
	if (!row.uncertain) return undefined;
	return operation.reads ? ONLY_READS : NOT_SENT_AGAIN;
}

/** The whole message: an uncertain change says, in the message itself, that it may have happened. */
function expectedMessage(operation: OperationRow, row: FaultRow, message: string): string {
	if (!row.uncertain || operation.reads) return message;
	return `${message}. ${operation.ifUncertain ?? CHANGE_MAY_HAVE_BEEN_MADE}`;
}

interface ApiErrorFields {
	name: string;
	message: string;
	description: string;
	httpCode?: string;
}

const addGroup = () => double.addGroup({ name: 'Team', participants: [MEMBER] });

function run(operation: OperationRow, groupIds: string[], extra: { baseUrl?: string } = {}) {
	return runZApi(double, {
		parameters: { resource: 'group', ...operation.parameters, options: { timeout: TIMEOUT_MS } },
		items: groupIds.map((groupId) => ({ groupId })),
		settings: groupIds.length > 1 ? { onError: 'continueRegularOutput' } : undefined,
		credentials: extra.baseUrl ? { baseUrl: extra.baseUrl } : {},
	});
}

describe.each(operations)('$name', (operation) => {
	test.each(faults)('$name: a clear NodeApiError, one request, no secret', async (row) => {
		const groupId = addGroup();
		if (row.fault) double.setFault(operation.route, row.fault);
		const baseUrl = row.fault ? double.url : await refusedBaseUrl();
		const { value: result, connections } = await countConnections(baseUrl, () =>
			run(operation, [groupId], { baseUrl }),
		);

		const error = result.error as unknown as ApiErrorFields;
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			expectedMessage(
				operation,
				row,
				row.message
					.replace('{action}', operation.action(groupId))
					.replace('{host}', new URL(baseUrl).host),
			),
		);
		expect(error.description).toMatch(row.description);
		const tail = expectedTail(operation, row);
		for (const sentence of [NOT_SENT_AGAIN, ONLY_READS]) {
			expect(error.description.includes(sentence)).toBe(sentence === tail);
		}
		if (row.httpCode) expect(String(error.httpCode)).toBe(row.httpCode);
		// A refused connection reaches no server: the node's one try shows on the connecting side only.
		if (row.fault)
			expect(double.requests.map((request) => request.route)).toEqual([operation.route]);
		else expect(connections).toBe(1);
		expect(result.output()).toEqual([]);
		expectNoSecrets(result.text, double);
	});

	test('with On Error: Continue, only the failing 2nd of 3 items becomes an error item (marked when the change may have been made); in order, paired', async () => {
		const groupIds = [addGroup(), addGroup(), addGroup()];
		double.setFault(operation.route, { status: 500, body: { error: 'Internal error' }, skip: 1 });
		const result = await run(operation, groupIds);

		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: expect.objectContaining(operation.done(groupIds[0], 1)), pairedItem: { item: 0 } },
			{
				json: {
					error: expectedMessage(
						operation,
						faults.find((row) => row.name === '500')!,
						`Z-API failed (HTTP 500) when trying to ${operation.action(groupIds[1])}: Internal error`,
					),
					// What a bulk run routes on: only where a change may have been made.
					...(operation.reads ? {} : { mayHaveReachedZApi: true }),
				},
				pairedItem: { item: 1 },
			},
			{ json: expect.objectContaining(operation.done(groupIds[2], 2)), pairedItem: { item: 2 } },
		]);
		expect(double.count(operation.route)).toBe(3);
		expectNoSecrets(result.text, double);
	});
});
