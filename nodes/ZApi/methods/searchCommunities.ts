/** The community picker's From List mode (`methods.listSearch`), as the group picker's. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { isCommunityId } from '../shared/communityId';
import { COMMUNITY_LIST, PAGE_SIZE } from '../shared/communityList';
import { RETURN_ALL_ADVICE, listPages } from '../shared/pagedList';
import {
	editorTimeout,
	idEnd,
	listedName,
	pageOf,
	pickerList,
	searchPages,
	textIdOf,
} from './search';

/** Digits of a community id shown in the list, as many as of a group id. */
const ID_TAIL = 8;

/**
 * The instance's communities: one Z-API page per call, the next one on scroll. With a search text,
 * only those whose name or ID contains it.
 */
export async function searchCommunities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const list = pickerList(filter, {
		idField: 'id',
		readId: textIdOf(isCommunityId),
		show: (name, id) => listedName(name, id, idEnd(id, ID_TAIL)),
	});
	const pages = listPages.call(this, COMMUNITY_LIST, {
		pageSize: PAGE_SIZE,
		firstPage: pageOf(paginationToken),
		itemIndex: 0,
		timeout: editorTimeout(this),
		// The community list's error has one advice, the picker's too.
		endlessAdvice: RETURN_ALL_ADVICE,
	});
	return await searchPages(list, pages, (page) => page.entries);
}
