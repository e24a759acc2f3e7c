import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { changeChannel } from './request';

// Z-API's values (newsletter/update-newsletter-config.md): the reactions followers may use.
const REACTIONS = ['all', 'basic'];

const properties: INodeProperties[] = [
	channelIdField,
	{
		displayName: 'Reactions',
		name: 'reactionCodes',
		type: 'options',
		options: [
			{ name: 'All Reactions', value: 'all', description: 'Followers can react with any emoji' },
			{
				name: 'Basic Reactions Only',
				value: 'basic',
				description: "Followers can react only with WhatsApp's basic emojis",
			},
		],
		default: 'all',
		description: 'Which reactions followers can use on the messages of the channel',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['updateSettings'] } },
	properties,
);

/**
 * POST /newsletter/settings/{id} with `{"reactionCodes": "basic" | "all"}`; outputs
 * `{channelId, reactionCodes, settingsUpdated: true}`.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const channelId = readChannelIdParameter.call(this, itemIndex);
	const value = this.getNodeParameter('reactionCodes', itemIndex) as unknown;
	const reactionCodes = typeof value === 'string' ? value.trim().toLowerCase() : value;
	if (typeof reactionCodes !== 'string' || !REACTIONS.includes(reactionCodes)) {
		throw inputError(
			this.getNode(),
			`Reactions must be all or basic (got ${JSON.stringify(value) ?? 'nothing'})`,
			itemIndex,
		);
	}
	await changeChannel.call(this, {
		method: 'POST',
		// The id is digits@newsletter (checked): nothing in it changes the path.
		endpoint: `/newsletter/settings/${channelId}`,
		body: { reactionCodes },
		itemIndex,
		timeout,
		action: `change the settings of the channel ${channelId}`,
	});
	return { channelId, reactionCodes, settingsUpdated: true };
}
