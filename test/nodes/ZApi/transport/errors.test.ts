import type { INodeParameters } from 'n8n-workflow';

import type { Fault } from '../../../helpers/scenario';
import {
	CREATE_GROUP,
	countConnections,
	expectNoSecrets,
	refusedBaseUrl,
	runZApi,
	useZApiDouble,
} from '../../../helpers/scenario';

const CLIENT_TOKEN = 'CLIENTSECRET42';
const double = useZApiDouble({ clientToken: CLIENT_TOKEN });

const item = { name: 'Sales', participants: '5511988887777', invite: true };
const MAY_HAVE_WORKED = 'The node never sends such a request a second time by itself\\.';
// The end of the message of a create that may have reached Z-API: in the error item too.
const MAY_HAVE_BEEN_CREATED =
	'. The group may have been created anyway: do not create it again, or there may be two groups named "Sales". Look for it first with Group → Get Many, or run the workflow again with If a Group With This Name Exists set to Return the Existing Group.';

interface Row {
	name: string;
	fault: Fault;
	message: string;
	description: RegExp;
	httpCode?: string;
	/**
	 * What n8n's Retry On Fail does with the create: Z-API answered that it did nothing, so the retry
	 * sends it again; or it may have created the group, so the retry answers with the same error.
	 */
	retry: 'sent again' | 'not sent again';
}

