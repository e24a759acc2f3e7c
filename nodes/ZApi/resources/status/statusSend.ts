/**
 * What the Status sends share: the one door a status goes through (sendOnce: a retry pass gets the
 * first outcome, never a second status), and the output `{messageId, zaapId}` with Z-API's answer.
 * A status goes to the account's own contacts: there is no recipient.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { sendOnce } from '../../shared/retryState';
import { zApiRequest } from '../../transport/request';

export const STATUS_MAY_HAVE_BEEN_POSTED =
	'The status may have been posted anyway: do not post it again, or it may show twice. Check your status in WhatsApp first.';

export interface StatusSend {
	/** `/send-text-status`… */
	endpoint: string;
	body: IDataObject;
	itemIndex: number;
	timeout: number;
	/** What is posted, in words: `an image status`. */
	what: string;
}

/** POSTs the status once per run of the node; Z-API answers `{zaapId, messageId}`. */
export async function sendStatus(
	this: IExecuteFunctions,
	{ endpoint, body, itemIndex, timeout, what }: StatusSend,
): Promise<IDataObject> {
	return await sendOnce(this, `${endpoint}:${itemIndex}:${JSON.stringify(body)}`, async () => {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint,
			body,
			itemIndex,
			timeout,
			action: `post ${what}`,
			ifUncertain: STATUS_MAY_HAVE_BEEN_POSTED,
			expect: ['messageId'],
		});
		return { messageId: answer.messageId, zaapId: answer.zaapId ?? null, ...answer };
	});
}
