import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { PAGE_SIZE, groupListPages } from '../../shared/groupList';
import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';

export { MAX_PAGES } from '../../shared/groupList';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getMany'] } },
	returnAllProperties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
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
