import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNodeApiError } from '../transport/errors';
import type { ZApiRequest } from '../transport/request';
import { zApiRequest } from '../transport/request';

function shown(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'number') {
		return JSON.stringify(value);
	}
	return value === undefined ? 'nothing' : `a ${typeof value}`;
}

export type ConfirmedRequest = Omit<ZApiRequest, 'expect'> & {
	/** The field Z-API's page says is true when the change was made; `value` when not given. */
	confirm?: 'value' | 'success';
	/** What the user can check when Z-API did not confirm; the group words when not given. */
	notConfirmed?: string;
};

/**
 * A Z-API request that changes something and is documented to answer `{"value": true}` (rename a
 * group, add participants…) or `{"success": true}`. Any other answer, such as `{"value": false}`,
 * means the change was not made: it fails the item with a NodeApiError instead of passing for a
 * success. It does not retry; these changes are idempotent, so n8n's Retry On Fail may send them
 * again.
 */
export async function zApiRequestConfirmed(
	this: IExecuteFunctions,
	{ confirm = 'value', notConfirmed, ...request }: ConfirmedRequest,
): Promise<IDataObject> {
	// `expect` turns an answer without the field at all into the transport's usual failure.
	const answer = await zApiRequest.call(this, { ...request, expect: [confirm] });
	if (answer[confirm] === true) return answer;
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm the change when trying to ${request.action} (it answered "${confirm}": ${shown(answer[confirm])})`,
			description:
				notConfirmed ??
				'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check that the number connected to the instance is still in the group and is an admin of it, and that the participants given are (or, to add them, are not yet) in the group.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		request.itemIndex,
	);
}

/** The group operations' name for it: each of their changes is confirmed by `value`. */
export const zApiRequestValueTrue = zApiRequestConfirmed;
