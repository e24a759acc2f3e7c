import { NodeConnectionTypes } from 'n8n-workflow';

import { loadFixture, runWorkflow } from '../../../../helpers/engine';
import {
	CREATE_GROUP,
	TRIGGER,
	credentialsFor,
	expectNoSecrets,
	runZApi,
	useZApiDouble,
	zApiWorkflow,
} from '../../../../helpers/scenario';

const double = useZApiDouble({ notSavedPhones: ['5521988887777'] });

const creates = () => double.requests.filter((request) => request.endpoint === '/create-group');

describe('Group → Create through the engine, with the fixture workflow', () => {
	test('creates one group per item from expressions and outputs id, link and participants', async () => {
		const result = await runWorkflow(
			loadFixture('create-groups.workflow.json'),
			credentialsFor(double),
		);

		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{
				json: {
					phone: '120363019502600001-group',
					groupId: '120363019502600001-group',
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
					phonesNotAdded: ['5521988887777'],
					groupName: 'Sales Team',
					phones: ['5511999998888', '5521988887777'],
				},
				pairedItem: { item: 0 },
			},
			{
				json: {
					phone: '120363019502600002-group',
					groupId: '120363019502600002-group',
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000002',
					phonesNotAdded: [],
					groupName: 'Support',
					phones: ['5531977776666', '5541966665555'],
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					phone: '120363019502600003-group',
					groupId: '120363019502600003-group',
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000003',
					phonesNotAdded: ['2111897971174599@lid'],
					groupName: 'Partners',
					phones: ['5548955554444', '2111897971174599@lid'],
				},
				pairedItem: { item: 2 },
			},
		]);
	});

	test('sends exactly what Z-API documents: POST /create-group under the instance URL, JSON body', async () => {
		await runWorkflow(loadFixture('create-groups.workflow.json'), credentialsFor(double));

		const sent = creates();
		expect(sent).toHaveLength(3);
		for (const request of sent) {
			expect(request.method).toBe('POST');
			expect(request.url).toBe(
				`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/create-group`,
			);
			expect(request.headers['content-type']).toMatch(/^application\/json/);
			expect(Object.keys(request.body).sort()).toEqual(['autoInvite', 'groupName', 'phones']);
		}
		expect(sent.map((request) => request.body)).toEqual([
			{ groupName: 'Sales Team', phones: ['5511999998888', '5521988887777'], autoInvite: true },
			{ groupName: 'Support', phones: ['5531977776666', '5541966665555'], autoInvite: false },
			{
				groupName: 'Partners',
				phones: ['5548955554444', '2111897971174599@lid'],
				autoInvite: true,
			},
		]);
	});

	test('asks for the connected number once per execution, before the first create', async () => {
		await runWorkflow(loadFixture('create-groups.workflow.json'), credentialsFor(double));

		expect(double.requests.map((request) => `${request.method} ${request.endpoint}`)).toEqual([
			'GET /device',
			'POST /create-group',
			'POST /create-group',
			'POST /create-group',
		]);
		const device = double.requests[0];
		expect(device.url).toBe(
			`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/device`,
		);
		expect(device.rawBody).toBe('');
	});
});

describe('Client-Token header', () => {
	test('is absent when the credential has no client token', async () => {
		await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'A', participants: '5511988887777', invite: true }],
		});
		// GET /device, then the create: neither carries the header.
		expect(double.requests.map((request) => 'client-token' in request.headers)).toEqual([
			false,
			false,
		]);
	});

	test('is sent on every request when the account security token is filled in', async () => {
		double.config.clientToken = 'CLIENTSECRET42';
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'A', participants: '5511988887777', invite: true }],
			credentials: { clientToken: '  CLIENTSECRET42  ' },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(2);
		for (const request of double.requests)
			expect(request.headers['client-token']).toBe('CLIENTSECRET42');
		expectNoSecrets(result.text, double);
	});
});

describe('participants', () => {
	test('the number connected to the instance is dropped from the list', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'Team', participants: ['+55 11 90000-0000', '5511988887777'], invite: true }],
		});
		expect(result.output()[0].json.phones).toEqual(['5511988887777']);
		expect(creates()[0].body.phones).toEqual(['5511988887777']);
	});

	test('a list with only the connected number fails the item, naming it, and sends no create', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'Team', participants: '5511900000000', invite: true }],
		});
		expect(result.error?.message).toBe(
			'Phones: the only participant given (5511900000000) is the number connected to this Z-API instance, which is in the group anyway as its creator: add at least one other participant',
		);
		expect(creates()).toHaveLength(0);
	});

	test('phonesNotAdded is [] when an older instance omits it', async () => {
		double.config.omitPhonesNotAdded = true;
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [{ name: 'Old', participants: '5511988887777', invite: false }],
		});
		expect(result.output()[0].json.phonesNotAdded).toEqual([]);
	});

	test('Auto Invite given as the text "true" or "false" by an expression is read as a boolean', async () => {
		await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [
				{ name: 'A', participants: '5511988887777', invite: 'true' },
				{ name: 'B', participants: '5511988887777', invite: 'false' },
			],
		});
		expect(creates().map((request) => request.body.autoInvite)).toEqual([true, false]);
	});

	test('a fixed (non-expression) list typed in the field works', async () => {
		const result = await runZApi(double, {
			items: [{}],
			parameters: {
				...CREATE_GROUP,
				groupName: 'Fixed',
				phones: '5511988887777,\n5521977776666',
				autoInvite: false,
			},
		});
		expect(result.output()[0].json).toMatchObject({
			groupName: 'Fixed',
			phones: ['5511988887777', '5521977776666'],
		});
	});
});