const rows: Row[] = [
	{
		name: '400 with Z-API error text',
		fault: { status: 400, body: { error: 'phones must be an array' } },
		message:
			'Z-API rejected the request (HTTP 400) when trying to create the group "Sales": phones must be an array',
		description: /Z-API found the request invalid.*digits only \(e\.g\. 5511999998888\)/,
		httpCode: '400',
		retry: 'sent again',
	},
	{
		name: '401',
		fault: { status: 401, body: { error: 'Unauthorized' } },
		message:
			'Z-API rejected the request (HTTP 401) when trying to create the group "Sales": Unauthorized',
		description: /^Check the Instance ID and Instance Token .*Client Token/,
		httpCode: '401',
		retry: 'sent again',
	},
	{
		name: '403',
		fault: { status: 403, body: {} },
		message: 'Z-API rejected the request (HTTP 403) when trying to create the group "Sales"',
		description: /^Check the Instance ID and Instance Token/,
		httpCode: '403',
		retry: 'sent again',
	},
	{
		name: '404',
		fault: { status: 404, body: { error: 'Instance not found' } },
		message:
			'Z-API rejected the request (HTTP 404) when trying to create the group "Sales": Instance not found',
		description: /^Z-API does not know this instance or address\. Check the Instance ID/,
		httpCode: '404',
		retry: 'sent again',
	},
	{
		name: '405',
		fault: { status: 405, body: { error: 'check you sent POST or GET as specified' } },
		message:
			'Z-API rejected the request (HTTP 405) when trying to create the group "Sales": check you sent POST or GET as specified',
		description: /HTTP method is wrong.*bug in the Z-API node/,
		httpCode: '405',
		retry: 'sent again',
	},
	{
		name: '415',
		fault: { status: 415, body: {} },
		message: 'Z-API rejected the request (HTTP 415) when trying to create the group "Sales"',
		description: /no JSON content type/,
		httpCode: '415',
		retry: 'sent again',
	},
	{
		name: '429 with Retry-After',
		fault: { status: 429, body: { error: 'Too many requests' }, headers: { 'Retry-After': '30' } },
		message:
			'Z-API rejected the request (HTTP 429) when trying to create the group "Sales": Too many requests',
		description: /limiting the rate.*wait 30 seconds.*WhatsApp also bans/,
		httpCode: '429',
		retry: 'sent again',
	},
	{
		name: '429 without Retry-After',
		fault: { status: 429, body: {} },
		message: 'Z-API rejected the request (HTTP 429) when trying to create the group "Sales"',
		description:
			/^Z-API is limiting the rate of requests from this instance\. Slow the workflow down/,
		httpCode: '429',
		retry: 'sent again',
	},
	{
		name: '500',
		fault: { status: 500, body: { error: 'Internal error' } },
		message:
			'Z-API failed (HTTP 500) when trying to create the group "Sales": Internal error' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(`^Z-API had a problem on its side\\. ${MAY_HAVE_WORKED}`),
		httpCode: '500',
		retry: 'not sent again',
	},
	{
		name: '502 with an HTML page',
		fault: { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
		message:
			'Z-API answered with an HTML page instead of JSON (HTTP 502) when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(`proxy, a maintenance page or a wrong Base URL.*${MAY_HAVE_WORKED}`),
		httpCode: '502',
		retry: 'not sent again',
	},
	{
		name: '503',
		fault: { status: 503, body: { error: 'Service Unavailable' } },
		message:
			'Z-API failed (HTTP 503) when trying to create the group "Sales": Service Unavailable' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(MAY_HAVE_WORKED),
		httpCode: '503',
		retry: 'not sent again',
	},
	{
		name: '200 with an error',
		fault: { status: 200, body: { error: 'Phones are invalid' } },
		message: 'Z-API could not create the group "Sales": Phones are invalid',
		description: /^Z-API reported an error in a successful answer/,
		httpCode: '200',
		retry: 'sent again',
	},
	{
		name: '200 with a body that is not JSON',
		fault: { status: 200, body: 'OK', contentType: 'text/plain' },
		message:
			'Z-API answered without the expected data when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(`not the JSON Z-API documents\\. ${MAY_HAVE_WORKED}`),
		httpCode: '200',
		retry: 'not sent again',
	},
	{
		name: '200 without the group id',
		fault: { status: 200, body: { invitationLink: 'https://chat.whatsapp.com/X' } },
		message:
			'Z-API answered without the expected data when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(MAY_HAVE_WORKED),
		httpCode: '200',
		retry: 'not sent again',
	},
	{
		name: 'client token switched on but not accepted',
		fault: { status: 400, body: { error: 'your client-token is not configured' } },
		message: 'Z-API refused the request: your client-token is not configured',
		description: /^Account security is on for this Z-API account: fill in the Client Token/,
		httpCode: '400',
		retry: 'sent again',
	},
	{
		name: 'a wrong client token',
		fault: { status: 403, body: { error: 'Client-Token not allowed' } },
		message: 'Z-API refused the request: Client-Token not allowed',
		description:
			/^The Client Token in the Z-API credential is wrong: copy the account security token again/,
		httpCode: '403',
		retry: 'sent again',
	},
	{
		name: 'an error text that echoes the token and the URL',
		fault: {
			status: 400,
			body: {
				error: `bad token TESTTOKEN0001SECRET at /instances/TESTINSTANCE0001/token/TESTTOKEN0001SECRET/create-group`,
			},
		},
		message:
			'Z-API rejected the request (HTTP 400) when trying to create the group "Sales": bad token *** at /instances/TESTINSTANCE0001/token/***/create-group',
		description: /Z-API found the request invalid/,
		httpCode: '400',
		retry: 'sent again',
	},
	{
		name: 'connection reset before Z-API did anything',
		fault: { reset: 'before' },
		message:
			'The connection to Z-API at {host} broke before it answered when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(`closed or reset.*${MAY_HAVE_WORKED}`),
		retry: 'not sent again',
	},
	{
		name: 'connection reset after the group was created',
		fault: { reset: 'after' },
		message:
			'The connection to Z-API at {host} broke before it answered when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(MAY_HAVE_WORKED),
		retry: 'not sent again',
	},
	{
		name: 'an answer slower than the timeout',
		fault: { hang: true },
		message:
			'Z-API did not answer within 500 ms when trying to create the group "Sales"' +
			MAY_HAVE_BEEN_CREATED,
		description: new RegExp(`raise the node's Timeout option\\. ${MAY_HAVE_WORKED}`),
		retry: 'not sent again',
	},
];

describe.each(rows)(
	'create-group answers: $name',
	({ fault, message: template, description, httpCode, retry }) => {
		// The double's port is known only once it runs.
		const expectedMessage = () => template.replace('{host}', `127.0.0.1:${double.port}`);
		test('fails the item with a clear NodeApiError, sends the create once, leaks no secret', async () => {
			double.setFault('/create-group', fault);
			const result = await runZApi(double, {
				items: [item],
				parameters: { ...CREATE_GROUP, options: { timeout: 500 } },
				credentials: { clientToken: CLIENT_TOKEN },
			});
			const error = result.error as unknown as {
				name: string;
				message: string;
				description: string;
				httpCode?: string;
			};
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toBe(expectedMessage());
			expect(error.description).toMatch(description);
			if (httpCode) expect(String(error.httpCode)).toBe(httpCode);
			expect(double.count('/create-group')).toBe(1);
			expectNoSecrets(result.text, double);
		});

		test('with On Error: Continue, 3 items in give 3 items out, in order, paired', async () => {
			double.setFault('/create-group', fault);
			const result = await runZApi(double, {
				settings: { onError: 'continueRegularOutput' },
				items: [item, { ...item, name: 'Two' }, { ...item, name: 'Three' }],
				parameters: { ...CREATE_GROUP, options: { timeout: 500 } },
				credentials: { clientToken: CLIENT_TOKEN },
			});
			const output = result.output();
			expect(output.map((entry) => entry.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			// A bulk run routes on mayHaveReachedZApi: only a create that may exist carries it.
			expect(output[0].json).toEqual(
				retry === 'not sent again'
					? { error: expectedMessage(), mayHaveReachedZApi: true }
					: { error: expectedMessage() },
			);
			expect(output.slice(1).map((entry) => entry.json.groupName)).toEqual(['Two', 'Three']);
			expect(double.count('/create-group')).toBe(3);
			expectNoSecrets(result.text, double);
		});

		test(`with Retry On Fail (2 tries), the create is ${retry}: never a second group`, async () => {
			double.setFault('/create-group', fault);
			const result = await runZApi(double, {
				settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
				items: [item],
				parameters: { ...CREATE_GROUP, options: { timeout: 500 } },
				credentials: { clientToken: CLIENT_TOKEN },
			});
			if (retry === 'sent again') {
				expect(result.error).toBeUndefined();
				expect(result.output().map((entry) => entry.json.groupName)).toEqual(['Sales']);
			} else {
				expect(result.error?.message).toBe(expectedMessage());
			}
			expect(double.count('/create-group')).toBe(retry === 'sent again' ? 2 : 1);
			expect(double.count('/device')).toBe(1);
			expectNoSecrets(result.text, double);
		});
	},
);

test('a group name that contains an error code (EPERM in "Keeperman") keeps the specific message', async () => {
	double.setFault('/create-group', { status: 400, body: { error: 'invalid' } });
	const result = await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ ...item, name: 'Keeperman Club' }],
	});
	expect(result.error?.message).toBe(
		'Z-API rejected the request (HTTP 400) when trying to create the group "Keeperman Club": invalid',
	);
});

