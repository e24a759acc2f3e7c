/**
 * What the pickers' From List methods share (methods/search.ts): alone, then through each picker as
 * the editor calls it (test/helpers/listSearch.ts).
 */
import { NodeApiError } from 'n8n-workflow';

import {
	comparable,
	idEnd,
	listedName,
	pageOf,
	pickerList,
	textIdOf,
} from '../../../../nodes/ZApi/methods/search';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { PICKERS, listSearch } from '../../../helpers/listSearch';
import { expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();

describe('the shared pieces', () => {
	test.each([
		['São Paulo', 'sao paulo'],
		['Notícias', 'noticias'],
		['Não pago', 'nao pago'],
		['SALES', 'sales'],
	])('comparable(%j) is %j', (text, expected) => {
		expect(comparable(text)).toBe(expected);
	});

	test.each([
		[undefined, 1],
		['', 1],
		['3', 3],
		['0', 1],
		['-2', 1],
		['2.5', 1],
		['page 2', 1],
	])('the pagination token %j points at page %j', (token, page) => {
		expect(pageOf(token)).toBe(page);
	});

	test('the listed name: name and ID (or its end), or the ID alone when it has no name', () => {
		expect(listedName('Novo cliente', '1')).toBe('Novo cliente (1)');
		expect(listedName('1', '1')).toBe('1');
		const group = '120363019502650977-group';
		expect(listedName('Launch Team', group, idEnd(group, 8, /-group$/i))).toBe(
			'Launch Team (…02650977)',
		);
		expect(idEnd('120363166555745933@newsletter', 6, /@newsletter$/)).toBe('…745933');
		expect(idEnd('120363019502700001', 8)).toBe('…02700001');
	});

	test('the list: ids the node takes, each once, trimmed; no name shows the id; the search text', () => {
		const show = (name: string, id: string) => `${name}|${id}`;
		const readId = textIdOf((text) => /^\d+$/.test(text));
		const list = pickerList(' JOSÉ ', { idField: 'key', readId, show });
		for (const entry of [
			{ key: ' 1 ', name: 'José' },
			{ key: '1', name: 'José again' },
			{ key: 'x', name: 'Jose' },
			{ key: 2, name: 'Jose' },
			{ key: '3', name: 'Maria' },
			{ key: '4', name: 'jose maria' },
			null,
			'5',
		]) {
			list.offer(entry);
		}
		expect(list.search).toBe('jose');
		expect(list.results).toEqual([
			{ name: 'José|1', value: '1' },
			{ name: 'jose maria|4', value: '4' },
		]);
		const all = pickerList(undefined, { idField: 'key', readId, show });
		all.offer({ key: '7', name: '  ' });
		all.offer({ key: '8' });
		expect(all.search).toBe('');
		expect(all.results.map((item) => item.name)).toEqual(['7|7', '8|8']);
	});
});

describe.each(PICKERS)('the $method picker', (picker) => {
	test('every field of the picker names this method in its From List mode, By ID beside it', () => {
		const fields = zApi.description.properties.filter((property) => property.name === picker.field);
		expect(fields.length).toBeGreaterThan(0);
		for (const field of fields) {
			expect(field.type).toBe('resourceLocator');
			expect(field.modes?.slice(0, 2).map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(field.modes?.[0].typeOptions).toMatchObject({
				searchListMethod: picker.method,
				searchable: true,
			});
		}
	});

	test('search: by name, in any case and without accents, or by a part of the id', async () => {
		const [saoPaulo, , rio] = ['São Paulo Vendas', 'Suporte', 'Rio'].map((name) =>
			picker.add(double, name),
		);
		expect((await listSearch(double, picker, 'sao PAULO')).results).toEqual([
			{ name: picker.shown('São Paulo Vendas', saoPaulo), value: saoPaulo },
		]);
		const idPart = rio.replace(/-group$|@newsletter$/, '').slice(-5);
		expect((await listSearch(double, picker, ` ${idPart} `)).results).toEqual([
			{ name: picker.shown('Rio', rio), value: rio },
		]);
		expect((await listSearch(double, picker, 'nothing like it')).results).toEqual([]);
	});

	test('two entries of the same name are told apart by their id, in the list and in a search', async () => {
		const ids = [picker.add(double, 'Launch Team'), picker.add(double, 'Launch Team')];
		const names = (await listSearch(double, picker)).results.map((entry) => entry.name);
		expect(names).toEqual(ids.map((id) => picker.shown('Launch Team', id)));
		expect(new Set(names).size).toBe(2);
		const found = await listSearch(double, picker, 'launch');
		expect(found.results.map((entry) => entry.value)).toEqual(ids);
	});

	test('only entries with an id the node accepts, each once; an entry without a name shows its id', async () => {
		const [named, unnamed] = picker.ids;
		double.setFault(picker.endpoint, {
			status: 200,
			body: [
				picker.entry(named, 'A'),
				...picker.refused.map((id) => picker.entry(id as string, 'Refused')),
				picker.entry(unnamed, ' '),
				picker.entry(named, 'A again'),
				null,
			],
		});
		expect((await listSearch(double, picker)).results).toEqual([
			{ name: picker.shown('A', named), value: named },
			{ name: unnamed, value: unnamed },
		]);
	});

	test('a Z-API failure is a NodeApiError with the action and Z-API’s words, and no secret', async () => {
		double.setFault(picker.endpoint, { status: 500, body: { error: 'Internal error' } });
		const error = await listSearch(double, picker).catch((failure: unknown) => failure);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe(
			`Z-API failed (HTTP 500) when trying to ${picker.action}: Internal error`,
		);
		expectNoSecrets(JSON.stringify({ error, stack: (error as Error).stack }), double);
	});

	test('the node’s Options → Timeout applies to the list too', async () => {
		double.setFault(picker.endpoint, { status: 200, body: [], delayMs: 3000 });
		const started = Date.now();
		const parameters = { ...picker.parameters, options: { timeout: 1000 } };
		await expect(listSearch(double, picker, undefined, undefined, parameters)).rejects.toThrow(
			`Z-API did not answer within 1000 ms when trying to ${picker.action}`,
		);
		expect(Date.now() - started).toBeLessThan(2900);
	});
});
