import { describeGroupWriteBasics, runGroupWrite } from '../../../../helpers/groupWrite';
import { useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const MEMBERS = ['5511988887777', '5531977776666', '2111897971174599@lid'];
const parameters = { groupId: '={{ $json.groupId }}', phones: '={{ $json.phones }}' };

describeGroupWriteBasics(double, {
	operation: 'removeParticipants',
	endpoint: '/remove-participant',
	parameters,
	participants: MEMBERS,
	item: (groupId) => ({ groupId, phones: '+55 (11) 98888-7777, 2111897971174599@lid' }),
	body: (groupId) => ({ groupId, phones: ['5511988887777', '2111897971174599@lid'] }),
	output: (groupId) => ({
		groupId,
		phones: ['5511988887777', '2111897971174599@lid'],
		removed: true,
	}),
	action: (groupId) => `remove participants from the group ${groupId}`,
});

const run = (items: Array<Record<string, unknown>>) =>
	runGroupWrite(double, { operation: 'removeParticipants', parameters, items });

describe('Remove Participants', () => {
	test('removes the participants from the group', async () => {
		const groupId = double.addGroup({ name: 'Team', participants: MEMBERS });
		const result = await run([{ groupId, phones: ['5531977776666', '5531977776666'] }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ groupId, phones: ['5531977776666'] });
		expect(double.group(groupId)!.participants.has('5531977776666')).toBe(false);
		expect(double.group(groupId)!.participants.has('5511988887777')).toBe(true);
	});

	test('a phone that is not in the group fails with what Z-API said', async () => {
		const groupId = double.addGroup({ name: 'Team', participants: MEMBERS });
		const result = await run([{ groupId, phones: '5541966665555' }]);
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to remove participants from the group ${groupId}: not in the group: 5541966665555`,
		);
	});

	test.each([
		[
			'',
			'Phones: no phone number given (got ""): give at least one participant, e.g. 5511999998888',
		],
		[
			[],
			'Phones: no phone number given (got []): give at least one participant, e.g. 5511999998888',
		],
		[
			'call me',
			'Phones: "call me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
	])('Phones %j fails before any request', async (phones, message) => {
		const groupId = double.addGroup({ name: 'Team', participants: MEMBERS });
		const result = await run([{ groupId, phones }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});
