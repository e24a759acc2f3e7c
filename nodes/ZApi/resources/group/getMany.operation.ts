import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { PAGE_SIZE, groupListPages } from '../../shared/groupList';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';

export { MAX_PAGES } from '../../shared/groupList';

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
	const pages = groupListPages.call(this, {
		pageSize,
		itemIndex,
		timeout,
		endlessAdvice: 'turn off Return All and set a Limit',
	});
	for await (const { groups: onPage } of pages) {
		for (const entry of onPage) {
			// If the list changes while it is paged, a group can show up on two pages: list it once.
			if (entry.phone !== undefined && seen.has(entry.phone)) continue;
			seen.add(entry.phone);
			// The names every other operation's output uses, first (Z-API's phone and name stay too).
			const group: IDataObject = { groupId: null, groupName: null, ...entry };
			group.groupId = entry.phone ?? null;
			group.groupName = entry.name ?? null;
			groups.push(group);
			if (groups.length >= limit) break;
		}
		if (groups.length >= limit) break;
	}
	return groups;
}
