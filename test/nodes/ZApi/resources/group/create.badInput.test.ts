/**
 * Group → Create with the input users get wrong, each row run through n8n's engine: the workflow maps
 * `name`, `participants` and `invite` of the item with `={{ }}` expressions, so a number, a null or a
 * nested array arrives exactly as an expression hands it over. Each row ends one of two ways:
 * - `fails`: the item fails with this message, naming the field, before any request (a list with only
 *   the connected number: after the GET /device that finds it out, and no /create-group);
 * - `sends`: Z-API receives exactly this /create-group body (the input was normalized, or is sent as is
 *   because Z-API documents no limit), under the instance URL built from the trimmed credential.
 * The table reads as what Create accepts; keep it that way.
 */
import type { ICredentialDataDecryptedObject, NodeOperationError } from 'n8n-workflow';

import {
	CREATE_GROUP,
	expectNoSecrets,
	runZApi,
	useZApiDouble,
} from '../../../../helpers/scenario';
import type { ZApiDouble } from '../../../../helpers/scenario';

// The double's connected number is 5511900000000.
const double = useZApiDouble();

/** A valid item: each row changes only what it is about. */
const ITEM = { name: 'Sales', participants: '5511988887777', invite: true };

interface Body {
	groupName: string;
	phones: string[];
	autoInvite: boolean;
}

type Row = {
	case: string;
	item?: Record<string, unknown>;
	/** Credential fields over the double's own (a function: the Base URL needs the double's port). */
	credentials?: (double: ZApiDouble) => ICredentialDataDecryptedObject;
} & (
	| {
			fails: string;
			/** What the double received before the failure: nothing unless given. */
			requests?: string[];
	  }
	| {
			sends: Body;
			/** The account security token the double requires, and every request must carry. */
			clientToken?: string;
	  }
);

const LONG_NAME = 'Sales Team '.repeat(27) + 'End'; // 300 characters
const SALES = { groupName: 'Sales', autoInvite: true };
const EXAMPLE_PHONE = 'e.g. 5511999998888';
const NO_PHONES = `give at least one participant, ${EXAMPLE_PHONE}`;
const PHONE_LENGTH = `a phone number is country code + area code + number (8 to 15 digits), ${EXAMPLE_PHONE}`;
const PHONE_CHARACTERS =
	'only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888';

