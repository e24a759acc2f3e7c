import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName:
			'Deletes every message waiting in the send queue of this instance: they will not be sent.',
		name: 'deleteQueueNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['deleteQueue'] } },
	properties,
);

export const toolDescription =
	'Deletes every message waiting in the Z-API send queue of this WhatsApp number, so that none of them is sent, e.g. to stop a bulk send that went wrong. No input. Returns queueDeleted: true.';

/** DELETE /queue (queue/delete-queue.md); Z-API documents a 200 without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	// Through the send door: a retry pass gets the first outcome, so a delete that may have reached
	// Z-API is not sent again (between the two, new sends may have been queued).
	return await sendOnce(this, `DELETE /queue:${itemIndex}`, async () => {
		await zApiRequest.call(this, {
			method: 'DELETE',
			endpoint: '/queue',
			itemIndex,
			timeout,
			action: 'delete the send queue',
			ifUncertain:
				'The queue may have been deleted anyway: check it with Instance → Get Queue before you run this again.',
			acceptEmptyAnswer: true,
		});
		return { queueDeleted: true } as IDataObject;
	});
}
