/** The editor's searchable lists (`methods.listSearch`): the group picker's From List mode. */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { isGroupId } from '../shared/groupId';
import { PAGE_SIZE, groupListPages } from '../shared/groupList';
import { DEFAULT_TIMEOUT_MS } from '../transport/request';

/**
 * With a search text, Z-API pages are read until this many groups match or the list ends. The editor
 * loads the next page of a search only when its list is scrolled to the end, so a search that stopped
 * at a page with few or no matches would hide the groups on the pages after it.
 */
export const MIN_SEARCH_MATCHES = 20;

/** Lower case, accents dropped: "São Paulo" is found with "sao paulo". */
function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Digits of a group id shown in the list: enough to tell an account's groups apart. */
const ID_TAIL = 8;

/**
 * What the list shows for a group, and the field after the pick (n8n keeps it as cachedResultName):
 * its name and the end of its ID, since two groups may have the same name. n8n 2.x's list shows only
 * an item's name (no description), so the ID is in it; the field after the pick shows about 35
 * characters, too few for a name and a whole ID, and the ids of one account differ at their end.
 * Z-API's group list gives no member count.
 */
export function listedName(name: string, id: string): string {
	if (name === id) return id;
	const digits = id.replace(/-group$/i, '');
	return `${name} (…${digits.slice(-ID_TAIL)})`;
}

/** The page a pagination token points at: the editor hands back the token this method gave. */
function pageOf(paginationToken: string | undefined): number {
	const page = Number(paginationToken);
	return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The node's Options → Timeout, as the editor has it, for the list requests too. */
function timeoutOf(context: ILoadOptionsFunctions): number {
	const options = context.getCurrentNodeParameter('options') as IDataObject | undefined;
	const timeout = Number(options?.timeout);
	return timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
}

/**
 * The instance's groups, for From List: one Z-API page of PAGE_SIZE per call, the next one on scroll
 * (the pagination token is the next page's number). With a search text, only the groups whose name or
 * ID contains it, reading on until MIN_SEARCH_MATCHES of them or the end of the list.
 */
export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = comparable(filter?.trim() ?? '');
	const results: INodeListSearchItems[] = [];
	const listed = new Set<string>();
	let nextPage: number | undefined;
	const pages = groupListPages.call(this, {
		pageSize: PAGE_SIZE,
		firstPage: pageOf(paginationToken),
		itemIndex: 0,
		timeout: timeoutOf(this),
		endlessAdvice: 'pick the group By ID instead',
	});
	for await (const { page, groups, more } of pages) {
		for (const group of groups) {
			// Only what the node accepts as a group id is offered.
			const id = typeof group.phone === 'string' ? group.phone.trim() : '';
			if (!isGroupId(id) || listed.has(id)) continue;
			const name = typeof group.name === 'string' && group.name.trim() ? group.name.trim() : id;
			if (search && !comparable(name).includes(search) && !id.includes(search)) continue;
			listed.add(id);
			results.push({ name: listedName(name, id), value: id });
		}
		nextPage = more ? page + 1 : undefined;
		if (!search || results.length >= MIN_SEARCH_MATCHES) break;
	}
	return { results, paginationToken: nextPage === undefined ? undefined : String(nextPage) };
}
