import { MAX_PAGES } from '../../../../../nodes/ZApi/resources/group/getMany.operation';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = { resource: 'group', operation: 'getMany' };

function addGroups(count: number): string[] {
	return Array.from({ length: count }, (_, index) =>
		double.addGroup({ name: `Group ${index + 1}` }),
	);
}

const pages = () =>
	double.requests.map(
		(request) => `${request.method} ${request.endpoint} ${JSON.stringify(request.query)}`,
	);

describe('Group → Get Many', () => {
	test('one item per group, Z-API’s chat fields as they are, paired with the input item', async () => {
		const [first, second] = addGroups(2);
		const result = await runZApi(double, { parameters });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0].method).toBe('GET');
		expect(double.requests[0].endpoint).toBe('/groups');
		expect(double.requests[0].query).toEqual({ page: '1', pageSize: '50' });
		expect(double.requests[0].rawBody).toBe('');
		expect(result.output()).toEqual([
			{
				json: {
					groupId: first,
					groupName: 'Group 1',
					isGroup: true,
					name: 'Group 1',
					phone: first,
					unread: '0',
					lastMessageTime: '1700000000000',
					isMuted: '0',
					isMarkedSpam: 'false',
					archived: 'false',
					pinned: 'false',
					muteEndTime: null,
				},
				pairedItem: { item: 0 },
			},
			{
				json: expect.objectContaining({
					isGroup: true,
					name: 'Group 2',
					phone: second,
					groupId: second,
					groupName: 'Group 2',
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(Object.keys(result.output()[0].json).slice(0, 2)).toEqual(['groupId', 'groupName']);
		expectNoSecrets(result.text, double);
	});

	test('Limit: pages of the limit’s size, stops as soon as it has enough', async () => {
		addGroups(7);
		const result = await runZApi(double, { parameters: { ...parameters, limit: 3 } });
		expect(result.output().map((item) => item.json.name)).toEqual([
			'Group 1',
			'Group 2',
			'Group 3',
		]);
		expect(pages()).toEqual(['GET /groups {"page":"1","pageSize":"3"}']);
	});

	test('Return All pages by 100 from page 1 until a page comes back short', async () => {
		addGroups(205);
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		const names = result.output().map((item) => item.json.name);
		expect(names).toHaveLength(205);
		expect(names[204]).toBe('Group 205');
		expect(pages()).toEqual([
			'GET /groups {"page":"1","pageSize":"100"}',
			'GET /groups {"page":"2","pageSize":"100"}',
			'GET /groups {"page":"3","pageSize":"100"}',
		]);
	});

	test('Return All: a list that ends exactly at a page boundary asks one more (empty) page', async () => {
		addGroups(100);
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.output()).toHaveLength(100);
		expect(pages()).toEqual([
			'GET /groups {"page":"1","pageSize":"100"}',
			'GET /groups {"page":"2","pageSize":"100"}',
		]);
	});

	test('no groups: no output items, one request', async () => {
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([]);
		expect(double.requests).toHaveLength(1);
	});

	test('chats that say isGroup: false are left out; a group seen on two pages is listed once', async () => {
		double.setFault('/groups', {
			status: 200,
			body: [
				{ isGroup: true, name: 'A', phone: '120363000000000001-group' },
				{ isGroup: false, name: 'Ana', phone: '5511988887777' },
			],
		});
		double.setFault('/groups', {
			status: 200,
			body: [
				{ isGroup: true, name: 'A', phone: '120363000000000001-group' },
				{ isGroup: true, name: 'B', phone: '120363000000000002-group' },
			],
		});
		const result = await runZApi(double, {
			parameters: { ...parameters, limit: 2 },
		});
		expect(result.output().map((item) => item.json.name)).toEqual(['A', 'B']);
		expect(pages()).toEqual([
			'GET /groups {"page":"1","pageSize":"2"}',
			'GET /groups {"page":"2","pageSize":"2"}',
		]);
	});

	test('an instance that answers the same full page again stops with a clear error', async () => {
		const page = Array.from({ length: 100 }, (_, index) => ({
			isGroup: true,
			name: `G${index}`,
			phone: `1203630000000${String(index).padStart(5, '0')}-group`,
		}));
		double.setFault('/groups', { status: 200, body: page, times: Infinity });
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.error?.message).toBe(
			'Z-API answered page 2 of the group list with the same groups as page 1: stopped instead of paging on',
		);
		expect(double.requests).toHaveLength(2);
	});

	// 50,000 groups through the engine: well over Jest's default 20 s on a busy 2-core machine.
	test(`a list that never ends stops after ${MAX_PAGES} pages with a clear error`, async () => {
		for (let page = 0; page < MAX_PAGES; page++) {
			const body = Array.from({ length: 100 }, (_, index) => ({
				isGroup: true,
				name: `G${page}-${index}`,
				phone: `120363${String(page * 100 + index).padStart(12, '0')}-group`,
			}));
			double.setFault('/groups', { status: 200, body });
		}
		const result = await runZApi(double, { parameters: { ...parameters, returnAll: true } });
		expect(result.error?.message).toBe(
			`Z-API's group list did not end after ${MAX_PAGES} pages of 100: stopped instead of paging on; turn off Return All and set a Limit`,
		);
		expect(double.requests).toHaveLength(MAX_PAGES);
	}, 120000);

	test('an answer that is not a list is a clear failure', async () => {
		double.setFault('/groups', { status: 200, body: { value: true } });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			'Z-API answered page 1 of the group list with something that is not a list',
		);
	});

	test.each([0, -1, 2.5, 'ten'])('a bad Limit %j fails before any request', async (limit) => {
		const result = await runZApi(double, {
			parameters: { ...parameters, limit: '={{ $json.limit }}' },
			items: [{ limit }],
		});
		expect(result.error?.message).toBe(
			`Limit must be a whole number of at least 1 (got ${JSON.stringify(limit)})`,
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('a Z-API error is named with the action', async () => {
		double.setFault('/groups', { status: 400, body: { error: 'Invalid page' } });
		const result = await runZApi(double, { parameters });
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to list the groups (page 1): Invalid page',
		);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue: each input item gets its groups or its error, in order, paired', async () => {
		addGroups(2);
		const result = await runZApi(double, {
			parameters: { ...parameters, limit: '={{ $json.limit }}' },
			settings: { onError: 'continueRegularOutput' },
			items: [{ limit: 1 }, { limit: 0 }, { limit: 2 }],
		});
		expect(result.error).toBeUndefined();
		expect(
			result.output().map((item) => [item.pairedItem, item.json.name ?? item.json.error]),
		).toEqual([
			[{ item: 0 }, 'Group 1'],
			[{ item: 1 }, 'Limit must be a whole number of at least 1 (got 0)'],
			[{ item: 2 }, 'Group 1'],
			[{ item: 2 }, 'Group 2'],
		]);
		expectNoSecrets(result.text, double);
	});
});
