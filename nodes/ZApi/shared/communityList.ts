/**
 * Z-API's community list (GET /communities?page=&pageSize=, communities/list-communities.md), page by
 * page: for Community → Get Many and the community picker.
 */
import type { PagedList } from './pagedList';

/** Page size when reading many: Z-API documents no maximum; the group list's 100. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (an instance that ignores `page`). */
export const MAX_PAGES = 100;

export const COMMUNITY_LIST: PagedList = {
	path: '/communities',
	pageSize: PAGE_SIZE,
	maxPages: MAX_PAGES,
	key: 'id',
	listName: 'community list',
	entriesName: 'communities',
};
