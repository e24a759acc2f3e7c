/**
 * The community picker's From List mode: `methods.listSearch.searchCommunities`, called the way n8n's
 * server calls a list search for the editor (as listSearch.test.ts calls the group picker's).
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from '../../../helpers/engine';
import { credentialsFor, expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();

const PARAMETERS: INodeParameters = {
	resource: 'community',
	operation: 'getMetadata',
	communityId: { __rl: true, mode: 'list', value: '' },
};

async function searchCommunities(
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: Z_API_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: PARAMETERS,
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = testAdditionalData(credentialsFor(double), {
		currentNodeParameters: PARAMETERS,
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.communityId');
	return await zApi.methods.listSearch.searchCommunities.call(context, filter, paginationToken);
}

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
			expect(field.type).toBe('resourceLocator');
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(field.modes?.[0].typeOptions).toMatchObject({
				searchListMethod: 'searchCommunities',
				searchable: true,
			});
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

	test('a search keeps the communities whose name (accents ignored) or id contains it', async () => {
		const [, saoPaulo] = addCommunities(3, (index) => ['Rio', 'São Paulo', 'Recife'][index]);
		const byName = await searchCommunities('sao paulo');
		expect(byName.results.map((result) => result.value)).toEqual([saoPaulo]);
		const byId = await searchCommunities(saoPaulo.slice(-5));
		expect(byId.results.map((result) => result.value)).toEqual([saoPaulo]);
	});

	test('entries that are not community ids are not offered', async () => {
		double.setFault('/communities', {
			status: 200,
			body: [
				{ name: 'Good', id: '120363019502700001' },
				{ name: 'Group id', id: '120363019502600001-group' },
				{ name: 'No id' },
			],
		});
		const result = await searchCommunities();
		expect(result.results.map((entry) => entry.value)).toEqual(['120363019502700001']);
	});
});
