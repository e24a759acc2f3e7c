import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { inputError, keepOwnMessage } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';
import { zApiRequest } from '../../transport/request';

/** Page size when returning all: Z-API documents no maximum, and 100 keeps requests few and small. */
export const PAGE_SIZE = 100;
/** Guard against a list that never ends (e.g. an instance that ignores `page`): 500 pages. */
export const MAX_PAGES = 500;

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getMany'] } },
	properties,
);

function readLimit(this: IExecuteFunctions, itemIndex: number): number {
	const value = this.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw inputError(
			this.getNode(),
			`Limit must be a whole number of at least 1 (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return limit;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const returnAll = readBooleanParameter.call(this, 'returnAll', 'Return All', itemIndex);
	const limit = returnAll ? Infinity : readLimit.call(this, itemIndex);
	const pageSize = Math.min(PAGE_SIZE, limit);

	const groups: IDataObject[] = [];
	const seen = new Set<unknown>();
	let previousPage: string | undefined;
	for (let page = 1; groups.length < limit; page++) {
		if (page > MAX_PAGES) {
			const message = `Z-API's group list did not end after ${MAX_PAGES} pages of ${pageSize}: stopped instead of paging on; turn off Return All and set a Limit`;
			throw keepOwnMessage(new NodeOperationError(this.getNode(), message, { itemIndex }), message);
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
			throw keepOwnMessage(new NodeOperationError(this.getNode(), message, { itemIndex }), message);
		}
		const entries = answer as IDataObject[];
		// An instance that ignores `page` answers the same full page forever.
		const fingerprint = JSON.stringify(entries.map((entry) => entry?.phone));
		if (entries.length === pageSize && pageSize > 1 && fingerprint === previousPage) {
			const message = `Z-API answered page ${page} of the group list with the same groups as page ${page - 1}: stopped instead of paging on`;
			throw keepOwnMessage(new NodeOperationError(this.getNode(), message, { itemIndex }), message);
		}
		previousPage = fingerprint;
		for (const entry of entries) {
			// /groups lists chats; keep only groups (an entry that says isGroup: false is another chat).
			// If the list changes while it is paged, a group can show up on two pages: list it once.
			if (!entry || typeof entry !== 'object' || entry.isGroup === false) continue;
			if (entry.phone !== undefined && seen.has(entry.phone)) continue;
			seen.add(entry.phone);
			// The same name for a group id as every other operation's output.
			groups.push({ ...entry, groupId: entry.phone ?? null });
			if (groups.length >= limit) break;
		}
		if (entries.length < pageSize) break;
	}
	return groups;
}
