import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { sendStatus } from './statusSend';

const properties: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 4 },
		placeholder: 'e.g. We are open on Sunday from 9 to 13!',
		description:
			'The text of the status, sent exactly as written. Your contacts see it for 24 hours.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['status'], operation: ['sendText'] } },
	properties,
);

export const toolDescription = `Posts a text to this account's WhatsApp status, which its contacts see for 24 hours. Input: the text, posted exactly as written. Returns messageId and zaapId. Each call posts the status again: ${TOOL_TEXT.notRepeatable}.`;

/** POST /send-text-status `{message}` (status/send-text-status.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the text of the status',
		trim: false,
	});
	return await sendStatus.call(this, {
		endpoint: '/send-text-status',
		body: { message },
		itemIndex,
		timeout,
		what: 'a text status',
	});
}
