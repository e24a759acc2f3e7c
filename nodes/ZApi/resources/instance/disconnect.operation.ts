import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { toNodeApiError } from '../../transport/errors';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName:
			'The number stays disconnected, and Z-API sends no webhooks, until someone reads the QR code again with the phone (Instance → Get QR Code, or the Z-API panel).',
		name: 'disconnectNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['disconnect'] } },
	properties,
);

export const toolDescription =
	'Disconnects this WhatsApp number from Z-API: nothing can be sent or received, and webhooks stop, until someone reads the QR code again with the phone. Use it only when the user explicitly asks to disconnect WhatsApp. No input. Returns disconnected: true.';

const ACTION = 'disconnect the instance';

/**
 * GET /disconnect. Z-API does not document its answer: an empty one or any JSON without `error`
 * counts, except `"value": false`. Outputs `{disconnected: true}`.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/disconnect',
		itemIndex,
		timeout,
		action: ACTION,
		acceptEmptyAnswer: true,
		changes: true,
		ifUncertain:
			'The number may have been disconnected anyway: check it with Instance → Get Status before you run this again.',
	});
	if (answer.value !== false) return { disconnected: true };
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm when trying to ${ACTION} (it answered "value": false)`,
			description:
				'The number is probably still connected: check it with Instance → Get Status, or in the Z-API panel.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		itemIndex,
	);
}
