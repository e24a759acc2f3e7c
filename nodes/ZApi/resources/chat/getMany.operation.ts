import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { keepOwnMessage } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';
import { zApiRequest } from '../../transport/request';

/** Page size when reading many: Z-API documents no maximum; 100 as Group → Get Many. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getMany'] } },
	returnAllProperties,
);

export const toolDescription =
	'Lists the WhatsApp chats of the connected number (people and groups). Input: whether to return all, or a limit. Returns one item per chat with chatId (the phone number or group ID to give the other chat operations), phone, name, unread (number of unread messages), lastMessageTime, isMuted, isGroup and, where Z-API sends them, archived and pinned. It only reads: calling it again is safe.';

function failure(context: IExecuteFunctions, message: string, itemIndex: number) {
	return keepOwnMessage(new NodeOperationError(context.getNode(), message, { itemIndex }), message);
}

/**
 * GET /chats?page=&pageSize= (chats/get-chats.md: both required), page by page until a page comes
 * back short or the Limit is reached. One output item per chat, `chatId` first.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const pageSize = Math.min(PAGE_SIZE, limit);

	const chats: IDataObject[] = [];
	const seen = new Set<unknown>();
	let previousPage: string | undefined;
	for (let page = 1; chats.length < limit; page++) {
		if (page > MAX_PAGES) {
			const message = `Z-API's chat list did not end after ${MAX_PAGES} pages of ${pageSize}: stopped instead of paging on; turn off Return All and set a Limit`;
			throw failure(this, message, itemIndex);
		}
		const answer = (await zApiRequest.call(this, {
			method: 'GET',
			endpoint: `/chats?page=${page}&pageSize=${pageSize}`,
			itemIndex,
			timeout,
			action: `list the chats (page ${page})`,
		})) as unknown;
		if (!Array.isArray(answer)) {
			const message = `Z-API answered page ${page} of the chat list with something that is not a list`;
			throw failure(this, message, itemIndex);
		}
		const entries = (answer as unknown[]).filter(
			(entry): entry is IDataObject => !!entry && typeof entry === 'object',
		);
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(entries.map((entry) => entry.phone));
		if (answer.length === pageSize && pageSize > 1 && fingerprint === previousPage) {
			const message = `Z-API answered page ${page} of the chat list with the same chats as page ${page - 1}: stopped instead of paging on`;
			throw failure(this, message, itemIndex);
		}
		previousPage = fingerprint;
		for (const entry of entries) {
			// If the list changes while it is paged, a chat can show up on two pages: list it once.
			if (entry.phone !== undefined && seen.has(entry.phone)) continue;
			seen.add(entry.phone);
			// The name the other chat operations take first; Z-API's fields (phone first) stay.
			chats.push({ chatId: entry.phone ?? null, phone: entry.phone ?? null, ...entry });
			if (chats.length >= limit) break;
		}
		if (answer.length < pageSize) break;
	}
	return chats;
}
