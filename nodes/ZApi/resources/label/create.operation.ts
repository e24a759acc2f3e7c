import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readPassParameter } from '../../shared/passParameters';
import { readTextParameter } from '../../shared/parameters';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { businessNotice, labelColorFields, labelNameField, readLabelColor } from './labelFields';
import { changeLabels } from './labelRequest';

export const description = updateDisplayOptions(
	{ show: { resource: ['label'], operation: ['create'] } },
	[businessNotice('create'), labelNameField, labelColorFields],
);

export const toolDescription = `Creates a label (tag) in this WhatsApp Business account, to put on chats later. Input: the label's name (e.g. New customer); optionally its color, the index of one of the account's label colors (e.g. 1). Returns labelId, the new label's ID (e.g. 10): use it to add the label to a chat. Each call creates another label: ${TOOL_TEXT.notRepeatable}.`;

/** The body of create-tag and edit-tag: `{name}`, and `color` when the user added it. */
export function labelBody(
	this: IExecuteFunctions,
	itemIndex: number,
): { name: string; color?: number } {
	const name = readTextParameter.call(this, itemIndex, {
		name: 'name',
		displayName: 'Name',
		hint: 'give the label a name, e.g. "New customer"',
	});
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const color = readLabelColor.call(this, fields, itemIndex);
	return color === undefined ? { name } : { name, color };
}

/** POST /business/create-tag (business/create-tag.md), answered `{id}`: output `{labelId, name, color?, id}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const body = labelBody.call(this, itemIndex);
	const answer = await changeLabels.call(this, {
		method: 'POST',
		endpoint: '/business/create-tag',
		body,
		itemIndex,
		timeout,
		action: `create the label "${body.name}"`,
		ifUncertain:
			'The label may have been created anyway: look for it with Label → Get Many before you run this again.',
		confirm: 'id',
	});
	return { labelId: answer.id, ...body, ...answer };
}
