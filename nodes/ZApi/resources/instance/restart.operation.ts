import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { toNodeApiError } from '../../transport/errors';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['restart'] } },
	properties,
);

export const toolDescription =
	'Restarts the Z-API instance of this WhatsApp number, e.g. when messages stop going out; the QR code does not need to be read again. No input. Returns restarted: true.';

const ACTION = 'restart the instance';

/** GET /restart; only `{"value": true}` counts. Outputs `{restarted: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/restart',
		itemIndex,
		timeout,
		action: ACTION,
		expect: ['value'],
		changes: true,
		ifUncertain:
			'The instance may have restarted anyway: check it with Instance → Get Status before you run this again.',
	});
	if (answer.value === true) return { restarted: true };
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm the restart when trying to ${ACTION} (it answered "value": ${JSON.stringify(answer.value)})`,
			description:
				'Z-API answers "value": true when the instance restarts. Check the instance in the Z-API panel, or with Instance → Get Status.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		itemIndex,
	);
}
