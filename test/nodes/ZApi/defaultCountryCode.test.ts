/**
 * The credential's Default Country Code through n8n's engine: every reader of phone numbers (Create's
 * Phones and Admins, the participant operations, Send Text's recipient) adds it to numbers written in
 * national form, refuses an ambiguous one before any request, and an operation that reads no phone
 * does not care about it. Without one, a number written the national way fails.
 */
import type { NodeOperationError } from 'n8n-workflow';

import { CREATE_GROUP, expectNoSecrets, runZApi, useZApiDouble } from '../../helpers/scenario';

// The double's connected number is 5511900000000.
const double = useZApiDouble();

const BRAZIL = { defaultCountryCode: '55' };
const AMBIGUOUS =
	'"51987654321" can be read two ways: as +55 51 98765-4321 (Brazil, the Default Country Code) or as +51 987654321 (Peru). Write it with its country code: +55 51 98765-4321 or +51 987654321';
const BAD_CODE =
	'Default Country Code (in the Z-API credential) must be a country calling code of 1 to 3 digits, e.g. 55 for Brazil, or empty (got "5a")';

const sent = (endpoint: string) =>
	double.requests.filter((request) => request.endpoint === endpoint).map((request) => request.body);

const sendText = {
	resource: 'message',
	operation: 'sendText',
	phone: '={{ $json.to }}',
	message: 'Hi',
};
const addParticipants = {
	resource: 'group',
	operation: 'addParticipants',
	groupId: '={{ $json.groupId }}',
	phones: '={{ $json.phones }}',
};

function expectRefusedBeforeAnyRequest(
	result: Awaited<ReturnType<typeof runZApi>>,
	message: string,
) {
	expect(result.error?.message).toBe(message);
	expect(result.error?.name).toBe('NodeOperationError');
	expect((result.error as NodeOperationError).context.itemIndex).toBe(0);
	expect(double.requests).toHaveLength(0);
	expectNoSecrets(result.text, double);
}

describe('Default Country Code 55', () => {
	test('Create: (11) 99999-8888 and 021 98888-7777 are sent with 55', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'Sales', participants: '(11) 99999-8888, 021 98888-7777', invite: true }],
			credentials: BRAZIL,
		});
		expect(result.error).toBeUndefined();
		expect(sent('/create-group')).toEqual([
			{ groupName: 'Sales', phones: ['5511999998888', '5521988887777'], autoInvite: true },
		]);
		expect(result.output()[0].json.phones).toEqual(['5511999998888', '5521988887777']);
	});

	test('Create: a number that is also Peru’s fails the item before any request, with both readings', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'Sales', participants: ['(11) 99999-8888', '51987654321'], invite: true }],
			credentials: BRAZIL,
		});
		expectRefusedBeforeAnyRequest(result, `Phones: ${AMBIGUOUS}`);
	});

	test('Create: Additional Fields → Admins are read with it too', async () => {
		const result = await runZApi(double, {
			parameters: { ...CREATE_GROUP, additionalFields: { admins: '(21) 98888-7777' } },
			items: [{ name: 'Sales', participants: '(11) 99999-8888; (21) 98888-7777', invite: true }],
			credentials: BRAZIL,
		});
		expect(result.error).toBeUndefined();
		expect(sent('/add-admin')).toEqual([
			{ groupId: '120363019502600001-group', phones: ['5521988887777'] },
		]);
		expect(result.output()[0].json.adminsPromoted).toEqual(['5521988887777']);
	});

	test('Add Participants: national numbers get 55, an ambiguous one fails before any request', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const added = await runZApi(double, {
			parameters: addParticipants,
			items: [{ groupId, phones: '041 96666-5555\n(31) 3333-4444' }],
			credentials: BRAZIL,
		});
		expect(added.error).toBeUndefined();
		expect(sent('/add-participant')).toEqual([
			{ autoInvite: true, groupId, phones: ['5541966665555', '553133334444'] },
		]);

		double.reset();
		const other = double.addGroup({ name: 'Other' });
		const refused = await runZApi(double, {
			parameters: addParticipants,
			items: [{ groupId: other, phones: '51987654321' }],
			credentials: BRAZIL,
		});
		expectRefusedBeforeAnyRequest(refused, `Phones: ${AMBIGUOUS}`);
	});

	test('Send Text: the recipient gets 55; a group ID is sent as it is', async () => {
		const group = double.addGroup({ name: 'Sales' });
		const result = await runZApi(double, {
			parameters: sendText,
			items: [{ to: '(11) 98888-7777' }, { to: group }, { to: '+1 212 555 0100' }],
			credentials: BRAZIL,
		});
		expect(result.error).toBeUndefined();
		expect(sent('/send-text').map((body) => body.phone)).toEqual([
			'5511988887777',
			group,
			'12125550100',
		]);
	});

	test('Send Text: an ambiguous recipient fails before any request', async () => {
		const result = await runZApi(double, {
			parameters: sendText,
			items: [{ to: '51 98765-4321' }],
			credentials: BRAZIL,
		});
		expectRefusedBeforeAnyRequest(
			result,
			`Phone or Group ID: ${AMBIGUOUS.replace('"51987654321"', '"51 98765-4321"')}`,
		);
	});
});

describe('a Default Country Code that is not one', () => {
	test.each([
		['Create', CREATE_GROUP, { name: 'Sales', participants: '5511988887777', invite: true }],
		['Add Participants', addParticipants, { groupId: '120363019502650977-group', phones: '1' }],
		['Send Text', sendText, { to: '5511988887777' }],
	])(
		'%s fails naming the credential field, before any request',
		async (_name, parameters, item) => {
			const result = await runZApi(double, {
				parameters,
				items: [item],
				credentials: { defaultCountryCode: '5a' },
			});
			expectRefusedBeforeAnyRequest(result, BAD_CODE);
		},
	);

	test('an operation that reads no phone number works anyway (Update Name, Send Text to a group)', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'updateName',
				groupId: '={{ $json.groupId }}',
				groupName: 'Renamed',
			},
			items: [{ groupId }],
			credentials: { defaultCountryCode: '5a' },
		});
		expect(result.error).toBeUndefined();
		const sentToGroup = await runZApi(double, {
			parameters: sendText,
			items: [{ to: groupId }],
			credentials: { defaultCountryCode: '5a' },
		});
		expect(sentToGroup.error).toBeUndefined();
		expect(sent('/send-text')).toEqual([{ phone: groupId, message: 'Hi' }]);
	});
});

test('without a Default Country Code (empty, or a credential made before it): a number written without its country code fails before any request', async () => {
	const SET_IT =
		'write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form';
	// It used to be sent as 11999998888: another number (see withoutCountryCode.test.ts for every field).
	const national = await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ name: 'Sales', participants: '(11) 99999-8888', invite: true }],
		credentials: { defaultCountryCode: '' },
	});
	expectRefusedBeforeAnyRequest(
		national,
		`Phones: "(11) 99999-8888" is written without a country code (an area code in parentheses): ${SET_IT}`,
	);

	const trunk = await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ name: 'Sales', participants: '011 99999-8888', invite: true }],
	});
	expectRefusedBeforeAnyRequest(
		trunk,
		`Phones: "011 99999-8888" does not start with a country code: ${SET_IT}`,
	);

	const international = await runZApi(double, {
		parameters: CREATE_GROUP,
		items: [{ name: 'Sales', participants: '5511999998888, +1 212 555 0100', invite: true }],
	});
	expect(international.error).toBeUndefined();
	expect(sent('/create-group')).toEqual([
		{ groupName: 'Sales', phones: ['5511999998888', '12125550100'], autoInvite: true },
	]);
});
