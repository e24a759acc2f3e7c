import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readOptionalText, readTextParameter } from '../../shared/parameters';
import { sendOnce } from '../../shared/retryState';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName: 'Channel Name',
		name: 'channelName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme Store News',
		description: 'The name of the new WhatsApp channel',
	},
	{
		displayName: 'Description',
		name: 'channelDescription',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. Offers and news from Acme Store',
		description:
			'What the channel is about; left empty, the channel has none. A picture can be set afterwards with Update Picture.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['create'] } },
	properties,
);

/** POST /create-newsletter (newsletter/create-newsletter.md); outputs `{channelId, name, description, id}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const name = readTextParameter.call(this, itemIndex, {
		name: 'channelName',
		displayName: 'Channel Name',
		hint: 'give the channel a name, e.g. "Acme Store News"',
	});
	const text = readOptionalText.call(
		this,
		itemIndex,
		'Description',
		this.getNodeParameter('channelDescription', itemIndex, ''),
	);
	const body: IDataObject = { name };
	if (text) body.description = text;
	// Each request creates another channel: a retry pass gets the first outcome instead.
	return await sendOnce(this, `POST /create-newsletter:${itemIndex}`, async () => {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/create-newsletter',
			body,
			itemIndex,
			timeout,
			action: `create the channel "${name}"`,
			expect: ['id'],
			ifUncertain:
				'The channel may have been created anyway: look for it with Channel → Get Many before you run this again.',
		});
		return { channelId: answer.id, name, description: text || null, ...answer } as IDataObject;
	});
}
