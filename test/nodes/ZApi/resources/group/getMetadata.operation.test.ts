import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = { resource: 'group', operation: 'getMetadata', groupId: '={{ $json.groupId }}' };

describe('Group → Get Metadata', () => {
	test('GET /group-metadata/{groupId}: Z-API fields flat, plus participantCount and adminPhones', async () => {
		const id = double.addGroup({
			name: 'Sales',
			description: 'Weekly numbers',
			participants: ['5511988887777', '5521977776666'],
		});
		const result = await runZApi(double, { parameters, items: [{ groupId: ` ${id} ` }] });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe(`/group-metadata/${id}`);
		expect(request.route).toBe('/group-metadata/:groupId');
		expect(request.groupId).toBe(id);
		expect(request.rawBody).toBe('');
		expect(result.output()).toEqual([
			{
				json: {
					groupId: id,
					groupName: 'Sales',
					phone: id,
					description: 'Weekly numbers',
					owner: '5511900000000',
					subject: 'Sales',
					creation: 1700000000000,
					invitationLink: double.group(id)!.invitationLink,
					communityId: null,
					adminOnlyMessage: false,
					adminOnlySettings: false,
					requireAdminApproval: false,
					isGroupAnnouncement: false,
					participants: [
						{ phone: '5511900000000', isAdmin: true, isSuperAdmin: true },
						{ phone: '5511988887777', isAdmin: false, isSuperAdmin: false },
						{ phone: '5521977776666', isAdmin: false, isSuperAdmin: false },
					],
					participantCount: 3,
					adminPhones: ['5511900000000'],
				},
				pairedItem: { item: 0 },
			},
		]);
		// The names every group output uses come first: what people map.
		expect(Object.keys(result.output()[0].json).slice(0, 2)).toEqual(['groupId', 'groupName']);
		expectNoSecrets(result.text, double);
	});

	test('Without Invitation Link asks /light-group-metadata/{groupId} and gives invitationLink null', async () => {
		const id = double.addGroup({ id: '5511999999999-1623281429', name: 'Old' });
		const result = await runZApi(double, {
			parameters: { ...parameters, light: true },
			items: [{ groupId: id }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((r) => `${r.method} ${r.route} ${r.groupId}`)).toEqual([
			`GET /light-group-metadata/:groupId ${id}`,
		]);
		expect(result.output()[0].json).toMatchObject({
			phone: id,
			invitationLink: null,
			subject: 'Old',
		});
	});

	test.each([
		['TRUE', '/light-group-metadata/:groupId'],
		['false', '/group-metadata/:groupId'],
	])('Without Invitation Link "%s" from an expression (a sheet) asks %s', async (light, route) => {
		const id = double.addGroup({ name: 'Sales' });
		const result = await runZApi(double, {
			parameters: { ...parameters, light: '={{ $json.light }}' },
			items: [{ groupId: id, light }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((r) => r.route)).toEqual([route]);
	});

	test('Without Invitation Link that is neither true nor false fails before any request', async () => {
		const id = double.addGroup({ name: 'Sales' });
		const result = await runZApi(double, {
			parameters: { ...parameters, light: '={{ $json.light }}' },
			items: [{ groupId: id, light: 'sometimes' }],
		});
		expect(result.error?.message).toBe(
			'Without Invitation Link must be true or false (got "sometimes")',
		);
		expect(double.requests).toHaveLength(0);
	});

	test.each([
		['', 'Group ID: no group ID given (got ""): use the ID Z-API gave the group'],
		[
			'5511988887777',
			'Group ID: "5511988887777" is not a group ID (this looks like a phone number',
		],
		['sales/../../me', 'Group ID: "sales/../../me" is not a group ID'],
	])('a bad group id %j fails before any request', async (groupId, message) => {
		const result = await runZApi(double, { parameters, items: [{ groupId }] });
		expect(result.error?.message.startsWith(message)).toBe(true);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('an unknown group is Z-API’s error, named with the action', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [{ groupId: '120363000000000000-group' }],
		});
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to read the metadata of the group 120363000000000000-group: Group not found',
		);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const first = double.addGroup({ name: 'First' });
		const third = double.addGroup({ name: 'Third' });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ groupId: first }, { groupId: 'nope' }, { groupId: third }],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.subject).toBe('First');
		expect(String(output[1].json.error)).toMatch(/^Group ID: "nope" is not a group ID/);
		expect(output[2].json.subject).toBe('Third');
		expect(double.requests).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});
});
