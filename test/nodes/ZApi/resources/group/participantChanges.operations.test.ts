/**
 * The operations that change who is in a group, or who is its admin: Promote Admins, Demote Admins and
 * Remove Participants (one table: the group's members in, one flag out; only the endpoint, the flag,
 * the action words and the effect on the group differ), then Add Participants (its own Auto Invite
 * field and phone checks).
 */
import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import type { ZApiDouble } from '../../../../helpers/scenario';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ notSavedPhones: ['5521988887777'] });

type DoubleGroup = NonNullable<ReturnType<ZApiDouble['group']>>;

const MEMBERS = ['5511988887777', '5531977776666', '2111897971174599@lid'];
const MEMBER_PHONES = ['5511988887777', '2111897971174599@lid'];
const memberParameters = { groupId: '={{ $json.groupId }}', phones: '={{ $json.phones }}' };

interface MemberChange {
	title: string;
	operation: string;
	endpoint: string;
	/** The output field set to true, next to groupId and phones. */
	flag: string;
	/** The action words in error messages, before the group ID. */
	action: string;
	/** What the operation does to the group in the double, for 5531977776666 (given twice). */
	effect: {
		name: string;
		arrange?(group: DoubleGroup): void;
		check(group: DoubleGroup): void;
	};
}

const MEMBER_CHANGES: MemberChange[] = [
	{
		title: 'Promote Admins',
		operation: 'promoteAdmins',
		endpoint: '/add-admin',
		flag: 'promoted',
		action: 'make participants admins of the group',
		effect: {
			name: 'makes the participants admins',
			check(group) {
				expect(group.participants.get('5531977776666')).toEqual({
					isAdmin: true,
					isSuperAdmin: false,
				});
				expect(group.participants.get('5511988887777')!.isAdmin).toBe(false);
			},
		},
	},
	{
		title: 'Demote Admins',
		operation: 'demoteAdmins',
		endpoint: '/remove-admin',
		flag: 'demoted',
		action: 'remove admin rights in the group',
		effect: {
			name: 'turns the admins back into ordinary participants, who stay in the group',
			arrange(group) {
				group.participants.get('5531977776666')!.isAdmin = true;
			},
			check(group) {
				expect(group.participants.get('5531977776666')).toEqual({
					isAdmin: false,
					isSuperAdmin: false,
				});
			},
		},
	},
	{
		title: 'Remove Participants',
		operation: 'removeParticipants',
		endpoint: '/remove-participant',
		flag: 'removed',
		action: 'remove participants from the group',
		effect: {
			name: 'removes the participants from the group',
			check(group) {
				expect(group.participants.has('5531977776666')).toBe(false);
				expect(group.participants.has('5511988887777')).toBe(true);
			},
		},
	},
];

describe.each(MEMBER_CHANGES)('$title', ({ operation, endpoint, flag, action, effect }) => {
	describeGroupWriteBasics(double, {
		operation,
		endpoint,
		parameters: memberParameters,
		participants: MEMBERS,
		item: (groupId) => ({ groupId, phones: '+55 (11) 98888-7777, 2111897971174599@lid' }),
		body: (groupId) => ({ groupId, phones: MEMBER_PHONES }),
		output: (groupId) => ({ groupId, phones: MEMBER_PHONES, [flag]: true }),
		action: (groupId) => `${action} ${groupId}`,
	});

	const run = (items: Array<Record<string, unknown>>) =>
		runZApi(double, {
			parameters: { resource: 'group', operation, ...memberParameters },
			items,
		});

	test(effect.name, async () => {
		const groupId = double.addGroup({ name: 'Team', participants: MEMBERS });
		effect.arrange?.(double.group(groupId)!);
		const result = await run([{ groupId, phones: ['5531977776666', '5531977776666'] }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ groupId, phones: ['5531977776666'] });
		effect.check(double.group(groupId)!);
	});

	test('a phone that is not in the group fails with what Z-API said', async () => {
		const groupId = double.addGroup({ name: 'Team', participants: MEMBERS });
		const result = await run([{ groupId, phones: '5541966665555' }]);
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to ${action} ${groupId}: not in the group: 5541966665555`,
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

describe('Add Participants', () => {
	const parameters = {
		groupId: '={{ $json.groupId }}',
		phones: '={{ $json.phones }}',
		autoInvite: '={{ $json.invite }}',
	};

	describeGroupWriteBasics(double, {
		operation: 'addParticipants',
		endpoint: '/add-participant',
		parameters,
		item: (groupId) => ({
			groupId,
			phones: ['+55 (11) 98888-7777', '5531977776666'],
			invite: true,
		}),
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
		runZApi(double, {
			parameters: { resource: 'group', operation: 'addParticipants', ...parameters, ...extra },
			items,
		});

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
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'addParticipants',
				groupId,
				phones: '5511988887777',
			},
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
