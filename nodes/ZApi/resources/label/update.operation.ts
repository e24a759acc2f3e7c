import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { labelIdField, readLabelIdParameter } from '../../shared/labelId';
import type { OperationContext } from '../../shared/operation';
import { labelBody } from './create.operation';
import { businessNotice, labelColorFields, labelNameField } from './labelFields';
import { changeLabels } from './labelRequest';

export const description = updateDisplayOptions(
	{ show: { resource: ['label'], operation: ['update'] } },
	[
		businessNotice('update'),
		labelIdField,
		{
			...labelNameField,
			description:
				'The label’s name after the change. Z-API requires it even to change only the color: give the current name to keep it.',
		},
		labelColorFields,
	],
);

export const toolDescription =
	"Changes the name, and optionally the color, of a label (tag) of this WhatsApp Business account. Input: the labelId (from Get Many or Create, e.g. 10); the name, required even to keep it; optionally the color's index (e.g. 2). Returns labelId and updated: true.";

/** POST /business/edit-tag/{id} (business/edit-tag.md), answered `{success: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const labelId = readLabelIdParameter.call(this, itemIndex);
	const body = labelBody.call(this, itemIndex);
	await changeLabels.call(this, {
		method: 'POST',
		endpoint: `/business/edit-tag/${labelId}`,
		body,
		itemIndex,
		timeout,
		action: `update the label ${labelId}`,
		ifUncertain:
			'The label may have been changed anyway: check it with Label → Get Many before you run this again.',
		confirm: 'success',
	});
	return { labelId, ...body, updated: true };
}
