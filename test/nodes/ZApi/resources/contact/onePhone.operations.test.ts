/**
 * The contact operations on one phone number: Get Metadata (contacts/get-metadata-contact.md), Get
 * Profile Picture (get-profile-picture.md), Block and Unblock (block-contact.md). Exact requests, the
 * outputs with phone first, the phone checked before any request, On Error: Continue.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511988887777';
const PICTURE = 'https://pps.whatsapp.net/v/t61/contact.jpg';
const saveContact = () => {
	double.config.contacts = [
		{
			phone: PHONE,
			name: 'Maria Souza',
			short: 'Maria',
			notify: 'Maria S.',
			imgUrl: PICTURE,
			about: 'Available',
		},
	];
};

interface Row {
	operation: string;
	method: string;
	endpoint: string;
	query: Record<string, string>;
	body: unknown;
	output: Record<string, unknown>;
}

const rows: Row[] = [
	{
		operation: 'getMetadata',
		method: 'GET',
		endpoint: `/contacts/${PHONE}`,
		query: {},
		body: undefined,
		output: {
			phone: PHONE,
			name: 'Maria Souza',
			notify: 'Maria S.',
			short: 'Maria',
			imgUrl: PICTURE,
			about: 'Available',
			vname: null,
		},
	},
	{
		operation: 'getProfilePicture',
		method: 'GET',
		endpoint: '/profile-picture',
		query: { phone: PHONE },
		body: undefined,
		output: { phone: PHONE, link: PICTURE },
	},
	{
		operation: 'block',
		method: 'POST',
		endpoint: '/contacts/modify-blocked',
		query: {},
		body: { phone: PHONE, action: 'block' },
		output: { phone: PHONE, blocked: true },
	},
	{
		operation: 'unblock',
		method: 'POST',
		endpoint: '/contacts/modify-blocked',
		query: {},
		body: { phone: PHONE, action: 'unblock' },
		output: { phone: PHONE, unblocked: true },
	},
];

const run = (operation: string, phones: unknown[], settings = {}) =>
	runZApi(double, {
		parameters: { resource: 'contact', operation, phone: '={{ $json.phone }}' },
		items: phones.map((phone) => ({ phone })),
		settings,
	});

describe.each(rows)('Contact → $operation', (row) => {
	test(`${row.method} ${row.endpoint}: exact request; output with phone first`, async () => {
		saveContact();
		const result = await run(row.operation, ['+55 (11) 98888-7777']);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe(row.method);
		expect(request.endpoint).toBe(row.endpoint);
		expect(request.query).toEqual(row.query);
		if (row.body === undefined) expect(request.rawBody).toBe('');
		else expect(request.body).toEqual(row.body);
		expect(result.output()).toEqual([{ json: row.output, pairedItem: { item: 0 } }]);
		expect(Object.keys(result.output()[0].json)[0]).toBe('phone');
		expectNoSecrets(result.text, double);
	});

	test.each([
		['', 'Phone is empty (got ""): give the contact\'s number, e.g. 5511999998888'],
		[
			'120363019502650977-group',
			'Phone: "120363019502650977-group" is a group ID, not a participant\'s phone number',
		],
		[
			'5511988887777@lid',
			'Phone: "5511988887777@lid" is a WhatsApp private ID (@lid), which Z-API\'s contact pages do not take: give the phone number, e.g. 5511999998888',
		],
		[
			'5511/../x',
			'Phone: "5511/../x" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
	])('Phone %j is refused before any request', async (phone, message) => {
		const result = await run(row.operation, [phone]);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		saveContact();
		const result = await run(row.operation, [PHONE, 'not a phone', PHONE], {
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: row.output, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Phone: "not a phone" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
				},
				pairedItem: { item: 1 },
			},
			{ json: row.output, pairedItem: { item: 2 } },
		]);
		expect(double.requests).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});
});

describe('Contact → Get Profile Picture: the answers', () => {
	test.each([
		['the documented list', [{ link: PICTURE }], PICTURE],
		['a bare object', { link: PICTURE }, PICTURE],
		['no picture (null)', [{ link: null }], null],
		['no picture (empty text)', { link: '' }, null],
	])('%s is read', async (_name, body, link) => {
		double.setFault('/profile-picture', { status: 200, body });
		const result = await run('getProfilePicture', [PHONE]);
		expect(result.output()[0].json).toEqual({ phone: PHONE, link });
	});

	test('an answer without link fails the item', async () => {
		double.setFault('/profile-picture', { status: 200, body: [{ url: PICTURE }] });
		const result = await run('getProfilePicture', [PHONE]);
		expect(result.error?.name).toBe('NodeApiError');
	});
});

describe('Contact → Block / Unblock', () => {
	test('the double keeps the blocked numbers: Block adds, Unblock removes', async () => {
		await run('block', [PHONE]);
		expect(double.config.blocked).toEqual([PHONE]);
		await run('unblock', [PHONE]);
		expect(double.config.blocked).toEqual([]);
	});

	test('"value": false is not a success: the item fails with words for contacts', async () => {
		double.setFault('/contacts/modify-blocked', { status: 200, body: { value: false } });
		const result = await run('block', [PHONE]);
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to block the contact ${PHONE} (it answered "value": false)`,
		);
		expect((result.error as unknown as { description: string }).description).toBe(
			'Z-API answers "value": true when WhatsApp blocked the contact. Anything else means it did not: check the phone number (with country code) and that the instance is connected.',
		);
	});
});
