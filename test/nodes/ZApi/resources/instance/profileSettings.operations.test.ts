/**
 * Instance → Update Profile Name / Description / Picture, Set Call Reject and Set Call Reject Message
 * (instance/profile-name.md, profile-description.md, profile-picture.md, call-reject.md,
 * call-reject-message.md): each a PUT of `{value}` confirmed by `{"value": true}`.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const LOGO = 'https://example.com/logo.png';

interface Row {
	operation: string;
	/** The operation's field, mapped from the item's `value`. */
	field: string;
	value: unknown;
	endpoint: string;
	body: unknown;
	output: Record<string, unknown>;
	/** Where the double keeps it (config.profile). */
	stored: [string, unknown];
	/** A value refused before any request, and the message. */
	bad: [unknown, string];
	action: string;
}

const rows: Row[] = [
	{
		operation: 'updateProfileName',
		field: 'profileName',
		value: ' Acme Support ',
		endpoint: '/profile-name',
		body: { value: 'Acme Support' },
		output: { profileName: 'Acme Support', updated: true },
		stored: ['name', 'Acme Support'],
		bad: ['  ', 'Profile Name is empty (got "  "): give the new profile name, e.g. "Acme Support"'],
		action: 'update the profile name',
	},
	{
		operation: 'updateProfileDescription',
		field: 'profileDescription',
		value: 'Open 9 to 6',
		endpoint: '/profile-description',
		body: { value: 'Open 9 to 6' },
		output: { profileDescription: 'Open 9 to 6', updated: true },
		stored: ['description', 'Open 9 to 6'],
		bad: [
			'',
			'Profile Description is empty (got ""): give the new profile description, e.g. "Open Monday to Friday, 9am to 6pm"',
		],
		action: 'update the profile description',
	},
	{
		operation: 'updateProfilePicture',
		field: 'pictureUrl',
		value: LOGO,
		endpoint: '/profile-picture',
		body: { value: LOGO },
		output: { pictureUrl: LOGO, updated: true },
		stored: ['picture', LOGO],
		bad: [
			'logo.png',
			'Picture URL: "logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
		],
		action: 'update the profile picture',
	},
	{
		operation: 'setCallReject',
		field: 'rejectCalls',
		value: 'TRUE',
		endpoint: '/update-call-reject-auto',
		body: { value: true },
		output: { rejectCalls: true, updated: true },
		stored: ['callRejectAuto', true],
		bad: ['yes', 'Reject Calls must be true or false (got "yes")'],
		action: 'turn on the rejection of calls',
	},
	{
		operation: 'setCallRejectMessage',
		field: 'callRejectMessage',
		value: 'No calls, please.\nWrite to us. ',
		endpoint: '/update-call-reject-message',
		body: { value: 'No calls, please.\nWrite to us. ' },
		output: { callRejectMessage: 'No calls, please.\nWrite to us. ', updated: true },
		stored: ['callRejectMessage', 'No calls, please.\nWrite to us. '],
		bad: [
			null,
			'Message is empty (got null): give the text sent after a rejected call, e.g. "We do not take calls: please send us a message."',
		],
		action: 'set the message sent after a rejected call',
	},
];

const run = (row: Row, values: unknown[], settings = {}, options = {}) =>
	runZApi(double, {
		parameters: {
			resource: 'instance',
			operation: row.operation,
			[row.field]: '={{ $json.value }}',
			options,
		},
		items: values.map((value) => ({ value })),
		settings,
	});

describe.each(rows)('Instance → $operation', (row) => {
	test(`PUT ${row.endpoint} with exactly {value}; output; the double stores it`, async () => {
		const result = await run(row, [row.value]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('PUT');
		expect(request.endpoint).toBe(row.endpoint);
		expect(request.query).toEqual({});
		expect(request.body).toEqual(row.body);
		expect(result.output()).toEqual([{ json: row.output, pairedItem: { item: 0 } }]);
		expect(double.config.profile?.[row.stored[0] as 'name']).toEqual(row.stored[1]);
		expectNoSecrets(result.text, double);
	});

	test('a bad value is refused before any request, naming the field', async () => {
		const result = await run(row, [row.bad[0]]);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(row.bad[1]);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await run(row, [row.value, row.bad[0], row.value], {
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: row.output, pairedItem: { item: 0 } },
			{ json: { error: row.bad[1] }, pairedItem: { item: 1 } },
			{ json: row.output, pairedItem: { item: 2 } },
		]);
		expect(double.requests).toHaveLength(2);
	});

	test('"value": false is not a success', async () => {
		double.setFault(row.endpoint, { status: 200, body: { value: false } });
		const result = await run(row, [row.value]);
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to ${row.action} (it answered "value": false)`,
		);
	});

	test('Retry On Fail: a request whose answer was lost is not sent again', async () => {
		double.setFault(row.endpoint, { delayMs: 1500, status: 200, body: { value: true } });
		const result = await run(
			row,
			[row.value],
			{ retryOnFail: true, maxTries: 3, waitBetweenTries: 1, onError: 'continueRegularOutput' },
			{ timeout: 300 },
		);
		expect(result.output()[0].json).toEqual({
			error: expect.stringMatching(
				/may have been changed anyway; setting it again changes nothing/,
			),
			mayHaveReachedZApi: true,
		});
		expect(double.count(row.endpoint)).toBe(1);
	});
});

test('Set Call Reject off sends {"value": false}', async () => {
	const result = await run(rows[3], [false]);
	expect(double.requests[0].body).toEqual({ value: false });
	expect(result.output()[0].json).toEqual({ rejectCalls: false, updated: true });
});

test('the profile picture set is what Contact → Get Profile Picture then reads for the number', async () => {
	await run(rows[2], [LOGO]);
	const result = await runZApi(double, {
		parameters: {
			resource: 'contact',
			operation: 'getProfilePicture',
			phone: double.config.connectedPhone,
		},
	});
	expect(result.output()[0].json).toEqual({ phone: double.config.connectedPhone, link: LOGO });
});