describe('the connected-number lookup (GET /device) failing', () => {
	test('fails every item with its message, and no create is sent', async () => {
		double.setFault('/device', { status: 400, body: { error: 'Instance not found' } });
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			settings: { onError: 'continueRegularOutput' },
			items: [item, { ...item, name: 'Two' }],
			credentials: { clientToken: CLIENT_TOKEN },
		});
		const expected =
			'Z-API rejected the request (HTTP 400) when trying to look up the number connected to the instance: Instance not found';
		expect(result.output().map((entry) => entry.json)).toEqual([
			{ error: expected },
			{ error: expected },
		]);
		expect(double.count('/device')).toBe(1);
		expect(double.count('/create-group')).toBe(0);
		expectNoSecrets(result.text, double);
	});
});

describe('an instance whose WhatsApp is disconnected', () => {
	test('fails with what to do (scan the QR code), not with advice about phone numbers; nothing is created', async () => {
		double.config.connected = false;
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [item],
			credentials: { clientToken: CLIENT_TOKEN },
		});
		const error = result.error as unknown as { name: string; message: string; description: string };
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			'Z-API could not look up the number connected to the instance: WhatsApp is not connected to the Z-API instance (Z-API said "You are not connected")',
		);
		expect(error.description).toBe(
			'Nothing was sent. Open the Z-API panel (Instances → your instance), scan the QR code with the phone that runs WhatsApp, and run the workflow again once the instance shows as connected.',
		);
		expect(double.count('/create-group')).toBe(0);
		expectNoSecrets(result.text, double);
	});
});

