/**
 * Community → Get Many (communities/list-communities.md: GET /communities?page=&pageSize=) and
 * Get Metadata (community-metadata.md: GET /communities-metadata/{communityId}).
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const getMany = { resource: 'community', operation: 'getMany' };
const getMetadata = {
	resource: 'community',
	operation: 'getMetadata',
	communityId: '={{ $json.communityId }}',
};

const addCommunities = (count: number) =>
	Array.from({ length: count }, (_, index) => double.addCommunity({ name: `Club ${index + 1}` }));

describe('Community → Get Many', () => {
	test('GET /communities?page=1&pageSize=50; one item per community, communityId and communityName first', async () => {
		const [id] = addCommunities(1);
		const result = await runZApi(double, { parameters: getMany });

		expect(result.error).toBeUndefined();
		expect(
			double.requests.map((request) => [request.method, request.url.split('SECRET')[1]]),
		).toEqual([['GET', '/communities?page=1&pageSize=50']]);
		expect(result.output()).toEqual([
			{
				json: { communityId: id, communityName: 'Club 1', name: 'Club 1', id },
				pairedItem: { item: 0 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('Return All reads pages of 100 until a short one', async () => {
		const ids = addCommunities(205);
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output().map((item) => item.json.communityId)).toEqual(ids);
		expect(double.requests.map((request) => request.query)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
			{ page: '3', pageSize: '100' },
		]);
	});

	test('a Limit asks for no more than it needs', async () => {
		addCommunities(5);
		const result = await runZApi(double, { parameters: { ...getMany, limit: 2 } });
		expect(result.output()).toHaveLength(2);
		expect(double.requests.map((request) => request.query)).toEqual([{ page: '1', pageSize: '2' }]);
	});

	test('a Limit of 0 fails before any request', async () => {
		const result = await runZApi(double, { parameters: { ...getMany, limit: 0 } });
		expect(result.error?.message).toBe('Limit must be a whole number of at least 1 (got 0)');
		expect(double.requests).toHaveLength(0);
	});

	test('an answer that is not a list fails the item', async () => {
		double.setFault('/communities', { status: 200, body: { communities: [] } });
		const result = await runZApi(double, { parameters: getMany });
		expect(result.error?.message).toBe(
			'Z-API answered page 1 of the community list with something that is not a list',
		);
	});

	test('an instance that ignores page stops instead of paging on', async () => {
		const page = Array.from({ length: 100 }, (_, index) => ({
			name: `Club ${index}`,
			id: `1203630195027${90000 + index}`,
		}));
		double.setFault('/communities', { status: 200, body: page, times: 2 });
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });
		expect(result.error?.message).toBe(
			'Z-API answered page 2 of the community list with the same communities as page 1: stopped instead of paging on',
		);
	});
});

describe('Community → Get Metadata', () => {
	test('GET /communities-metadata/{id}; the announcement group and the linked groups by name', async () => {
		const groupA = double.addGroup({ name: 'Class A' });
		const groupB = double.addGroup({ name: 'Class B' });
		const communityId = double.addCommunity({
			name: 'School',
			description: 'All classes',
			groups: [groupA, groupB],
		});
		const announcementGroupId = double.community(communityId)!.announcementGroupId;
		const result = await runZApi(double, {
			parameters: getMetadata,
			items: [{ communityId: ` ${communityId} ` }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0].method).toBe('GET');
		expect(double.requests[0].endpoint).toBe(`/communities-metadata/${communityId}`);
		const subGroups = [
			{ name: 'School', phone: announcementGroupId, isGroupAnnouncement: true },
			{ name: 'Class A', phone: groupA, isGroupAnnouncement: false },
			{ name: 'Class B', phone: groupB, isGroupAnnouncement: false },
		];
		expect(result.output()[0].json).toEqual({
			communityId,
			communityName: 'School',
			announcementGroupId,
			announcementGroupName: 'School',
			groups: [
				{ groupId: groupA, groupName: 'Class A', ...subGroups[1] },
				{ groupId: groupB, groupName: 'Class B', ...subGroups[2] },
			],
			groupIds: [groupA, groupB],
			name: 'School',
			id: communityId,
			description: 'All classes',
			subGroups,
		});
		expectNoSecrets(result.text, double);
	});

	test('the picker value {mode, value} is read as the By ID value', async () => {
		const communityId = double.addCommunity({ name: 'School' });
		const result = await runZApi(double, {
			parameters: { ...getMetadata, communityId: { __rl: true, mode: 'list', value: communityId } },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json.communityId).toBe(communityId);
	});

	test('an unknown community fails with what Z-API said', async () => {
		const result = await runZApi(double, {
			parameters: getMetadata,
			items: [{ communityId: '120363019502799999' }],
		});
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to read the metadata of the community 120363019502799999: Community not found',
		);
	});
});
