import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { RETURN_ALL_ADVICE, endlessListFailure, listFailure } from '../../shared/pagedList';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';
import { zApiRequest } from '../../transport/request';

// queue/post-queue.md: at most 30 messages a page.
export const PAGE_SIZE = 30;
// The queue holds at most 1000 messages (queue/introduction.md): 34 pages; more means it does not end.
export const MAX_PAGES = 100;

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['getQueue'] } },
	returnAllProperties,
);

export const toolDescription =
	'Lists the messages waiting in the Z-API send queue of this WhatsApp number (sent through the API but not yet delivered to WhatsApp), e.g. to check a bulk send before it goes out. Input: whether to return all, or a limit. Returns one item per queued message with zaapId (to delete it from the queue), messageId, phone and message.';

/** A queued message with the names the other operations use first; Z-API's own fields stay too. */
function named(entry: IDataObject): IDataObject {
	// The pages show both ZaapId and _id (the same value in every example): either will do.
	const zaapId = entry.ZaapId ?? entry._id ?? null;
	return {
		zaapId,
		messageId: entry.MessageId ?? null,
		phone: entry.Phone ?? null,
		message: entry.Message ?? null,
		...entry,
	};
}

/**
 * POST /queue with `{pageSize, pagingState}` (post-queue.md; the older GET /queue is deprecated),
 * paged by its cursor until `hasMore` is false. Outputs one item per queued message.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const pageSize = Math.min(PAGE_SIZE, limit);

	const messages: IDataObject[] = [];
	let pagingState: string | undefined;
	for (let page = 1; messages.length < limit; page++) {
		if (page > MAX_PAGES) {
			const words = {
				listName: 'send queue',
				maxPages: MAX_PAGES,
				pageSize,
				advice: RETURN_ALL_ADVICE,
			};
			throw endlessListFailure(this, words, itemIndex);
		}
		const body: IDataObject = { pageSize };
		if (pagingState !== undefined) body.pagingState = pagingState;
		const answer = (await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/queue',
			body,
			itemIndex,
			timeout,
			action: `list the send queue (page ${page})`,
			changes: false,
		})) as IDataObject | IDataObject[];
		// The deprecated GET answered a bare list; POST answers { messages, pagingState, hasMore }.
		const entries = Array.isArray(answer) ? answer : answer.messages;
		if (!Array.isArray(entries)) {
			const message = `Z-API answered page ${page} of the send queue without a list of messages`;
			throw listFailure(this, message, itemIndex);
		}
		for (const entry of entries) {
			if (!entry || typeof entry !== 'object') continue;
			messages.push(named(entry as IDataObject));
			if (messages.length >= limit) break;
		}
		const next = Array.isArray(answer) ? undefined : answer.pagingState;
		const hasMore = !Array.isArray(answer) && answer.hasMore === true;
		if (!hasMore || typeof next !== 'string' || next === '' || next === pagingState) break;
		pagingState = next;
	}
	return messages;
}
