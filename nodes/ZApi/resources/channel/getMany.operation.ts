import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readResultLimit, returnAllProperties } from '../../shared/returnAll';
import { zApiRequest } from '../../transport/request';

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['getMany'] } },
	returnAllProperties,
);

/** Z-API's view of a channel with channelId first, the name every other operation uses. */
export function withChannelId(entry: IDataObject): IDataObject {
	return { channelId: entry.id ?? null, ...entry };
}

/**
 * GET /newsletter (newsletter/newsletter-list.md): the channels the number owns or follows, in one
 * answer (Z-API does not page it). One output item per channel.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const limit = readResultLimit.call(this, itemIndex);
	const { list } = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/newsletter',
		itemIndex,
		timeout,
		action: 'list the channels',
		// Documented as a list; anything else is the transport's usual failure.
		accept: (body) => (Array.isArray(body) ? { list: body } : undefined),
	});
	return (list as IDataObject[]).slice(0, limit).map(withChannelId);
}
