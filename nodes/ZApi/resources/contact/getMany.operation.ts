import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import type { PagedList } from '../../shared/pagedList';
import { readPagedList } from '../../shared/pagedList';
import { returnAllProperties } from '../../shared/returnAll';

/** Page size when reading many: get-contacts documents no maximum; 100 as its code example. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

const CONTACT_LIST: PagedList = {
	path: '/contacts',
	pageSize: PAGE_SIZE,
	maxPages: MAX_PAGES,
	key: 'phone',
	listName: 'contact list',
	entriesName: 'contacts',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getMany'] } },
	returnAllProperties,
);

export const toolDescription =
	"Lists the WhatsApp contacts of this account: the phone's saved contacts that have WhatsApp and the people in its groups. Input: whether to return all, or a limit. Returns one entry per contact with phone (digits, e.g. 5511999998888), name and short (only for saved contacts), notify (the name the person set in WhatsApp) and vname.";

/**
 * GET /contacts?page=&pageSize= (contacts/get-contacts.md), page by page until a page comes back
 * short. One item per contact, `phone` first (Z-API's field, the name every operation uses).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	return await readPagedList.call(this, CONTACT_LIST, {
		itemIndex,
		timeout,
		named: (entry) => ({ phone: entry.phone ?? null, ...entry }),
	});
}
