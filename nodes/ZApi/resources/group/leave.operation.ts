import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

const properties: INodeProperties[] = [groupIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['leave'] } },
	properties,
);

/** Outputs `{groupId, left: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/leave-group',
		body: { groupId },
		itemIndex,
		timeout,
		action: `leave the group ${groupId}`,
	});
	return { groupId, left: true };
}
