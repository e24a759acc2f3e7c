/**
 * The group picker's From List mode, `methods.listSearch.searchGroups`: what only it does (what every
 * picker does is in search.test.ts).
 */
import { MIN_SEARCH_MATCHES } from '../../../../nodes/ZApi/methods/search';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { PICKERS, listSearch } from '../../../helpers/listSearch';
import { useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();
const zApi = new ZApi();
const picker = PICKERS.find(({ method }) => method === 'searchGroups')!;

const searchGroups = (filter?: string, paginationToken?: string) =>
	listSearch(double, picker, filter, paginationToken);

function addGroups(count: number, name = (index: number) => `Group ${index + 1}`): string[] {
	return Array.from({ length: count }, (_, index) => double.addGroup({ name: name(index) }));
}

const pages = () =>
	double.requests.map(({ method, endpoint, query }) => `${method} ${endpoint} ${query.page}`);

describe('the group picker’s list (From List)', () => {
	test('the From List mode of every send’s recipient names this method too', () => {
		const recipients = zApi.description.properties.filter(
			(property) => property.name === 'phone' && property.type === 'resourceLocator',
		);
		// Every Message operation but Download Media: the 10 sends, Send Reaction, Mark as Read,
		// Delete Message, the 4 interactive sends, Send Poll Vote, Send and Wait for Response, Forward
		// and Pin; and every Chat operation but Get Many (12). (Label → Add to Chat and Remove From
		// Chat take a plain phone number: no group.)
		expect(recipients).toHaveLength(33);
		for (const field of recipients) {
			const list = field.modes?.find((mode) => mode.name === 'list');
			expect(list?.typeOptions).toMatchObject({
				searchListMethod: 'searchGroups',
				searchable: true,
			});
		}
	});

	test('one page of 100: GET /groups?page=1&pageSize=100, each group as its name and its id', async () => {
		const [sales, support] = addGroups(2, (index) => ['Sales', 'Support'][index]);
		const result = await searchGroups();
		expect(result).toEqual({
			results: [
				{ name: picker.shown('Sales', sales), value: sales },
				{ name: picker.shown('Support', support), value: support },
			],
			paginationToken: undefined,
		});
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0]).toMatchObject({
			method: 'GET',
			endpoint: '/groups',
			query: { page: '1', pageSize: '100' },
			rawBody: '',
		});
	});

	test('pages lazily: each call reads one page, and its token is the next page’s number', async () => {
		const ids = addGroups(250);
		const first = await searchGroups();
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		const second = await searchGroups(undefined, first.paginationToken);
		expect(second.results[0]).toEqual({
			name: picker.shown('Group 101', ids[100]),
			value: ids[100],
		});
		expect(second.paginationToken).toBe('3');
		const third = await searchGroups(undefined, second.paginationToken);
		expect(third.results.map((group) => group.value)).toEqual(ids.slice(200));
		expect(third.paginationToken).toBeUndefined();
		expect(pages()).toEqual(['GET /groups 1', 'GET /groups 2', 'GET /groups 3']);
	});

	test('a list that ends at a page boundary: the next page comes back empty, and no token', async () => {
		addGroups(100);
		expect((await searchGroups()).paginationToken).toBe('2');
		expect(await searchGroups('', '2')).toEqual({ results: [], paginationToken: undefined });
	});

	test(`search: reads on until ${MIN_SEARCH_MATCHES} groups match or the list ends, then hands on the next page`, async () => {
		// 450 groups: "Sales" every 10th, so 10 of them on each page of 100.
		addGroups(450, (index) => (index % 10 === 0 ? `Sales ${index}` : `Team ${index}`));
		const first = await searchGroups('sales');
		expect(first.results).toHaveLength(20);
		expect(first.paginationToken).toBe('3');
		expect(pages()).toEqual(['GET /groups 1', 'GET /groups 2']);
		double.requests.length = 0;
		const second = await searchGroups('sales', first.paginationToken);
		expect(second.results.map((group) => group.name.replace(/ \(.*\)$/, ''))).toEqual(
			Array.from({ length: 20 }, (_, index) => `Sales ${200 + index * 10}`),
		);
		expect(second.paginationToken).toBe('5');
		// The last page holds 50 groups, 5 of them "Sales": the list ends there.
		const last = await searchGroups('sales', second.paginationToken);
		expect(last.results.map((group) => group.name.replace(/ \(.*\)$/, ''))).toEqual([
			'Sales 400',
			'Sales 410',
			'Sales 420',
			'Sales 430',
			'Sales 440',
		]);
		expect(last.paginationToken).toBeUndefined();
		expect(pages()).toEqual(['GET /groups 3', 'GET /groups 4', 'GET /groups 5']);
	});

	test('entries that say isGroup: false (other chats) are not offered', async () => {
		double.setFault('/groups', {
			status: 200,
			body: [
				{ isGroup: false, name: 'Ana', phone: '5511988887777' },
				{ isGroup: false, name: 'Odd', phone: '120363000000000003-group' },
				{ name: 'Old', phone: '5511999999999-1623281429' },
			],
		});
		expect((await searchGroups()).results).toEqual([
			{ name: 'Old (…23281429)', value: '5511999999999-1623281429' },
		]);
	});

	test('a Z-API refusal is shown with the page and Z-API’s words', async () => {
		double.setFault('/groups', { status: 400, body: { error: 'Invalid page' } });
		await expect(searchGroups()).rejects.toThrow(
			'Z-API rejected the request (HTTP 400) when trying to list the groups (page 1): Invalid page',
		);
	});

	test('an instance that ignores `page` stops a search with a clear error, after two requests', async () => {
		const page = Array.from({ length: 100 }, (_, index) => ({
			isGroup: true,
			name: `G${index}`,
			phone: `1203630000000${String(index).padStart(5, '0')}-group`,
		}));
		double.setFault('/groups', { status: 200, body: page, times: Infinity });
		await expect(searchGroups('sales')).rejects.toThrow(
			'Z-API answered page 2 of the group list with the same groups as page 1: stopped instead of paging on',
		);
		expect(double.requests).toHaveLength(2);
	});
});
