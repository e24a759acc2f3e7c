import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { GROUP_LIST } from '../../shared/groupList';
import type { OperationContext } from '../../shared/operation';
import { readPagedList } from '../../shared/pagedList';
import { returnAllProperties } from '../../shared/returnAll';

export { MAX_PAGES } from '../../shared/groupList';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getMany'] } },
	returnAllProperties,
);

/** The names every other operation's output uses, first (Z-API's phone and name stay too). */
function named(entry: IDataObject): IDataObject {
	const group: IDataObject = { groupId: null, groupName: null, ...entry };
	group.groupId = entry.phone ?? null;
	group.groupName = entry.name ?? null;
	return group;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	return await readPagedList.call(this, GROUP_LIST, { itemIndex, timeout, named });
}
