import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import type { PagedList } from '../../shared/pagedList';
import { readPagedList } from '../../shared/pagedList';
import { returnAllProperties } from '../../shared/returnAll';

/** Page size when reading many: Z-API documents no maximum; 100 as Group → Get Many. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

const CHAT_LIST: PagedList = {
	path: '/chats',
	pageSize: PAGE_SIZE,
	maxPages: MAX_PAGES,
	key: 'phone',
	listName: 'chat list',
	entriesName: 'chats',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getMany'] } },
	returnAllProperties,
);

export const toolDescription =
	'Lists the WhatsApp chats of the connected number (people and groups). Input: whether to return all, or a limit. Returns one item per chat with chatId (the phone number or group ID to give the other chat operations), phone, name, unread (number of unread messages), lastMessageTime, isMuted, isGroup and, where Z-API sends them, archived and pinned. It only reads: calling it again is safe.';

/**
 * GET /chats?page=&pageSize= (chats/get-chats.md: both required), page by page until a page comes
 * back short or the Limit is reached. One output item per chat, `chatId` first.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	return await readPagedList.call(this, CHAT_LIST, {
		itemIndex,
		timeout,
		// The name the other chat operations take first; Z-API's fields (phone first) stay.
		named: (entry) => ({ chatId: entry.phone ?? null, phone: entry.phone ?? null, ...entry }),
	});
}
