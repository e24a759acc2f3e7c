/**
 * The label picker's From List mode: `methods.listSearch.searchLabels`, called the way n8n's server
 * calls a list search for the editor (a "Temp-Node" in a one-node workflow, n8n-core's
 * LoadOptionsContext), its request made through n8n's HTTP helper to the Z-API double.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { LABELS_NEED_BUSINESS } from '../../../../nodes/ZApi/resources/label/labelRequest';
import { SEARCH_LABELS_METHOD } from '../../../../nodes/ZApi/shared/labelId';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from '../../../helpers/engine';
import { credentialsFor, expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();

const PARAMETERS: INodeParameters = {
	resource: 'label',
	operation: 'addToChat',
	labelId: { __rl: true, mode: 'list', value: '' },
};

async function searchLabels(filter?: string): Promise<INodeListSearchResult> {
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
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.labelId');
	return await zApi.methods.listSearch[SEARCH_LABELS_METHOD].call(context, filter);
}

beforeEach(() => {
	for (const [id, name] of [
		['1', 'Novo cliente'],
		['2', 'Pagamento pendente'],
		['3', 'Não pago'],
		['4', 'Novo cliente'],
	]) {
		double.labels.set(id, { id, name, color: 0 });
	}
});

describe('the label picker’s list (From List)', () => {
	test('every Label ID field offers it, By ID too', () => {
		const fields = zApi.description.properties.filter((property) => property.name === 'labelId');
		expect(fields).toHaveLength(4);
		for (const field of fields) {
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(field.modes?.[0].typeOptions?.searchListMethod).toBe(SEARCH_LABELS_METHOD);
		}
	});

	test('one GET /tags; every label as "name (ID)", its ID as the value', async () => {
		const result = await searchLabels();
		expect(double.requests.map(({ method, endpoint }) => `${method} ${endpoint}`)).toEqual([
			'GET /tags',
		]);
		expect(result).toEqual({
			results: [
				{ name: 'Novo cliente (1)', value: '1' },
				{ name: 'Pagamento pendente (2)', value: '2' },
				{ name: 'Não pago (3)', value: '3' },
				{ name: 'Novo cliente (4)', value: '4' },
			],
		});
	});

	test.each([
		['novo', ['1', '4']],
		['NAO PAGO', ['3']],
		['2', ['2']],
		['nothing like it', []],
	])('searched for %j: only the labels whose name or ID contains it', async (filter, ids) => {
		const result = await searchLabels(filter);
		expect(result.results.map((item) => item.value)).toEqual(ids);
	});

	test('labels whose ID the node would refuse are not offered', async () => {
		double.labels.set('5/x', { id: '5/x', name: 'Odd', color: 0 });
		const result = await searchLabels();
		expect(result.results.map((item) => item.value)).toEqual(['1', '2', '3', '4']);
	});

	test('a number without WhatsApp Business: the error says what labels need, no secret', async () => {
		double.config.notBusiness = true;
		const error = await searchLabels().then(
			() => undefined,
			(failure: Error & { description?: string }) => failure,
		);
		expect(error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to list the labels: This method is only available for WhatsApp Business accounts',
		);
		expect(error?.description).toContain(LABELS_NEED_BUSINESS);
		expectNoSecrets(JSON.stringify({ ...error, message: error?.message }), double);
	});
});
