/**
 * Group → Create → Options → If a Group With This Name Exists: Create Another (the default), Return
 * the Existing Group, Fail the Item. The group list is read once per execution and kept up to date
 * with the groups the execution creates.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	CREATE_GROUP,
	expectNoSecrets,
	runZApi,
	useZApiDouble,
} from '../../../../helpers/scenario';
import type { NodeSettings } from '../../../../helpers/scenario';

const double = useZApiDouble();

const item = (name: string) => ({ name, participants: '5511988887777', invite: true });

function run(
	options: INodeParameters,
	items: IDataObject[] = [item('Sales')],
	{
		settings,
		additionalFields,
	}: { settings?: NodeSettings; additionalFields?: INodeParameters } = {},
) {
	const parameters = {
		...CREATE_GROUP,
		options,
		...(additionalFields ? { additionalFields } : {}),
	};
	return runZApi(double, { items, parameters, settings });
}

const calls = () =>
	double.requests.map(({ method, endpoint, query }) =>
		endpoint === '/groups'
			? `${method} ${endpoint}?page=${query.page}&pageSize=${query.pageSize}`
			: `${method} ${endpoint}`,
	);
const creates = () => double.requests.filter((request) => request.endpoint === '/create-group');
const LIST = 'GET /groups?page=1&pageSize=100';
const RETURN = { ifGroupExists: 'returnExisting' };

describe('Group → Create, If a Group With This Name Exists', () => {
	test.each([
		['left out', {}],
		['Create Another', { ifGroupExists: 'createAnother' }],
	])(
		'%s: creates another group of that name, reads no list, no alreadyExisted',
		async (_, options) => {
			double.addGroup({ name: 'Sales' });
			const result = await run(options);
			expect(calls()).toEqual(['GET /device', 'POST /create-group']);
			expect(result.output()[0].json).not.toHaveProperty('alreadyExisted');
		},
	);

	test('Return the Existing Group: no create; the group, a link read now, alreadyExisted: true', async () => {
		const id = double.addGroup({ name: 'Sales', invitationLink: 'https://chat.whatsapp.com/OLD1' });
		const result = await run(RETURN);

		expect(result.error).toBeUndefined();
		expect(calls()).toEqual([LIST, `GET /group-invitation-link/${id}`]);
		expect(result.output()).toEqual([
			{
				json: {
					phone: id,
					groupId: id,
					invitationLink: 'https://chat.whatsapp.com/OLD1',
					groupName: 'Sales',
					alreadyExisted: true,
					followUpsSkipped: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('Return the Existing Group, no such name: creates it, alreadyExisted: false', async () => {
		double.addGroup({ name: 'Sales Team' });
		double.addGroup({ name: 'sales' });
		const result = await run(RETURN);
		expect(calls()).toEqual([LIST, 'GET /device', 'POST /create-group']);
		expect(result.output()[0].json).toMatchObject({ groupName: 'Sales', alreadyExisted: false });
	});

	test('the name is compared after trimming, on both sides', async () => {
		const id = double.addGroup({ name: ' Sales ' });
		const result = await run(RETURN, [item('  Sales\n')]);
		expect(creates()).toHaveLength(0);
		expect(result.output()[0].json).toMatchObject({ groupId: id, alreadyExisted: true });
	});

	test('Fail the Item: an error naming the group and its id, nothing created; the rest go on', async () => {
		const id = double.addGroup({ name: 'Sales' });
		const result = await run({ ifGroupExists: 'fail' }, [item('Sales'), item('Support')], {
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()[0]).toEqual({
			json: {
				error: `A group named "Sales" already exists on this Z-API instance (${id}), and If a Group With This Name Exists is set to Fail the Item`,
			},
			pairedItem: { item: 0 },
		});
		expect(result.output()[1].json).toMatchObject({ groupName: 'Support', alreadyExisted: false });
		expect(creates().map((request) => request.body.groupName)).toEqual(['Support']);
	});

	test.each([['returnExisting'], ['fail']])(
		'%s: a name two groups have fails the item, listing both ids',
		async (ifGroupExists) => {
			const first = double.addGroup({ name: 'Sales' });
			const second = double.addGroup({ name: 'Sales' });
			const result = await run({ ifGroupExists });
			expect(result.error?.message).toBe(
				`2 groups of this Z-API instance are named "Sales" (${first}, ${second}): it is not clear which one to return. Rename or leave the extra ones, or use one of them by its ID`,
			);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(creates()).toHaveLength(0);
		},
	);

	test('the same name twice in one run: one group; the second item returns it (link from the create)', async () => {
		const result = await run(RETURN, [item('A'), item('A'), item('B')]);
		expect(calls()).toEqual([LIST, 'GET /device', 'POST /create-group', 'POST /create-group']);
		const [a, again, b] = result.output().map((entry) => entry.json);
		expect(again).toEqual({
			phone: a.phone,
			groupId: a.phone,
			invitationLink: a.invitationLink,
			groupName: 'A',
			alreadyExisted: true,
			followUpsSkipped: [],
		});
		expect([a.alreadyExisted, b.alreadyExisted]).toEqual([false, false]);
		expect(b.phone).not.toBe(a.phone);
	});

	test('the list is read once per execution, every page, however many items', async () => {
		for (let n = 0; n < 150; n++) double.addGroup({ name: `Old ${n}` });
		const names = ['Old 3', 'New 1', 'Old 120', 'New 2', 'Old 149', 'New 1'];
		const result = await run(RETURN, names.map(item));

		const lists = calls().filter((call) => call.startsWith('GET /groups'));
		expect(lists).toEqual([LIST, 'GET /groups?page=2&pageSize=100']);
		expect(result.output().map((entry) => entry.json.alreadyExisted)).toEqual([
			true,
			false,
			true,
			false,
			true,
			true,
		]);
		expect(creates().map((request) => request.body.groupName)).toEqual(['New 1', 'New 2']);
		// A second execution reads it again: the list is kept for one execution only.
		await run(RETURN, [item('New 2')]);
		expect(calls().filter((call) => call.startsWith('GET /groups'))).toHaveLength(4);
		expect(creates()).toHaveLength(2);
	});

	test('an If a Group With This Name Exists value from nowhere fails before any request', async () => {
		const result = await run({ ifGroupExists: 'skip' });
		expect(result.error?.message).toBe(
			'If a Group With This Name Exists must be one of createAnother, returnExisting, fail (got "skip")',
		);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Return the Existing Group and the follow-ups (Additional Fields)', () => {
	const additionalFields = { groupDescription: 'Weekly', welcomeMessage: 'Hello!' };

	test('skipped on an existing group and listed in followUpsSkipped', async () => {
		const id = double.addGroup({ name: 'Sales' });
		const result = await run(RETURN, [item('Sales')], { additionalFields });
		expect(calls()).toEqual([LIST, `GET /group-invitation-link/${id}`]);
		expect(result.output()[0].json.followUpsSkipped).toEqual(['description', 'welcomeMessage']);
	});

	test('Apply Follow-Ups Again: run on the existing group', async () => {
		const id = double.addGroup({ name: 'Sales' });
		const options = { ...RETURN, applyFollowUpsAgain: true };
		const result = await run(options, [item('Sales')], { additionalFields });
		expect(calls()).toEqual([
			LIST,
			`GET /group-invitation-link/${id}`,
			'POST /update-group-description',
			'POST /send-text',
		]);
		expect(result.output()[0].json).toMatchObject({
			groupId: id,
			alreadyExisted: true,
			followUpsSkipped: [],
			descriptionUpdated: true,
			welcomeMessageId: expect.any(String),
		});
		expect(double.group(id)?.description).toBe('Weekly');
	});

	test('a new group gets its follow-ups as always', async () => {
		const result = await run(RETURN, [item('Sales')], { additionalFields });
		expect(result.output()[0].json).toMatchObject({
			alreadyExisted: false,
			descriptionUpdated: true,
		});
		expect(result.output()[0].json).not.toHaveProperty('followUpsSkipped');
	});
});
