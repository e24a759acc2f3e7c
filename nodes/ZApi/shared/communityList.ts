/**
 * Z-API's community list (GET /communities?page=&pageSize=, communities/list-communities.md), page by
 * page: for Community → Get Many and the community picker.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ZApiContext } from '../transport/request';
import { zApiRequest } from '../transport/request';
import { keepOwnMessage } from './nodeErrors';

/** Page size when reading many: Z-API documents no maximum; the group list's 100. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (an instance that ignores `page`). */
export const MAX_PAGES = 100;

export interface CommunityListPage {
	page: number;
	communities: IDataObject[];
	/** The page came back full, so another one may follow. */
	more: boolean;
}

function failure(context: ZApiContext, message: string, itemIndex: number): NodeOperationError {
	return keepOwnMessage(new NodeOperationError(context.getNode(), message, { itemIndex }), message);
}

/** The pages, one request each, from `firstPage` until a page comes back short. */
export async function* communityListPages(
	this: ZApiContext,
	options: { pageSize: number; firstPage?: number; itemIndex: number; timeout?: number },
): AsyncGenerator<CommunityListPage> {
	const { pageSize, firstPage = 1, itemIndex, timeout } = options;
	let previous: string | undefined;
	for (let page = firstPage; ; page++) {
		if (page > MAX_PAGES) {
			const message = `Z-API's community list did not end after ${MAX_PAGES} pages of ${pageSize}: stopped instead of paging on; turn off Return All and set a Limit`;
			throw failure(this, message, itemIndex);
		}
		const answer = (await zApiRequest.call(this, {
			method: 'GET',
			endpoint: `/communities?page=${page}&pageSize=${pageSize}`,
			itemIndex,
			timeout,
			action: `list the communities (page ${page})`,
		})) as unknown;
		if (!Array.isArray(answer)) {
			const message = `Z-API answered page ${page} of the community list with something that is not a list`;
			throw failure(this, message, itemIndex);
		}
		const communities = answer.filter(
			(entry): entry is IDataObject => !!entry && typeof entry === 'object',
		);
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(communities.map((entry) => entry.id));
		if (answer.length === pageSize && pageSize > 1 && fingerprint === previous) {
			const message = `Z-API answered page ${page} of the community list with the same communities as page ${page - 1}: stopped instead of paging on`;
			throw failure(this, message, itemIndex);
		}
		previous = fingerprint;
		const more = answer.length >= pageSize;
		yield { page, communities, more };
		if (!more) return;
	}
}
