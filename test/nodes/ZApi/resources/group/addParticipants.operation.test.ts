import { describeGroupWriteBasics, runGroupWrite } from '../../../../helpers/groupWrite';
import { useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ notSavedPhones: ['5521988887777'] });

const parameters = {
	groupId: '={{ $json.groupId }}',
	phones: '={{ $json.phones }}',
	autoInvite: '={{ $json.invite }}',
};

describeGroupWriteBasics(double, {
	operation: 'addParticipants',
	endpoint: '/add-participant',
	parameters,
	item: (groupId) => ({ groupId, phones: ['+55 (11) 98888-7777', '5531977776666'], invite: true }),
	body: (groupId) => ({
		autoInvite: true,
		groupId,
		phones: ['5511988887777', '5531977776666'],
	}),
	output: (groupId) => ({
		groupId,
		phones: ['5511988887777', '5531977776666'],
		autoInvite: true,
		added: true,
	}),
	action: (groupId) => `add participants to the group ${groupId}`,
});

const add = (items: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
	runGroupWrite(double, {
		operation: 'addParticipants',
		parameters: { ...parameters, ...extra },
		items,
	});

describe('Add Participants', () => {
	test('adds the participants to the group, with the list forms Create takes', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await add([
			{ groupId, phones: '5511988887777; 0055 41 96666-5555\n5511988887777', invite: false },
		]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({
			autoInvite: false,
			groupId,
			phones: ['5511988887777', '5541966665555'],
		});
		expect([...double.group(groupId)!.participants.keys()]).toEqual([
			double.config.connectedPhone,
			'5511988887777',
			'5541966665555',
		]);
		expect(result.output()[0].json).toEqual({
			groupId,
			phones: ['5511988887777', '5541966665555'],
			autoInvite: false,
			added: true,
		});
	});

	test('Auto Invite defaults to true when the parameter is not set', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runGroupWrite(double, {
			operation: 'addParticipants',
			parameters: { groupId, phones: '5511988887777' },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body.autoInvite).toBe(true);
	});

	test.each([
		[
			{ phones: ['5511988887777', '2111897971174599@lid'], invite: true },
			'Phones: "2111897971174599@lid" is a WhatsApp private ID (@lid), which Z-API cannot add to a group: use the phone number, or send the group\'s invitation link instead',
		],
		[
			{ phones: '', invite: true },
			'Phones: no phone number given (got ""): give at least one participant, e.g. 5511999998888',
		],
		[
			{ phones: ['5511988887777', '12345'], invite: true },
			'Phones: "12345" has 5 digits; a phone number is country code + area code + number (8 to 15 digits), e.g. 5511999998888',
		],
		[
			{ phones: '120363019502650977-group', invite: true },
			'Phones: "120363019502650977-group" is a group ID, not a participant\'s phone number',
		],
		[{ phones: '5511988887777', invite: 'yes' }, 'Auto Invite must be true or false (got "yes")'],
	])('%j fails before any request: %s', async (item, message) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await add([{ groupId, ...item }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});
