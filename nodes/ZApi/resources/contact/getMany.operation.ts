import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { keepOwnMessage } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';
import { zApiRequest } from '../../transport/request';

/** Page size when reading many: get-contacts documents no maximum; 100 as its code example. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getMany'] } },
	returnAllProperties,
);

export const toolDescription =
	"Lists the WhatsApp contacts of this account: the phone's saved contacts that have WhatsApp and the people in its groups. Input: whether to return all, or a limit. Returns one entry per contact with phone (digits, e.g. 5511999998888), name and short (only for saved contacts), notify (the name the person set in WhatsApp) and vname.";

function failure(context: IExecuteFunctions, message: string, itemIndex: number) {
	return keepOwnMessage(new NodeOperationError(context.getNode(), message, { itemIndex }), message);
}

/**
 * GET /contacts?page=&pageSize= (contacts/get-contacts.md), page by page until a page comes back
 * short. One item per contact, `phone` first (Z-API's field, the name every operation uses).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const pageSize = Math.min(PAGE_SIZE, limit);

	const contacts: IDataObject[] = [];
	const seen = new Set<unknown>();
	let previousPage: string | undefined;
	for (let page = 1; contacts.length < limit; page++) {
		if (page > MAX_PAGES) {
			const message = `Z-API's contact list did not end after ${MAX_PAGES} pages of ${pageSize}: stopped instead of paging on; turn off Return All and set a Limit`;
			throw failure(this, message, itemIndex);
		}
		const answer = (await zApiRequest.call(this, {
			method: 'GET',
			endpoint: `/contacts?page=${page}&pageSize=${pageSize}`,
			itemIndex,
			timeout,
			action: `list the contacts (page ${page})`,
		})) as unknown;
		if (!Array.isArray(answer)) {
			const message = `Z-API answered page ${page} of the contact list with something that is not a list`;
			throw failure(this, message, itemIndex);
		}
		const entries = answer.filter(
			(entry): entry is IDataObject => !!entry && typeof entry === 'object',
		);
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(entries.map((entry) => entry.phone));
		if (answer.length === pageSize && pageSize > 1 && fingerprint === previousPage) {
			const message = `Z-API answered page ${page} of the contact list with the same contacts as page ${page - 1}: stopped instead of paging on`;
			throw failure(this, message, itemIndex);
		}
		previousPage = fingerprint;
		for (const entry of entries) {
			// If the list changes while it is paged, a contact can show up on two pages: list it once.
			if (entry.phone !== undefined && seen.has(entry.phone)) continue;
			seen.add(entry.phone);
			contacts.push({ phone: entry.phone ?? null, ...entry });
			if (contacts.length >= limit) break;
		}
		if (answer.length < pageSize) break;
	}
	return contacts;
}
