/** Z-API's group list (GET /groups?page=&pageSize=), page by page: for Group → Get Many and the group picker. */
import type { IDataObject } from 'n8n-workflow';

import type { ZApiContext } from '../transport/request';
import type { ListPagesOptions, PagedList } from './pagedList';
import { listPages } from './pagedList';

/** Page size when reading many: Z-API documents no maximum, and 100 keeps requests few and small. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

export const GROUP_LIST: PagedList = {
	path: '/groups',
	pageSize: PAGE_SIZE,
	maxPages: MAX_PAGES,
	key: 'phone',
	listName: 'group list',
	entriesName: 'groups',
	// /groups lists chats; keep only groups (an entry that says isGroup: false is another chat).
	keep: (entry) => entry.isGroup !== false,
};

export interface GroupListPage {
	page: number;
	/** The page's groups, as Z-API sent them; entries that say isGroup: false (other chats) left out. */
	groups: IDataObject[];
	/** The page came back full, so another one may follow. */
	more: boolean;
}

/**
 * The pages of the group list, one request each, from `firstPage` until a page comes back short. The
 * caller stops reading when it has enough; no request is made for a page it does not read.
 */
export async function* groupListPages(
	this: ZApiContext,
	options: ListPagesOptions,
): AsyncGenerator<GroupListPage> {
	for await (const { page, entries, more } of listPages.call(this, GROUP_LIST, options)) {
		yield { page, groups: entries, more };
	}
}
