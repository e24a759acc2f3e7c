import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { keepOwnMessage } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';
import { businessNotice } from './labelFields';
import { readLabels } from './labelRequest';

export const description = updateDisplayOptions(
	{ show: { resource: ['label'], operation: ['getMany'] } },
	[businessNotice('getMany'), ...returnAllProperties],
);

export const toolDescription =
	'Lists the labels (tags) of this WhatsApp Business account, one entry per label with labelId (e.g. 10), name and color (the index of its color). Use it to find the ID of a label from its name. Input: whether to return all, or a limit. It only reads: calling it again is safe.';

/** A label with the name the other Label operations use first; Z-API's own fields stay too. */
export function named(entry: IDataObject): IDataObject {
	return { labelId: entry.id ?? null, ...entry };
}

/** GET /tags (business/tags.md): every label at once, as a list; one output item per label. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const { labels } = (await readLabels.call(this, { itemIndex, timeout })) as {
		labels: unknown[];
	};
	const entries = labels.filter(
		(entry): entry is IDataObject => !!entry && typeof entry === 'object' && !Array.isArray(entry),
	);
	if (entries.length !== labels.length) {
		const message = 'Z-API answered the list of labels with entries that are not labels';
		throw keepOwnMessage(new NodeOperationError(this.getNode(), message, { itemIndex }), message);
	}
	return entries.slice(0, limit).map(named);
}