const ROWS: Row[] = [
	// Group Name
	{
		case: 'Group Name empty',
		item: { name: '' },
		fails: 'Group Name is empty (got ""): give the group a name, e.g. "Sales Team"',
	},
	{
		case: 'Group Name only spaces',
		item: { name: ' \t ' },
		fails: 'Group Name is empty (got " \\t "): give the group a name, e.g. "Sales Team"',
	},
	{
		case: 'Group Name null from an expression',
		item: { name: null },
		fails: 'Group Name is empty (got null): give the group a name, e.g. "Sales Team"',
	},
	{
		case: 'Group Name a boolean from an expression',
		item: { name: true },
		fails: 'Group Name must be text (got true): give the group a name, e.g. "Sales Team"',
	},
	{
		case: 'Group Name an array from an expression',
		item: { name: ['Sales'] },
		fails: 'Group Name must be text (got ["Sales"]): give the group a name, e.g. "Sales Team"',
	},
	{
		case: 'Group Name a number from an expression: sent as its text',
		item: { name: 2025 },
		sends: { ...SALES, groupName: '2025', phones: ['5511988887777'] },
	},
	{
		case: 'Group Name with spaces and a line break around it: trimmed',
		item: { name: '  Sales Team\n' },
		sends: { ...SALES, groupName: 'Sales Team', phones: ['5511988887777'] },
	},
	{
		case: 'Group Name of 300 characters: sent as is (Z-API documents no limit)',
		item: { name: LONG_NAME },
		sends: { ...SALES, groupName: LONG_NAME, phones: ['5511988887777'] },
	},
	{
		case: 'Group Name with emoji and accents: sent as is',
		item: { name: '🚀 Vendas São Paulo 🇧🇷👩‍💻' },
		sends: { ...SALES, groupName: '🚀 Vendas São Paulo 🇧🇷👩‍💻', phones: ['5511988887777'] },
	},

	// Phones
	{
		case: 'Phones empty text',
		item: { participants: '' },
		fails: `Phones: no phone number given (got ""): ${NO_PHONES}`,
	},
	{
		case: 'Phones only separators',
		item: { participants: ' , ;\n' },
		fails: `Phones: no phone number given (got " , ;\\n"): ${NO_PHONES}`,
	},
	{
		case: 'Phones empty array',
		item: { participants: [] },
		fails: `Phones: no phone number given (got []): ${NO_PHONES}`,
	},
	{
		case: 'Phones null from an expression',
		item: { participants: null },
		fails: `Phones: no phone number given (got null): ${NO_PHONES}`,
	},
	{
		case: 'Phones nested arrays: flattened',
		item: { participants: [['+55 11 98888-7777'], [['5521977776666', ['5531966665555']]]] },
		sends: { ...SALES, phones: ['5511988887777', '5521977776666', '5531966665555'] },
	},
	{
		case: 'Phones text separated by commas, semicolons and new lines',
		item: { participants: '5511988887777,5521977776666;\r\n5531966665555' },
		sends: { ...SALES, phones: ['5511988887777', '5521977776666', '5531966665555'] },
	},
	{
		case: 'Phones with empty entries and nulls: skipped',
		item: { participants: ['', '5511988887777', null, ' '] },
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Phones an object (a contact instead of its number)',
		item: { participants: [{ name: 'Ana', phone: '5511988887777' }] },
		fails:
			'Phones: {"name":"Ana","phone":"5511988887777"} is not a phone number: each phone number must be text or a number, e.g. 5511999998888',
	},
	{
		case: 'Phones a boolean',
		item: { participants: true },
		fails:
			'Phones: true is not a phone number: each phone number must be text or a number, e.g. 5511999998888',
	},
	{
		case: 'Phones numbers: sent as digit text',
		item: { participants: [5511988887777, 5521977776666] },
		sends: { ...SALES, phones: ['5511988887777', '5521977776666'] },
	},
	{
		case: 'Phones a single number, not in an array',
		item: { participants: 5511988887777 },
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Phones a number with decimals',
		item: { participants: 5511988887777.5 },
		fails: 'Phones: 5511988887777.5 is not a phone number: use digits only, e.g. 5511999998888',
	},
	{
		case: 'Phones + prefix and formatting: removed',
		item: { participants: '+55 (11) 98888-7777' },
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Phones 00 prefix and dots: removed',
		item: { participants: '0055.21.97777.6666' },
		sends: { ...SALES, phones: ['5521977776666'] },
	},
	{
		case: 'Phones letters',
		item: { participants: 'call me' },
		fails: `Phones: "call me" is not a phone number: ${PHONE_CHARACTERS}`,
	},
	{
		// n8n would swap a message containing a Node.js error code (EACCES) for its generic text.
		case: 'Phones letters that contain a Node.js error code',
		item: { participants: 'eacces 11' },
		fails: `Phones: "eacces 11" is not a phone number: ${PHONE_CHARACTERS}`,
	},
	{
		case: 'Phones a letter inside a number, after a valid one',
		item: { participants: ['5511988887777', '55 11 9888O-7777'] },
		fails: `Phones: "55 11 9888O-7777" is not a phone number: ${PHONE_CHARACTERS}`,
	},
	{
		case: 'Phones too short',
		item: { participants: ['5511988887777', '12345'] },
		fails: `Phones: "12345" has 5 digits; ${PHONE_LENGTH}`,
	},
	{
		case: 'Phones too long',
		item: { participants: '+55 11 98888-7777 123' },
		fails: `Phones: "+55 11 98888-7777 123" has 16 digits; ${PHONE_LENGTH}`,
	},
	{
		case: 'Phones without a country code (national 0 prefix)',
		item: { participants: '011 98888-7777' },
		fails:
			'Phones: "011 98888-7777" does not start with a country code: write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form',
	},
	{
		case: 'Phones duplicates in other formats: dropped, first order kept',
		item: { participants: '5521977776666, +55 (11) 98888-7777, 0055 21 97777-6666, 5511988887777' },
		sends: { ...SALES, phones: ['5521977776666', '5511988887777'] },
	},
	{
		case: 'Phones only the connected number',
		item: { participants: '+55 11 90000-0000' },
		fails:
			'Phones: the only participant given (5511900000000) is the number connected to this Z-API instance, which is in the group anyway as its creator: add at least one other participant',
		requests: ['GET /device'],
	},
	{
		case: 'Phones the connected number among others: left out',
		item: { participants: ['5511900000000', '5511988887777'] },
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Phones a WhatsApp private id (@lid): passed on unchanged',
		item: { participants: [' 2111897971174599@lid ', '5511988887777'] },
		sends: { ...SALES, phones: ['2111897971174599@lid', '5511988887777'] },
	},
	{
		case: 'Phones a group id by mistake',
		item: { participants: ['5511988887777', '120363019502650977-group'] },
		fails: 'Phones: "120363019502650977-group" is a group ID, not a participant\'s phone number',
	},
	{
		case: 'Phones an older group id by mistake',
		item: { participants: '5511999999999-1623281429' },
		fails: 'Phones: "5511999999999-1623281429" is a group ID, not a participant\'s phone number',
	},

	// Auto Invite
	{
		case: 'Auto Invite the text "true" from an expression',
		item: { invite: 'true' },
		sends: { ...SALES, phones: ['5511988887777'], autoInvite: true },
	},
	{
		case: 'Auto Invite the text "false" from an expression',
		item: { invite: 'false' },
		sends: { ...SALES, phones: ['5511988887777'], autoInvite: false },
	},
	{
		case: 'Auto Invite other text',
		item: { invite: 'yes' },
		fails: 'Auto Invite must be true or false (got "yes")',
	},
	{
		case: 'Auto Invite the text "TRUE" (what Google Sheets hands over)',
		item: { invite: 'TRUE' },
		sends: { ...SALES, phones: ['5511988887777'], autoInvite: true },
	},
	{
		case: 'Auto Invite the text " False " (any letter case, spaces around)',
		item: { invite: ' False ' },
		sends: { ...SALES, phones: ['5511988887777'], autoInvite: false },
	},
	{
		case: 'Auto Invite null from an expression',
		item: { invite: null },
		fails: 'Auto Invite must be true or false (got null)',
	},
	{
		case: 'Auto Invite a number',
		item: { invite: 1 },
		fails: 'Auto Invite must be true or false (got 1)',
	},

	// Credentials
	{
		case: 'Credential with an empty Instance ID',
		credentials: () => ({ instanceId: '' }),
		fails:
			'The Z-API credential has no Instance ID: fill it in with the ID of your instance (Z-API panel → Instances → your instance)',
	},
	{
		case: 'Credential with an Instance ID of only spaces',
		credentials: () => ({ instanceId: '   ' }),
		fails:
			'The Z-API credential has no Instance ID: fill it in with the ID of your instance (Z-API panel → Instances → your instance)',
	},
	{
		case: 'Credential with an empty Instance Token',
		credentials: () => ({ instanceToken: '' }),
		fails:
			'The Z-API credential has no Instance Token: fill it in with the token shown next to the Instance ID (Z-API panel → Instances → your instance)',
	},
	{
		case: 'Credential with an Instance Token of only spaces and a line break',
		credentials: () => ({ instanceToken: ' \n' }),
		fails:
			'The Z-API credential has no Instance Token: fill it in with the token shown next to the Instance ID (Z-API panel → Instances → your instance)',
	},
	{
		case: 'Credential with a Base URL without http(s)://',
		credentials: ({ url }) => ({ baseUrl: url.replace(/^http:\/\//, '') }),
		fails:
			"The Z-API credential's Base URL is not an http:// or https:// address: use https://api.z-api.io (or leave it empty), or the full address of your proxy",
	},
	{
		case: 'Credential with a Base URL of another protocol',
		credentials: ({ url }) => ({ baseUrl: url.replace(/^http:/, 'ftp:') }),
		fails:
			"The Z-API credential's Base URL is not an http:// or https:// address: use https://api.z-api.io (or leave it empty), or the full address of your proxy",
	},
	{
		case: "Credential with the instance's whole API address as Base URL (copied from the panel)",
		credentials: ({ url, config }) => ({
			baseUrl: `${url}/instances/${config.instanceId}/token/${config.instanceToken}`,
		}),
		fails:
			"The Z-API credential's Base URL contains the path of an instance (/instances/…): keep only its start, https://api.z-api.io, and put the Instance ID and Token in their own fields",
	},
	{
		case: 'Credential with Instance ID and Token in spaces: trimmed',
		credentials: ({ config }) => ({
			instanceId: `  ${config.instanceId}\t`,
			instanceToken: `\n${config.instanceToken} `,
		}),
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Credential with a Base URL in spaces, with trailing slashes: trimmed',
		credentials: ({ url }) => ({ baseUrl: `  ${url}///  ` }),
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Credential with a Client Token in spaces: trimmed in the header',
		credentials: () => ({ clientToken: '  CLIENTSECRET42\n' }),
		clientToken: 'CLIENTSECRET42',
		sends: { ...SALES, phones: ['5511988887777'] },
	},
	{
		case: 'Credential with a Client Token of only spaces: no header',
		credentials: () => ({ clientToken: '   ' }),
		sends: { ...SALES, phones: ['5511988887777'] },
	},
];

type Refused = Extract<Row, { fails: string }>;
type Sent = Extract<Row, { sends: Body }>;

async function run(row: Row) {
	return await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ ...ITEM, ...row.item }],
		credentials: row.credentials?.(double),
	});
}

