/** Z-API's group list (GET /groups?page=&pageSize=), page by page: for Group → Get Many and the group picker. */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ZApiContext } from '../transport/request';
import { zApiRequest } from '../transport/request';
import { keepOwnMessage } from './nodeErrors';

/** Page size when reading many: Z-API documents no maximum, and 100 keeps requests few and small. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

export interface GroupListPage {
	page: number;
	/** The page's groups, as Z-API sent them; entries that say isGroup: false (other chats) left out. */
	groups: IDataObject[];
	/** The page came back full, so another one may follow. */
	more: boolean;
}

export interface GroupListOptions {
	pageSize: number;
	/** The page to start from (1 by default). */
	firstPage?: number;
	itemIndex: number;
	timeout?: number;
	/** What to do instead, for the error of a list that does not end after MAX_PAGES pages. */
	endlessAdvice: string;
}

function failure(context: ZApiContext, message: string, itemIndex: number): NodeOperationError {
	return keepOwnMessage(new NodeOperationError(context.getNode(), message, { itemIndex }), message);
}

/**
 * The pages of the group list, one request each, from `firstPage` until a page comes back short. The
 * caller stops reading when it has enough; no request is made for a page it does not read.
 */
export async function* groupListPages(
	this: ZApiContext,
	{ pageSize, firstPage = 1, itemIndex, timeout, endlessAdvice }: GroupListOptions,
): AsyncGenerator<GroupListPage> {
	let previousPage: string | undefined;
	for (let page = firstPage; ; page++) {
		if (page > MAX_PAGES) {
			const message = `Z-API's group list did not end after ${MAX_PAGES} pages of ${pageSize}: stopped instead of paging on; ${endlessAdvice}`;
			throw failure(this, message, itemIndex);
		}
		const answer = (await zApiRequest.call(this, {
			method: 'GET',
			endpoint: `/groups?page=${page}&pageSize=${pageSize}`,
			itemIndex,
			timeout,
			action: `list the groups (page ${page})`,
		})) as unknown;
		if (!Array.isArray(answer)) {
			const message = `Z-API answered page ${page} of the group list with something that is not a list`;
			throw failure(this, message, itemIndex);
		}
		const entries = answer as IDataObject[];
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(entries.map((entry) => entry?.phone));
		if (entries.length === pageSize && pageSize > 1 && fingerprint === previousPage) {
			const message = `Z-API answered page ${page} of the group list with the same groups as page ${page - 1}: stopped instead of paging on`;
			throw failure(this, message, itemIndex);
		}
		previousPage = fingerprint;
		// /groups lists chats; keep only groups (an entry that says isGroup: false is another chat).
		const groups = entries.filter(
			(entry) => !!entry && typeof entry === 'object' && entry.isGroup !== false,
		);
		const more = entries.length >= pageSize;
		yield { page, groups, more };
		if (!more) return;
	}
}
