import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { readTextParameter } from '../../shared/parameters';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName: 'Zaap ID',
		name: 'zaapId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 019D44A1B2C3D4E5F6A7B8C9D68DA6',
		description:
			'The zaapId of the queued message: from the answer of a send, or from Instance → Get Queue',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['deleteQueuedMessage'] } },
	properties,
);

export const toolDescription =
	'Deletes one message waiting in the Z-API send queue of this WhatsApp number, so that it is not sent. Input: the zaapId of the message (from the answer of a send or from Get Queue, e.g. 019D44A1B2C3D4E5F6A7B8C9D68DA6). Returns zaapId and deleted: true.';

// Z-API's ids are letters and digits; anything else would change the path.
const ZAAP_ID = /^[A-Za-z0-9_-]+$/;

/** DELETE /queue/{zaapid} (queue/delete-queue-id.md); Z-API documents a 200 without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const zaapId = readTextParameter.call(this, itemIndex, {
		name: 'zaapId',
		displayName: 'Zaap ID',
		hint: 'give the zaapId of the queued message, e.g. 019D44A1B2C3D4E5F6A7B8C9D68DA6',
	});
	if (!ZAAP_ID.test(zaapId)) {
		throw inputError(
			this.getNode(),
			`Zaap ID must be letters, digits, - or _ only (got ${JSON.stringify(zaapId)}): give the zaapId of the queued message, e.g. 019D44A1B2C3D4E5F6A7B8C9D68DA6`,
			itemIndex,
		);
	}
	// Through the send door: a retry pass gets the first outcome instead of deleting again.
	return await sendOnce(this, `DELETE /queue/${zaapId}:${itemIndex}`, async () => {
		await zApiRequest.call(this, {
			method: 'DELETE',
			endpoint: `/queue/${zaapId}`,
			itemIndex,
			timeout,
			action: `delete the message ${zaapId} from the send queue`,
			ifUncertain:
				'The message may have been deleted from the queue anyway: check it with Instance → Get Queue before you run this again.',
			acceptEmptyAnswer: true,
		});
		return { zaapId, deleted: true } as IDataObject;
	});
}
