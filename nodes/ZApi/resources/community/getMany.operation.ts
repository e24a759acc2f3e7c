import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { PAGE_SIZE, communityListPages } from '../../shared/communityList';
import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';

export const description = updateDisplayOptions(
	{ show: { resource: ['community'], operation: ['getMany'] } },
	returnAllProperties,
);

export const toolDescription =
	'Lists the WhatsApp communities this account is in, one entry per community with its communityName and communityId (digits only, e.g. 120363019502650977). Use it to find the ID of a community from its name; Get Metadata then gives its announcement group and linked groups.';

/** GET /communities?page=&pageSize= until a short page (communities/list-communities.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const pageSize = Math.min(PAGE_SIZE, limit);
	const communities: IDataObject[] = [];
	const seen = new Set<unknown>();
	for await (const page of communityListPages.call(this, { pageSize, itemIndex, timeout })) {
		for (const entry of page.communities) {
			// A community that moves while the list is paged shows up once.
			if (entry.id !== undefined && seen.has(entry.id)) continue;
			seen.add(entry.id);
			communities.push({
				communityId: entry.id ?? null,
				communityName: entry.name ?? null,
				...entry,
			});
			if (communities.length >= limit) break;
		}
		if (communities.length >= limit) break;
	}
	return communities;
}
