import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { labelIdField, readLabelIdParameter } from '../../shared/labelId';
import type { OperationContext } from '../../shared/operation';
import { businessNotice } from './labelFields';
import { changeLabels } from './labelRequest';

export const description = updateDisplayOptions(
	{ show: { resource: ['label'], operation: ['delete'] } },
	[businessNotice('delete'), labelIdField],
);

export const toolDescription =
	'Deletes a label (tag) of this WhatsApp Business account; the chats that had it lose it. Input: the labelId (from Get Many or Create, e.g. 10). Returns labelId and deleted: true.';

/** DELETE /business/tag/{id} (business/delete-tag.md), answered `{success: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const labelId = readLabelIdParameter.call(this, itemIndex);
	await changeLabels.call(this, {
		method: 'DELETE',
		endpoint: `/business/tag/${labelId}`,
		itemIndex,
		timeout,
		action: `delete the label ${labelId}`,
		ifUncertain:
			'The label may have been deleted anyway: check it with Label → Get Many before you run this again.',
		confirm: 'success',
	});
	return { labelId, deleted: true };
}
