import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';
import { withChannelId } from './getMany.operation';

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['getMetadata'] } },
	[channelIdField],
);

/** GET /newsletter/metadata/{id} (newsletter/newsletter-metadata.md): the id as Z-API writes it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const channelId = readChannelIdParameter.call(this, itemIndex);
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		// The id is digits@newsletter (checked): nothing in it changes the path.
		endpoint: `/newsletter/metadata/${channelId}`,
		itemIndex,
		timeout,
		action: `read the metadata of the channel ${channelId}`,
		expect: ['id'],
	});
	return withChannelId(answer);
}