describe('On Error: Continue (continueOnFail)', () => {
	test('a failing item becomes an error item, paired, and the others go on', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ name: 'First', participants: '5511988887777', invite: true },
				{ name: 'Broken', participants: 'not a phone', invite: true },
				{ name: 'Third', participants: '5521977776666', invite: true },
			],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output).toHaveLength(3);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.groupName).toBe('First');
		expect(output[1].json).toEqual({
			error:
				'Phones: "not a phone" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		});
		expect(output[2].json.groupName).toBe('Third');
		expect(creates()).toHaveLength(2);
	});

	test('without it, the first failing item stops the node and later items are not sent', async () => {
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			items: [
				{ name: 'First', participants: '5511988887777', invite: true },
				{ name: 'Broken', participants: '123', invite: true },
				{ name: 'Third', participants: '5521977776666', invite: true },
			],
		});
		expect(result.error?.message).toMatch(/^Phones: "123" has 3 digits/);
		expect(creates().map((request) => request.body.groupName)).toEqual(['First']);
	});
});

// Retry On Fail with each kind of failure (sent again or not): the fault table in transport/errors.test.ts.
describe('Retry On Fail never creates a group twice', () => {
	test('with On Error: Continue, a retry of the node re-sends no create, failed or done', async () => {
		// n8n re-runs the whole node when its first output item is an error: item 0 here.
		double.setFault('/create-group', { status: 502, body: { error: 'Bad Gateway' } });
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			settings: {
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 1,
				onError: 'continueRegularOutput',
			},
			items: [
				{ name: 'Unlucky', participants: '5521977776666', invite: true },
				{ name: 'Fine', participants: '5511988887777', invite: true },
			],
		});
		const output = result.output();
		expect(String(output[0].json.error)).toBe(
			'Z-API failed (HTTP 502) when trying to create the group "Unlucky": Bad Gateway. The group may have been created anyway: do not create it again, or there may be two groups named "Unlucky". Look for it first with Group → Get Many, or run the workflow again with If a Group With This Name Exists set to Return the Existing Group.',
		);
		expect(output[1].json).toMatchObject({ phone: '120363019502600001-group', groupName: 'Fine' });
		expect(creates().map((request) => request.body.groupName)).toEqual(['Unlucky', 'Fine']);
		expect(double.count('/device')).toBe(1);
	});
});

describe('two Z-API nodes in one workflow', () => {
	const other = useZApiDouble({
		instanceId: 'OTHERINSTANCE002',
		instanceToken: 'OTHERTOKEN0002SECRET',
		connectedPhone: '5521900000000',
	});

	test('each leaves out the number connected to its own instance, each asked once', async () => {
		const workflow = zApiWorkflow({
			parameters: CREATE_GROUP,
			items: [
				{
					name: 'Both',
					participants: ['5511900000000', '5521900000000', '5531977776666'],
					invite: true,
				},
			],
		});
		const first = workflow.nodes.find((node) => node.name === 'Z-API')!;
		workflow.nodes.push({
			...first,
			id: 'c4f1a7e2-0000-4000-8000-000000000002',
			name: 'Z-API 2',
			position: [440, 0],
			credentials: { zApiApi: { id: '2', name: 'Other Z-API account' } },
		});
		workflow.connections[TRIGGER].main[0]!.push({
			node: 'Z-API 2',
			type: NodeConnectionTypes.Main,
			index: 0,
		});

		const result = await runWorkflow(workflow, {
			...credentialsFor(double),
			'zApiApi:2': credentialsFor(other).zApiApi,
		});

		expect(result.error).toBeUndefined();
		expect(result.output('Z-API')[0].json.phones).toEqual(['5521900000000', '5531977776666']);
		expect(result.output('Z-API 2')[0].json.phones).toEqual(['5511900000000', '5531977776666']);
		expect(double.count('/device')).toBe(1);
		expect(other.count('/device')).toBe(1);
	});
});

describe('the connected-number lookup under Retry On Fail', () => {
	test('a failed lookup is asked again on the retry (it creates nothing), then the group is created once', async () => {
		double.setFault('/device', { status: 503, body: { error: 'Service Unavailable' } });
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			items: [
				{ name: 'A', participants: '5511988887777', invite: true },
				{ name: 'B', participants: '5521977776666', invite: true },
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.output().map((item) => item.json.groupName)).toEqual(['A', 'B']);
		expect(double.count('/device')).toBe(2);
		expect(double.count('/create-group')).toBe(2);
	});

	test('within one pass, a failed lookup is not repeated for every item', async () => {
		double.setFault('/device', {
			status: 503,
			body: { error: 'Service Unavailable' },
			times: Infinity,
		});
		const result = await runZApi(double, {
			parameters: CREATE_GROUP,
			settings: { onError: 'continueRegularOutput' },
			items: [
				{ name: 'A', participants: '5511988887777', invite: true },
				{ name: 'B', participants: '5521977776666', invite: true },
				{ name: 'C', participants: '5531966665555', invite: true },
			],
		});
		expect(result.output()).toHaveLength(3);
		expect(double.count('/device')).toBe(1);
		expect(double.count('/create-group')).toBe(0);
	});
});
