import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNodeApiError } from '../transport/errors';
import type { ZApiRequest } from '../transport/request';
import { zApiRequest } from '../transport/request';

function shown(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'number') {
		return JSON.stringify(value);
	}
	return `a ${typeof value}`;
}

/**
 * A Z-API request that changes something and is documented to answer `{"value": true}` (rename a
 * group, add participants…). Any other answer, such as `{"value": false}`, means the change was not
 * made: it fails the item with a NodeApiError instead of passing for a success. It does not retry;
 * these changes are idempotent, so n8n's Retry On Fail may send them again.
 */
export async function zApiRequestValueTrue(
	this: IExecuteFunctions,
	{
		notConfirmed,
		...request
	}: Omit<ZApiRequest, 'expect'> & {
		/** What the user can check when Z-API did not confirm; the group words when not given. */
		notConfirmed?: string;
	},
): Promise<IDataObject> {
	// `expect` turns an answer with no `value` at all into the transport's usual failure.
	const answer = await zApiRequest.call(this, { ...request, expect: ['value'] });
	if (answer.value === true) return answer;
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm the change when trying to ${request.action} (it answered "value": ${shown(answer.value)})`,
			description:
				notConfirmed ??
				'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check that the number connected to the instance is still in the group and is an admin of it, and that the participants given are (or, to add them, are not yet) in the group.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		request.itemIndex,
	);
}
