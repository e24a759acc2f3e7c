/**
 * Approve Membership Requests and Reject Membership Requests: the same fields and body, sent to
 * POST /approve-participant or /reject-participant; one flag out. Join requests are queued in the
 * double by hand (`requests` of a group), as the Z-API Trigger's Membership Request event announces them.
 */
import { classify } from '../../../../../nodes/ZApiTrigger/events';
import { eventFields, outputOf } from '../../../../../nodes/ZApiTrigger/normalise';
import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import type { ZApiDouble } from '../../../../helpers/scenario';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import { loadEvent } from '../../../../helpers/zapiEvents';

const double = useZApiDouble();

type DoubleGroup = NonNullable<ReturnType<ZApiDouble['group']>> & { requests?: Set<string> };

const groupOf = (id: string) => double.group(id) as DoubleGroup;

/** Queues requests to join the group, as Z-API keeps them until an admin decides. */
function queueRequests(groupId: string, phones: string[]) {
	groupOf(groupId).requests = new Set(phones);
}

const REQUESTERS = ['5511988887777', '5531977776666', '2111897971174599@lid'];
const parameters = { groupId: '={{ $json.groupId }}', phones: '={{ $json.phones }}' };

/** The double, with every group it is given asked to join by REQUESTERS (for the shared checks). */
const doubleWithRequests = new Proxy(double, {
	get(target, key, receiver) {
		if (key !== 'addGroup') return Reflect.get(target, key, receiver) as unknown;
		return (group: Parameters<ZApiDouble['addGroup']>[0]) => {
			const id = target.addGroup(group);
			queueRequests(id, REQUESTERS);
			return id;
		};
	},
});

describe.each([
	{
		title: 'Approve Membership Requests',
		operation: 'approveMembershipRequests',
		endpoint: '/approve-participant',
		flag: 'approved',
		action: 'approve requests to join the group',
		joins: true,
	},
	{
		title: 'Reject Membership Requests',
		operation: 'rejectMembershipRequests',
		endpoint: '/reject-participant',
		flag: 'rejected',
		action: 'reject requests to join the group',
		joins: false,
	},
])('$title', ({ operation, endpoint, flag, action, joins }) => {
	describeGroupWriteBasics(doubleWithRequests, {
		operation,
		endpoint,
		parameters,
		item: (groupId) => ({ groupId, phones: '+55 (11) 98888-7777, 2111897971174599@lid' }),
		body: (groupId) => ({ groupId, phones: ['5511988887777', '2111897971174599@lid'] }),
		output: (groupId) => ({
			groupId,
			phones: ['5511988887777', '2111897971174599@lid'],
			[flag]: true,
		}),
		action: (groupId) => `${action} ${groupId}`,
	});

	const run = (items: Array<Record<string, unknown>>) =>
		runZApi(double, { parameters: { resource: 'group', operation, ...parameters }, items });

	test(`${joins ? 'lets the requesters in' : 'turns the requesters down'}; the other requests wait`, async () => {
		const groupId = double.addGroup({ name: 'Team' });
		queueRequests(groupId, REQUESTERS);
		const result = await run([{ groupId, phones: ['5531977776666', '5531977776666'] }]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0].method).toBe('POST');
		expect(double.requests[0].endpoint).toBe(endpoint);
		expect(double.requests[0].body).toEqual({ groupId, phones: ['5531977776666'] });
		const group = groupOf(groupId);
		expect(group.participants.has('5531977776666')).toBe(joins);
		expect([...group.requests!]).toEqual(['5511988887777', '2111897971174599@lid']);
	});

	test('someone who did not ask to join is Z-API’s error (as the double words it)', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		queueRequests(groupId, REQUESTERS);
		const result = await run([{ groupId, phones: '5541966665555' }]);
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to ${action} ${groupId}: no request to join from: 5541966665555`,
		);
		expect(result.error?.name).toBe('NodeApiError');
		expectNoSecrets(result.text, double);
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
			'ask me',
			'Phones: "ask me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
		[
			'120363019502650977-group',
			'Phones: "120363019502650977-group" is a group ID, not a participant\'s phone number',
		],
	])('Phones %j fails before any request', async (phones, message) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run([{ groupId, phones }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('the Z-API Trigger’s Membership Request item maps as it is: groupId and participants', async () => {
		// Z-API's own example of a request to join through the invitation link, as the trigger outputs it.
		const payload = loadEvent('membership-request-invite-link');
		const item = outputOf(payload, eventFields(payload, classify(payload)!));
		expect(item).toMatchObject({ event: 'Membership Request', participants: ['5544999999999'] });
		const groupId = double.addGroup({ id: String(item.groupId), name: 'Requests' });
		queueRequests(groupId, ['5544999999999']);

		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation,
				groupId: '={{ $json.groupId }}',
				phones: '={{ $json.participants }}',
			},
			items: [item],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({
			groupId: '5544999999999-group',
			phones: ['5544999999999'],
		});
		expect(groupOf(groupId).participants.has('5544999999999')).toBe(joins);
		expect(groupOf(groupId).requests!.size).toBe(0);
	});
});
