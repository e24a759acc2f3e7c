/**
 * The community picker's From List mode, `methods.listSearch.searchCommunities`: what only it does
 * (what every picker does is in search.test.ts).
 */
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { PICKERS, listSearch } from '../../../helpers/listSearch';
import { expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();
const picker = PICKERS.find(({ method }) => method === 'searchCommunities')!;

const searchCommunities = (filter?: string, paginationToken?: string) =>
	listSearch(double, picker, filter, paginationToken);

const addCommunities = (count: number, name = (index: number) => `Club ${index + 1}`) =>
	Array.from({ length: count }, (_, index) => double.addCommunity({ name: name(index) }));

describe('the community picker’s list (From List)', () => {
	test('every Community ID field is the picker, with From List and By ID', () => {
		const fields = zApi.description.properties.filter(
			(property) => property.name === 'communityId',
		);
		// Every Community operation but Create and Get Many.
		expect(fields).toHaveLength(12);
		for (const field of fields) {
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		}
	});

	test('GET /communities?page=1&pageSize=100; each community as its name and the end of its id', async () => {
		const [school, club] = addCommunities(2, (index) => ['School', 'Chess Club'][index]);
		const result = await searchCommunities();
		expect(result).toEqual({
			results: [
				{ name: `School (…${school.slice(-8)})`, value: school },
				{ name: `Chess Club (…${club.slice(-8)})`, value: club },
			],
			paginationToken: undefined,
		});
		expect(double.requests.map((request) => request.query)).toEqual([
			{ page: '1', pageSize: '100' },
		]);
		expectNoSecrets(JSON.stringify(result), double);
	});

	test('a full page hands the next page number on; the editor asks for it on scroll', async () => {
		addCommunities(101);
		const first = await searchCommunities();
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		const second = await searchCommunities(undefined, first.paginationToken);
		expect(second.results.map((result) => result.value)).toEqual(['120363019502700101']);
		expect(second.paginationToken).toBeUndefined();
	});
});
