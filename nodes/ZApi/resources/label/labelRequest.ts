/**
 * The requests of the Label operations: reads, and changes through the send door (sendOnce: a retry
 * pass gets the first outcome, never a second change). Z-API documents no error of its own for an
 * account without WhatsApp Business; a request it refused gets, after the transport's description,
 * what the label pages require and what to check.
 */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { sendOnce } from '../../shared/retryState';
import { zApiRequestConfirmed } from '../../shared/valueTrue';
import type { ZApiRequest } from '../../transport/request';
import { zApiRequest } from '../../transport/request';

export const LABELS_NEED_BUSINESS =
	'Z-API’s labels work only when the number connected to the instance uses the WhatsApp Business app (and WhatsApp’s multi-device version). If it does, check that the label exists (Label → Get Many) and, for a chat, that its phone number is right.';

// Refusals about the request itself: not the credential (401, 403), a bug (405, 415) or the rate (429).
const ABOUT_THE_REQUEST = /^(2\d\d|400|404|409|422)$/;

/**
 * A failure Z-API answered (HTTP 400, 404…, or an error in a 200 answer) whose own words are not about
 * the session or a token: its description ends with what labels need. Anything else is left as it is.
 */
export function explainLabelFailure(error: unknown): unknown {
	if (!(error instanceof NodeApiError)) return error;
	if (!ABOUT_THE_REQUEST.test(String(error.httpCode ?? ''))) return error;
	const said = (error.errorResponse as IDataObject | undefined)?.zApiError;
	if (typeof said === 'string' && /connect|session|token/i.test(said)) return error;
	const description = typeof error.description === 'string' ? error.description : '';
	error.description = description ? `${description} ${LABELS_NEED_BUSINESS}` : LABELS_NEED_BUSINESS;
	return error;
}

/** A read (GET /tags), from an execute pass or the editor's label picker. */
export async function readLabels(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	request: Pick<ZApiRequest, 'itemIndex' | 'timeout'>,
): Promise<unknown> {
	try {
		return await zApiRequest.call(this, {
			method: 'GET',
			endpoint: '/tags',
			...request,
			action: 'list the labels',
			changes: false,
			// Documented as a bare list of labels.
			accept: (body) => (Array.isArray(body) ? { labels: body } : undefined),
		});
	} catch (error) {
		throw explainLabelFailure(error);
	}
}

export interface LabelChange extends Omit<ZApiRequest, 'expect' | 'ifUncertain'> {
	ifUncertain: string;
	/** The field of the documented answer: `id` (create), `success` or `value` (true). */
	confirm: 'id' | 'success' | 'value';
}

/**
 * A change, sent once per run of the node. `success` and `value` must be true: anything else means
 * Z-API did not make the change, and the item fails instead of passing for a success.
 */
export async function changeLabels(
	this: IExecuteFunctions,
	change: LabelChange,
): Promise<IDataObject> {
	const { confirm, ...request } = change;
	const key = `${request.method} ${request.endpoint}:${request.itemIndex}:${JSON.stringify(request.body ?? null)}`;
	return await sendOnce(this, key, async () => {
		try {
			// Create is confirmed by the new label's id; the others by Z-API's own `true`.
			if (confirm === 'id') return await zApiRequest.call(this, { ...request, expect: ['id'] });
			return await zApiRequestConfirmed.call(this, {
				...request,
				confirm,
				// explainLabelFailure adds what labels need.
				notConfirmed: `Z-API answers "${confirm}": true when WhatsApp made the change. Anything else means it did not.`,
			});
		} catch (error) {
			throw explainLabelFailure(error);
		}
	});
}
