/** The community picker's From List mode (`methods.listSearch`), as the group picker's. */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { isCommunityId } from '../shared/communityId';
import { COMMUNITY_LIST, PAGE_SIZE } from '../shared/communityList';
import { RETURN_ALL_ADVICE, listPages } from '../shared/pagedList';
import { DEFAULT_TIMEOUT_MS } from '../transport/request';
import { MIN_SEARCH_MATCHES, listedName } from './listSearch';

/** Lower case, accents dropped: "São Paulo" is found with "sao paulo". */
function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

function timeoutOf(context: ILoadOptionsFunctions): number {
	const options = context.getCurrentNodeParameter('options') as IDataObject | undefined;
	const timeout = Number(options?.timeout);
	return timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
}

/**
 * The instance's communities: one Z-API page per call, the next one on scroll (the pagination token
 * is the next page's number). With a search text, only those whose name or ID contains it, reading on
 * until MIN_SEARCH_MATCHES of them or the end of the list.
 */
export async function searchCommunities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = comparable(filter?.trim() ?? '');
	const token = Number(paginationToken);
	const firstPage = Number.isInteger(token) && token >= 1 ? token : 1;
	const results: INodeListSearchItems[] = [];
	const listed = new Set<string>();
	let nextPage: number | undefined;
	const pages = listPages.call(this, COMMUNITY_LIST, {
		pageSize: PAGE_SIZE,
		firstPage,
		itemIndex: 0,
		timeout: timeoutOf(this),
		// The community list's error has one advice, the picker's too.
		endlessAdvice: RETURN_ALL_ADVICE,
	});
	for await (const { page, entries, more } of pages) {
		for (const community of entries) {
			// Only what the node accepts as a community id is offered.
			const id = typeof community.id === 'string' ? community.id.trim() : '';
			if (!isCommunityId(id) || listed.has(id)) continue;
			const name =
				typeof community.name === 'string' && community.name.trim() ? community.name.trim() : id;
			if (search && !comparable(name).includes(search) && !id.includes(search)) continue;
			listed.add(id);
			results.push({ name: listedName(name, id), value: id });
		}
		nextPage = more ? page + 1 : undefined;
		if (!search || results.length >= MIN_SEARCH_MATCHES) break;
	}
	return { results, paginationToken: nextPage === undefined ? undefined : String(nextPage) };
}