const requestsSent = () =>
	double.requests.map((request) => `${request.method} ${request.endpoint}`);

describe('Group → Create: input refused before any request', () => {
	test.each(ROWS.filter((row): row is Refused => 'fails' in row))('$case', async (row) => {
		const result = await run(row);

		expect(result.error?.message).toBe(row.fails);
		expect(result.error?.name).toBe('NodeOperationError');
		expect((result.error as NodeOperationError).context.itemIndex).toBe(0);
		expect(requestsSent()).toEqual(row.requests ?? []);
		expect(result.output()).toEqual([]);
		expectNoSecrets(result.text, double);
	});
});

describe('Group → Create: input normalized, or sent as is', () => {
	test.each(ROWS.filter((row): row is Sent => 'sends' in row))('$case', async (row) => {
		if (row.clientToken) double.config.clientToken = row.clientToken;

		const result = await run(row);

		expect(result.error).toBeUndefined();
		expect(requestsSent()).toEqual(['GET /device', 'POST /create-group']);
		for (const request of double.requests) {
			expect(request.url).toBe(
				`/instances/${double.config.instanceId}/token/${double.config.instanceToken}${request.endpoint}`,
			);
			expect(request.headers['client-token']).toBe(row.clientToken);
		}
		expect(double.requests[1].body).toEqual(row.sends);
		expect(result.output().map((item) => item.json)).toEqual([
			{
				phone: '120363019502600001-group',
				groupId: '120363019502600001-group',
				invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
				phonesNotAdded: row.sends.phones.filter((phone) => phone.endsWith('@lid')),
				groupName: row.sends.groupName,
				phones: row.sends.phones,
			},
		]);
	});
});
