import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['getStatus'] } },
	properties,
);

export const toolDescription =
	'Checks whether this WhatsApp number is connected to Z-API, which it must be for messages to go out. No input. Returns connected (true or false), smartphoneConnected (whether the phone itself is online) and error, Z-API\'s words for the state, present even when all is well (e.g. "You are already connected." or "You are not connected.").';

/**
 * Z-API's answer is `{connected, error, smartphoneConnected}`, and its `error` is the state in words,
 * there when all is well too: an answer with a boolean `connected` is a status, whatever its `error`.
 */
function statusOf(body: unknown): IDataObject | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { connected, smartphoneConnected, error } = body as IDataObject;
	if (typeof connected !== 'boolean') return undefined;
	return {
		connected,
		smartphoneConnected: typeof smartphoneConnected === 'boolean' ? smartphoneConnected : null,
		error: typeof error === 'string' ? error : null,
	};
}

/** GET /status; outputs `{connected, smartphoneConnected, error}`, Z-API's words as they are. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	return await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/status',
		itemIndex,
		timeout,
		action: 'read the status of the instance',
		// Anything else, `{"error": "null not allowed"}` too, is the transport's usual failure.
		accept: statusOf,
	});
}
