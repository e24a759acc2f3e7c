/**
 * Community → Add / Remove Participants, Promote / Demote Admins (communities/add-community-participant.md,
 * remove-participant.md, add-community-admin.md, remove-admin.md): the group operations' paths with
 * communityId instead of groupId, answered {value: true}. The double applies them to the announcement
 * group.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const MEMBER = '5511988887777';
const OTHER = '5531977776666';
const parameters = { communityId: '={{ $json.communityId }}', phones: '={{ $json.phones }}' };

/** A community whose announcement group has MEMBER and OTHER (OTHER an admin). */
function arrange() {
	const communityId = double.addCommunity({ name: 'School' });
	const announcement = double.group(double.community(communityId)!.announcementGroupId)!;
	announcement.participants.set(MEMBER, { isAdmin: false, isSuperAdmin: false });
	announcement.participants.set(OTHER, { isAdmin: true, isSuperAdmin: false });
	return { communityId, announcement };
}

const CHANGES = [
	{
		title: 'Add Participants',
		operation: 'addParticipants',
		endpoint: '/add-participant',
		flag: 'added',
		action: 'add participants to the community',
		phones: '+55 (41) 96666-5555',
		extra: { autoInvite: false },
		sent: ['5541966665555'],
	},
	{
		title: 'Remove Participants',
		operation: 'removeParticipants',
		endpoint: '/remove-participant',
		flag: 'removed',
		action: 'remove participants from the community',
		phones: `${MEMBER}, ${MEMBER}`,
		extra: {},
		sent: [MEMBER],
	},
	{
		title: 'Promote Admins',
		operation: 'promoteAdmins',
		endpoint: '/add-admin',
		flag: 'promoted',
		action: 'make participants admins of the community',
		phones: MEMBER,
		extra: {},
		sent: [MEMBER],
	},
	{
		title: 'Demote Admins',
		operation: 'demoteAdmins',
		endpoint: '/remove-admin',
		flag: 'demoted',
		action: 'remove admin rights in the community',
		phones: OTHER,
		extra: {},
		sent: [OTHER],
	},
];

describe.each(CHANGES)('$title', ({ operation, endpoint, flag, action, phones, extra, sent }) => {
	const run = (items: Array<Record<string, unknown>>, onError = false) =>
		runZApi(double, {
			parameters: { resource: 'community', operation, ...parameters, ...extra },
			items,
			settings: onError ? { onError: 'continueRegularOutput' } : undefined,
		});

	test(`POST ${endpoint} with communityId and the phones; outputs {communityId, phones, ${flag}: true}`, async () => {
		const { communityId } = arrange();
		const result = await run([{ communityId, phones }]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect([request.method, request.endpoint]).toEqual(['POST', endpoint]);
		expect(request.body).toEqual({ ...extra, communityId, phones: sent });
		expect(Object.keys(request.body)).toEqual(Object.keys({ ...extra, communityId, phones: sent }));
		expect(result.output()[0].json).toEqual({ communityId, phones: sent, ...extra, [flag]: true });
		expectNoSecrets(result.text, double);
	});

	test.each([
		[
			{ phones: '' },
			`Phones: no phone number given (got ""): give at least one participant, e.g. 5511999998888`,
		],
		[
			{ phones: 'call me' },
			'Phones: "call me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
		[
			{ communityId: 'School' },
			'Community ID: "School" is not a community ID: use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
		],
	])('%j fails before any request', async (change, message) => {
		const result = await run([{ communityId: '120363019502700001', phones: MEMBER, ...change }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('"value": false fails the item', async () => {
		const { communityId } = arrange();
		double.setFault(endpoint, { status: 200, body: { value: false } });
		const result = await run([{ communityId, phones }]);
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to ${action} ${communityId} (it answered "value": false)`,
		);
	});

	test('with On Error: Continue, the bad item becomes an error item, in order, paired', async () => {
		const { communityId } = arrange();
		const result = await run(
			[
				{ communityId, phones },
				{ communityId, phones: '' },
			],
			true,
		);
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output[0].json[flag]).toBe(true);
		expect(output[1].json.error).toMatch(/^Phones: no phone number given/);
		expect(double.count(endpoint)).toBe(1);
	});
});

describe('the double applies the changes to the announcement group', () => {
	test('Add Participants with Auto Invite on adds to it; an @lid id is refused before any request', async () => {
		const { communityId, announcement } = arrange();
		const add = (phones: string) =>
			runZApi(double, {
				parameters: { resource: 'community', operation: 'addParticipants', communityId, phones },
			});
		expect((await add('5541966665555')).error).toBeUndefined();
		expect(double.requests[0].body.autoInvite).toBe(true);
		expect(announcement.participants.has('5541966665555')).toBe(true);
		const lid = await add('2111897971174599@lid');
		expect(lid.error?.message).toMatch(/^Phones: "2111897971174599@lid" is a WhatsApp private ID/);
		expect(double.requests).toHaveLength(1);
	});

	test('Promote Admins makes the participant an admin of the announcement group', async () => {
		const { communityId, announcement } = arrange();
		await runZApi(double, {
			parameters: {
				resource: 'community',
				operation: 'promoteAdmins',
				communityId,
				phones: MEMBER,
			},
		});
		expect(announcement.participants.get(MEMBER)!.isAdmin).toBe(true);
	});
});
