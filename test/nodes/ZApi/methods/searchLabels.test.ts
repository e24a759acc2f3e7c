/**
 * The label picker's From List mode, `methods.listSearch.searchLabels`: what only it does (what every
 * picker does is in search.test.ts).
 */
import { LABELS_NEED_BUSINESS } from '../../../../nodes/ZApi/resources/label/labelRequest';
import { SEARCH_LABELS_METHOD } from '../../../../nodes/ZApi/shared/labelId';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { PICKERS, listSearch } from '../../../helpers/listSearch';
import { expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();
const picker = PICKERS.find(({ method }) => method === SEARCH_LABELS_METHOD)!;

const searchLabels = (filter?: string) => listSearch(double, picker, filter);

beforeEach(() => {
	for (const name of ['Novo cliente', 'Pagamento pendente', 'Não pago', 'Novo cliente']) {
		picker.add(double, name);
	}
});

describe('the label picker’s list (From List)', () => {
	test('every Label ID field offers it, By ID too', () => {
		const fields = zApi.description.properties.filter((property) => property.name === 'labelId');
		expect(fields).toHaveLength(4);
		for (const field of fields) {
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
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
