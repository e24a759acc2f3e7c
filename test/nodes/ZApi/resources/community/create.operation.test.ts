/** Community → Create (communities/create-community.md): POST /communities {name, description?}. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const create = {
	resource: 'community',
	operation: 'create',
	name: '={{ $json.name }}',
	description: '={{ $json.description }}',
};

describe('Community → Create', () => {
	test('POST /communities {name, description}; outputs communityId and the announcement group first', async () => {
		const result = await runZApi(double, {
			parameters: create,
			items: [{ name: '  Parents 5B ', description: 'News for parents' }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/communities');
		expect(request.body).toEqual({ name: 'Parents 5B', description: 'News for parents' });
		const [item] = result.output();
		expect(item.json).toEqual({
			communityId: '120363019502700001',
			communityName: 'Parents 5B',
			announcementGroupId: '120363019502800001-group',
			announcementGroupName: 'Parents 5B',
			groups: [],
			groupIds: [],
			id: '120363019502700001',
			subGroups: [
				{ name: 'Parents 5B', phone: '120363019502800001-group', isGroupAnnouncement: true },
			],
		});
		expect(Object.keys(item.json).slice(0, 3)).toEqual([
			'communityId',
			'communityName',
			'announcementGroupId',
		]);
		expect(double.community('120363019502700001')).toMatchObject({
			name: 'Parents 5B',
			description: 'News for parents',
		});
		expectNoSecrets(result.text, double);
	});

	test('an empty Description is not sent', async () => {
		const result = await runZApi(double, {
			parameters: create,
			items: [{ name: 'Club', description: '  ' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ name: 'Club' });
	});

	test.each([
		[
			{ name: '' },
			'Community Name is empty (got ""): give the community a name, e.g. "Parents of Class 5B"',
		],
		[
			{ name: ['a'] },
			'Community Name must be text (got ["a"]): give the community a name, e.g. "Parents of Class 5B"',
		],
		[{ name: 'Club', description: { a: 1 } }, 'Description must be text (got {"a":1})'],
	])('%j fails before any request', async (item, message) => {
		const result = await runZApi(double, { parameters: create, items: [item] });
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('with On Error: Continue, a bad item becomes an error item; each other item creates one community, paired', async () => {
		const result = await runZApi(double, {
			parameters: create,
			items: [{ name: 'One' }, { name: '' }, { name: 'Two' }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.communityName).toBe('One');
		expect(output[1].json).toEqual({
			error:
				'Community Name is empty (got ""): give the community a name, e.g. "Parents of Class 5B"',
		});
		expect(output[2].json.communityId).toBe('120363019502700002');
		expect(double.count('/communities')).toBe(2);
	});

	test('an answer without the community id fails the item', async () => {
		double.setFault('/communities', { status: 200, body: { subGroups: [] } });
		const result = await runZApi(double, { parameters: create, items: [{ name: 'Club' }] });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain('when trying to create the community "Club"');
	});
});
