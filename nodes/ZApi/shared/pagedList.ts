/**
 * Z-API's lists read by `page` and `pageSize` (/chats, /contacts, /groups, /communities), page by
 * page: the pages themselves for the pickers, and the entries up to the Limit for Get Many.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ZApiContext } from '../transport/request';
import { zApiRequest } from '../transport/request';
import { keepOwnMessage } from './nodeErrors';
import { readResultLimit } from './returnAll';

/** One of Z-API's paged lists, and the words its errors use. */
export interface PagedList {
	/** The endpoint, without the query: '/chats'. */
	path: string;
	/** The largest page asked for. */
	pageSize: number;
	/** Guard against a list that never ends (e.g. an instance that ignores `page`). */
	maxPages: number;
	/** The field that identifies an entry: repeats are dropped by it. */
	key: string;
	/** 'chat list', as in "Z-API answered page 2 of the chat list with…". */
	listName: string;
	/** 'chats', as in "list the chats (page 2)". */
	entriesName: string;
	/** Which entries belong to the list, for an endpoint that also answers others. */
	keep?: (entry: IDataObject) => boolean;
}

export interface ListPage {
	page: number;
	/** The page's entries (objects only), as Z-API sent them. */
	entries: IDataObject[];
	/** The page came back full, so another one may follow. */
	more: boolean;
}

export interface ListPagesOptions {
	pageSize: number;
	/** The page to start from (1 by default). */
	firstPage?: number;
	itemIndex: number;
	timeout?: number;
	/** What to do instead, for the error of a list that does not end after maxPages pages. */
	endlessAdvice: string;
}

export const RETURN_ALL_ADVICE = 'turn off Return All and set a Limit';

export function listFailure(
	context: ZApiContext,
	message: string,
	itemIndex: number,
): NodeOperationError {
	return keepOwnMessage(new NodeOperationError(context.getNode(), message, { itemIndex }), message);
}

/** The error of a list that still goes on after its last allowed page. */
export function endlessListFailure(
	context: ZApiContext,
	words: { listName: string; maxPages: number; pageSize: number; advice: string },
	itemIndex: number,
): NodeOperationError {
	const { listName, maxPages, pageSize, advice } = words;
	const message = `Z-API's ${listName} did not end after ${maxPages} pages of ${pageSize}: stopped instead of paging on; ${advice}`;
	return listFailure(context, message, itemIndex);
}

/**
 * The pages of the list, one request each, from `firstPage` until a page comes back short. The caller
 * stops reading when it has enough; no request is made for a page it does not read.
 */
export async function* listPages(
	this: ZApiContext,
	list: PagedList,
	{ pageSize, firstPage = 1, itemIndex, timeout, endlessAdvice }: ListPagesOptions,
): AsyncGenerator<ListPage> {
	const { listName, maxPages } = list;
	let previousPage: string | undefined;
	for (let page = firstPage; ; page++) {
		if (page > maxPages) {
			const words = { listName, maxPages, pageSize, advice: endlessAdvice };
			throw endlessListFailure(this, words, itemIndex);
		}
		const answer = (await zApiRequest.call(this, {
			method: 'GET',
			endpoint: `${list.path}?page=${page}&pageSize=${pageSize}`,
			itemIndex,
			timeout,
			action: `list the ${list.entriesName} (page ${page})`,
		})) as unknown;
		if (!Array.isArray(answer)) {
			const message = `Z-API answered page ${page} of the ${listName} with something that is not a list`;
			throw listFailure(this, message, itemIndex);
		}
		const entries = answer.filter(
			(entry): entry is IDataObject => !!entry && typeof entry === 'object',
		);
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(entries.map((entry) => entry[list.key]));
		if (answer.length === pageSize && pageSize > 1 && fingerprint === previousPage) {
			const message = `Z-API answered page ${page} of the ${listName} with the same ${list.entriesName} as page ${page - 1}: stopped instead of paging on`;
			throw listFailure(this, message, itemIndex);
		}
		previousPage = fingerprint;
		const more = answer.length >= pageSize;
		yield { page, entries: list.keep ? entries.filter(list.keep) : entries, more };
		if (!more) return;
	}
}

/**
 * Get Many: the list's entries up to the item's Limit (all with Return All), each once, as `named`
 * gives them. Pages are as large as the list allows, or the Limit if smaller.
 */
export async function readPagedList(
	this: IExecuteFunctions,
	list: PagedList,
	{
		itemIndex,
		timeout,
		named,
	}: {
		itemIndex: number;
		timeout?: number;
		named: (entry: IDataObject) => IDataObject;
	},
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const pageSize = Math.min(list.pageSize, limit);
	const read: IDataObject[] = [];
	const seen = new Set<unknown>();
	const options = { pageSize, itemIndex, timeout, endlessAdvice: RETURN_ALL_ADVICE };
	for await (const { entries } of listPages.call(this, list, options)) {
		for (const entry of entries) {
			const key = entry[list.key];
			// If the list changes while it is paged, an entry can show up on two pages: list it once.
			if (key !== undefined && seen.has(key)) continue;
			seen.add(key);
			read.push(named(entry));
			if (read.length >= limit) return read;
		}
	}
	return read;
}