describe('a Z-API that cannot be reached', () => {
	test('a refused connection says nothing was sent, naming only the host', async () => {
		const baseUrl = await refusedBaseUrl();
		const { value: result, connections } = await countConnections(baseUrl, () =>
			runZApi(double, {
				parameters: CREATE_GROUP,
				items: [item],
				credentials: { clientToken: CLIENT_TOKEN, baseUrl },
			}),
		);
		// The lookup was tried once, not again, and no create followed it.
		expect(connections).toBe(1);
		expect(result.error?.message).toBe(
			`Could not connect to Z-API at ${new URL(baseUrl).host} to look up the number connected to the instance`,
		);
		expect((result.error as unknown as { description: string }).description).toMatch(
			/nothing was sent/,
		);
		expectNoSecrets(result.text, double);
	});
});

describe('a 404: the instance, or the group the request names', () => {
	// Z-API documents no 404 answer: its own words decide when they name the instance or the group;
	// when they do not, a request that names a group puts the group first (docs/errors.md).
	const GROUP = '120363000000000404-group';
	const UNKNOWN_INSTANCE = /^Z-API does not know this instance or address\. Check the Instance ID/;
	const GROUP_SAID = new RegExp(
		`^Z-API says it does not know the group ${GROUP}, so the Instance ID and Token are not the problem: .*Group ID → From List.*Group → Get Many\\.$`,
	);
	const GROUP_FIRST = new RegExp(
		`^Z-API's answer does not say what it did not find\\. Most likely the group ${GROUP}: .*From List.* If every request with this credential fails this way, check the Instance ID and Instance Token`,
	);
	const getMetadata = { resource: 'group', operation: 'getMetadata', groupId: GROUP };
	const updateName = { resource: 'group', operation: 'updateName', groupId: GROUP, groupName: 'X' };
	const sendText = { resource: 'message', operation: 'sendText', message: 'Hi' };
	const rows: Array<[string, INodeParameters, string, object, string, RegExp]> = [
		[
			'a group in the path, Z-API names the group',
			getMetadata,
			`/group-metadata/${GROUP}`,
			{ error: 'Group not found' },
			`read the metadata of the group ${GROUP}: Group not found`,
			GROUP_SAID,
		],
		[
			'a group in the path, Z-API names the instance',
			getMetadata,
			`/group-metadata/${GROUP}`,
			{ error: 'Instance not found' },
			`read the metadata of the group ${GROUP}: Instance not found`,
			UNKNOWN_INSTANCE,
		],
		[
			'a group in the path, Z-API says only "not found"',
			getMetadata,
			`/group-metadata/${GROUP}`,
			{ error: 'not found' },
			`read the metadata of the group ${GROUP}: not found`,
			GROUP_FIRST,
		],
		[
			'a group in the path, no text at all',
			getMetadata,
			`/group-metadata/${GROUP}`,
			{},
			`read the metadata of the group ${GROUP}`,
			GROUP_FIRST,
		],
		[
			'a group in the body (groupId), Z-API names the group',
			updateName,
			'/update-group-name',
			{ error: 'group does not exist' },
			`rename the group ${GROUP}: group does not exist`,
			GROUP_SAID,
		],
		[
			'a send to a group (phone), no text',
			{ ...sendText, phone: GROUP },
			'/send-text',
			{},
			`send a text message to ${GROUP}`,
			GROUP_FIRST,
		],
		[
			'a send to a phone number: no group to blame',
			{ ...sendText, phone: '5511988887777' },
			'/send-text',
			{ error: 'not found' },
			'send a text message to 5511988887777: not found',
			UNKNOWN_INSTANCE,
		],
	];

	test.each(rows)('%s', async (_name, parameters, endpoint, body, action, description) => {
		double.setFault(endpoint, { status: 404, body });
		const result = await runZApi(double, {
			parameters,
			items: [{}],
			credentials: { clientToken: CLIENT_TOKEN },
		});
		const error = result.error as unknown as { message: string; description: string };
		expect(error.message).toBe(`Z-API rejected the request (HTTP 404) when trying to ${action}`);
		expect(error.description).toMatch(description);
		expectNoSecrets(result.text, double);
	});
});
