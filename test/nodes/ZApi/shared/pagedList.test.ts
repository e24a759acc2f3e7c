/**
 * pagedList.ts on its own, with Z-API's answers faked by page (the Get Many and picker tests run it
 * against the Z-API double through n8n's engine).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PagedList } from '../../../../nodes/ZApi/shared/pagedList';
import { listPages, readPagedList } from '../../../../nodes/ZApi/shared/pagedList';
import { zApiRequest } from '../../../../nodes/ZApi/transport/request';

jest.mock('../../../../nodes/ZApi/transport/request', () => ({ zApiRequest: jest.fn() }));
const request = zApiRequest as unknown as jest.Mock;

const LIST: PagedList = {
	path: '/things',
	pageSize: 2,
	maxPages: 3,
	key: 'id',
	listName: 'thing list',
	entriesName: 'things',
};

/** Z-API answers page n with `pages[n - 1]` (an empty list past the end). */
function answering(pages: unknown[]) {
	request.mockImplementation(async ({ endpoint }: { endpoint: string }) => {
		const page = Number(/page=(\d+)/.exec(endpoint)?.[1]);
		return pages[page - 1] ?? [];
	});
}

const context = (parameters: IDataObject = { returnAll: true }) =>
	({
		getNode: () => ({ name: 'Z-API' }),
		getNodeParameter: (name: string) => parameters[name],
	}) as unknown as IExecuteFunctions;

const read = (parameters?: IDataObject, list = LIST) =>
	readPagedList.call(context(parameters), list, {
		itemIndex: 0,
		named: (entry) => ({ thingId: entry.id ?? null, ...entry }),
	});

const endpoints = () => request.mock.calls.map(([{ endpoint }]) => endpoint as string);

beforeEach(() => request.mockReset());

test('pages until one comes back short; entries that are not objects are left out', async () => {
	answering([[{ id: 'a' }, null], [7, { id: 'b' }], [{ id: 'c' }]]);
	expect(await read()).toEqual([
		{ thingId: 'a', id: 'a' },
		{ thingId: 'b', id: 'b' },
		{ thingId: 'c', id: 'c' },
	]);
	expect(endpoints()).toEqual([
		'/things?page=1&pageSize=2',
		'/things?page=2&pageSize=2',
		'/things?page=3&pageSize=2',
	]);
});

test('an entry on two pages is listed once; entries without the key are all kept', async () => {
	answering([[{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, {}], [{}]]);
	expect(await read()).toEqual([
		{ thingId: 'a', id: 'a' },
		{ thingId: 'b', id: 'b' },
		{ thingId: null },
		{ thingId: null },
	]);
});

test('the Limit caps the page size and stops the requests', async () => {
	answering([[{ id: 'a' }], [{ id: 'b' }]]);
	expect(await read({ returnAll: false, limit: 1 })).toEqual([{ thingId: 'a', id: 'a' }]);
	expect(endpoints()).toEqual(['/things?page=1&pageSize=1']);
});

test('the same full page twice stops with an error', async () => {
	answering([
		[{ id: 'a' }, { id: 'b' }],
		[{ id: 'a' }, { id: 'b' }],
	]);
	await expect(read()).rejects.toThrow(
		'Z-API answered page 2 of the thing list with the same things as page 1: stopped instead of paging on',
	);
});

test('a list that does not end after maxPages pages stops with the advice given', async () => {
	answering([
		[{ id: 'a' }, { id: 'b' }],
		[{ id: 'c' }, { id: 'd' }],
		[{ id: 'e' }, { id: 'f' }],
	]);
	await expect(read()).rejects.toThrow(
		"Z-API's thing list did not end after 3 pages of 2: stopped instead of paging on; turn off Return All and set a Limit",
	);
	expect(endpoints()).toHaveLength(3);
});

test('an answer that is not a list fails', async () => {
	answering([{ things: [] }]);
	await expect(read()).rejects.toThrow(
		'Z-API answered page 1 of the thing list with something that is not a list',
	);
});

test('the pages, from a first page, with what `keep` leaves and whether more may follow', async () => {
	answering([[], [{ id: 'a', ok: false }, { id: 'b' }], [{ id: 'c' }]]);
	const list = { ...LIST, keep: (entry: IDataObject) => entry.ok !== false };
	const options = { pageSize: 2, firstPage: 2, itemIndex: 0, endlessAdvice: 'pick By ID' };
	const pages = [];
	for await (const page of listPages.call(context(), list, options)) pages.push(page);
	expect(pages).toEqual([
		{ page: 2, entries: [{ id: 'b' }], more: true },
		{ page: 3, entries: [{ id: 'c' }], more: false },
	]);
});
