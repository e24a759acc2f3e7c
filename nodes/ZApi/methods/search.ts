/**
 * What the pickers' From List methods (`methods.listSearch`) share: the search text, the page token,
 * the editor's timeout, the listed name, and the list itself (each id once, the search applied).
 */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { timeoutOf } from '../transport/request';

/**
 * With a search text, Z-API pages are read until this many entries match or the list ends. The editor
 * loads the next page of a search only when its list is scrolled to the end, so a search that stopped
 * at a page with few or no matches would hide the entries on the pages after it.
 */
export const MIN_SEARCH_MATCHES = 20;

/** Lower case, accents dropped: "São Paulo" is found with "sao paulo", "Não pago" with "nao". */
export function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** The page a pagination token points at: the editor hands back the token a method gave. */
export function pageOf(paginationToken: string | undefined): number {
	const page = Number(paginationToken);
	return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The node's Options → Timeout, as the editor has it, for the list requests too. */
export function editorTimeout(context: ILoadOptionsFunctions): number {
	const options = context.getCurrentNodeParameter('options') as IDataObject | undefined;
	return timeoutOf(options ?? {});
}

/**
 * What the list shows for an entry, and the field after the pick (n8n keeps it as cachedResultName):
 * its name and its ID (or the end of it, `shownId`), since two entries may have the same name. n8n
 * 2.x's list shows only an item's name (no description), so the ID is in it; an entry with no name
 * shows its ID alone.
 */
export function listedName(name: string, id: string, shownId = id): string {
	return name === id ? id : `${name} (${shownId})`;
}

/**
 * The end of an ID, for ids too long to show whole: the field after the pick shows about 35
 * characters, too few for a name and a whole ID, and the ids of one account differ at their end.
 */
export function idEnd(id: string, digits: number, suffix?: RegExp): string {
	return `…${(suffix ? id.replace(suffix, '') : id).slice(-digits)}`;
}

/** How a picker reads the entries of Z-API's list. */
export interface PickerEntries {
	/** The entry's field that holds its id. */
	idField: string;
	/** The id the node takes, or undefined: only what the node accepts as an id is offered. */
	readId: (value: unknown) => string | undefined;
	/** What the list shows for an entry with this (trimmed) name and id. */
	show: (name: string, id: string) => string;
}

/** The list being built for a search text. */
export interface PickerList {
	/** The search text as compared, '' for none. */
	readonly search: string;
	readonly results: INodeListSearchItems[];
	/** Lists the entry when its id is one the node takes, not yet listed, and the search finds it. */
	offer(entry: unknown): void;
}

/** A picker's list: with a search text, only the entries whose name or ID contains it. */
export function pickerList(filter: string | undefined, entries: PickerEntries): PickerList {
	const search = comparable(filter?.trim() ?? '');
	const results: INodeListSearchItems[] = [];
	const listed = new Set<string>();
	return {
		search,
		results,
		offer(entry) {
			if (!entry || typeof entry !== 'object') return;
			const fields = entry as IDataObject;
			const id = entries.readId(fields[entries.idField]);
			if (id === undefined || listed.has(id)) return;
			const name = typeof fields.name === 'string' && fields.name.trim() ? fields.name.trim() : id;
			if (search && !comparable(name).includes(search) && !id.includes(search)) return;
			listed.add(id);
			results.push({ name: entries.show(name, id), value: id });
		},
	};
}

/** Reads an id given as text: trimmed when `isId` takes it. */
export function textIdOf(isId: (text: string) => boolean): (value: unknown) => string | undefined {
	return (value) => {
		const id = typeof value === 'string' ? value.trim() : '';
		return isId(id) ? id : undefined;
	};
}

/**
 * A paged list (the pagination token is the next page's number): one Z-API page per call, the next
 * one on scroll. With a search text, reading on until MIN_SEARCH_MATCHES entries or the end of the
 * list.
 */
export async function searchPages<Page extends { page: number; more: boolean }>(
	list: PickerList,
	pages: AsyncIterable<Page>,
	entriesOf: (page: Page) => unknown[],
): Promise<INodeListSearchResult> {
	let nextPage: number | undefined;
	for await (const page of pages) {
		for (const entry of entriesOf(page)) list.offer(entry);
		nextPage = page.more ? page.page + 1 : undefined;
		if (!list.search || list.results.length >= MIN_SEARCH_MATCHES) break;
	}
	const paginationToken = nextPage === undefined ? undefined : String(nextPage);
	return { results: list.results, paginationToken };
}
