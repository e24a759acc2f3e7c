import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { COMMUNITY_LIST } from '../../shared/communityList';
import type { OperationContext } from '../../shared/operation';
import { readPagedList } from '../../shared/pagedList';
import { returnAllProperties } from '../../shared/returnAll';

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
	return await readPagedList.call(this, COMMUNITY_LIST, {
		itemIndex,
		timeout,
		named: (entry) => ({
			communityId: entry.id ?? null,
			communityName: entry.name ?? null,
			...entry,
		}),
	});
}
