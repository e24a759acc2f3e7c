/**
 * The group picker's From List mode: `methods.listSearch.searchGroups`, called the way n8n's server
 * calls a list search for the editor (DynamicNodeParametersService: a "Temp-Node" of the node type in a
 * one-node workflow, n8n-core's LoadOptionsContext, the node's current parameters), its requests made
 * through n8n's HTTP helper with the credential to the Z-API double.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { NodeApiError, Workflow } from 'n8n-workflow';

import { MIN_SEARCH_MATCHES, listedName } from '../../../../nodes/ZApi/methods/listSearch';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from '../../../helpers/engine';
import { credentialsFor, expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();
const zApi = new ZApi();

const PARAMETERS: INodeParameters = {
	resource: 'group',
	operation: 'getMetadata',
	groupId: { __rl: true, mode: 'list', value: '' },
};

/** What the editor asks when the From List dropdown opens, is searched or is scrolled to its end. */
async function searchGroups(
	filter?: string,
	paginationToken?: string,
	parameters: INodeParameters = PARAMETERS,
): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: Z_API_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = testAdditionalData(credentialsFor(double), {
		currentNodeParameters: parameters,
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.groupId');
	return await zApi.methods.listSearch.searchGroups.call(context, filter, paginationToken);
}

function addGroups(count: number, name = (index: number) => `Group ${index + 1}`): string[] {
	return Array.from({ length: count }, (_, index) => double.addGroup({ name: name(index) }));
}

/** A group as the list shows it: its name and the last 8 digits of its id. */
const shown = (name: string, id: string) => `${name} (…${id.replace(/-group$/, '').slice(-8)})`;

const pages = () =>
	double.requests.map(({ method, endpoint, query }) => `${method} ${endpoint} ${query.page}`);

describe('the group picker’s list (From List)', () => {
	test('the From List mode of every Group ID field and every send’s recipient names this method', () => {
		const fields = zApi.description.properties.filter((property) => property.name === 'groupId');
		expect(fields.length).toBeGreaterThan(0);
		const recipients = zApi.description.properties.filter(
			(property) => property.name === 'phone' && property.type === 'resourceLocator',
		);
		// Every Message operation but Download Media: the 10 sends, Send Reaction, Mark as Read,
		// Delete Message, the 4 interactive sends, Send Poll Vote, Send and Wait for Response, Forward
		// and Pin; and every Chat operation but Get Many (12). (Label → Add to Chat and Remove From
		// Chat take a plain phone number: no group.)
		expect(recipients).toHaveLength(33);
		fields.push(...recipients);
		for (const field of fields) {
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
				{ name: shown('Sales', sales), value: sales },
				{ name: shown('Support', support), value: support },
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
		expect(second.results[0]).toEqual({ name: shown('Group 101', ids[100]), value: ids[100] });
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

	test('search: by name, in any case and without accents, or by a part of the id', async () => {
		const [saoPaulo, , rio] = addGroups(
			3,
			(index) => ['São Paulo Vendas', 'Suporte', 'Rio'][index],
		);
		expect((await searchGroups('sao PAULO')).results).toEqual([
			{ name: shown('São Paulo Vendas', saoPaulo), value: saoPaulo },
		]);
		expect((await searchGroups(` ${rio.slice(8, 18)} `)).results).toEqual([
			{ name: shown('Rio', rio), value: rio },
		]);
		expect((await searchGroups('nothing like it')).results).toEqual([]);
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

	test('only groups with an id the node accepts, each once; a group without a name shows its id', async () => {
		double.setFault('/groups', {
			status: 200,
			body: [
				{ isGroup: true, name: 'A', phone: '120363000000000001-group' },
				{ isGroup: false, name: 'Ana', phone: '5511988887777' },
				{ isGroup: true, name: 'Weird', phone: '120363000000000009@g.us' },
				{ isGroup: true, name: ' ', phone: '120363000000000002-group' },
				{ isGroup: true, name: 'A again', phone: '120363000000000001-group' },
				{ name: 'Old', phone: '5511999999999-1623281429' },
				null,
			],
		});
		expect((await searchGroups()).results).toEqual([
			{ name: 'A (…00000001)', value: '120363000000000001-group' },
			{ name: '120363000000000002-group', value: '120363000000000002-group' },
			{ name: 'Old (…23281429)', value: '5511999999999-1623281429' },
		]);
	});

	test('two groups of the same name are told apart by their id, in the list and in a search', async () => {
		const [first, second] = addGroups(2, () => 'Launch Team');
		const names = (await searchGroups()).results.map((group) => group.name);
		expect(names).toEqual([shown('Launch Team', first), shown('Launch Team', second)]);
		expect(new Set(names).size).toBe(2);
		expect(listedName('Launch Team', '120363019502650977-group')).toBe('Launch Team (…02650977)');
		expect((await searchGroups('launch')).results.map((group) => group.value)).toEqual([
			first,
			second,
		]);
	});

	test('a Z-API failure is shown with the action and Z-API’s words, and no secret', async () => {
		double.setFault('/groups', { status: 400, body: { error: 'Invalid page' } });
		const error = await searchGroups().catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to list the groups (page 1): Invalid page',
		);
		expectNoSecrets(JSON.stringify({ error, stack: (error as Error).stack }), double);
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

	test('the node’s Options → Timeout applies to the list too', async () => {
		double.setFault('/groups', { status: 200, body: [], delayMs: 3000 });
		const started = Date.now();
		await expect(
			searchGroups(undefined, undefined, { ...PARAMETERS, options: { timeout: 1000 } }),
		).rejects.toThrow(
			'Z-API did not answer within 1000 ms when trying to list the groups (page 1)',
		);
		expect(Date.now() - started).toBeLessThan(2900);
	});
});
