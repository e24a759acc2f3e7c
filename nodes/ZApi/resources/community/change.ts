/** How every Community operation that changes something talks to Z-API: once, and checked. */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { sendOnce } from '../../shared/retryState';
import { zApiRequestConfirmed } from '../../shared/valueTrue';
import { zApiRequest } from '../../transport/request';

/** What an uncertain change's message ends with, unless the operation has its own words. */
export const CHECK_THE_COMMUNITY =
	'The change may have been made anyway: check the community (Community → Get Metadata) before you run this again.';

export interface CommunityChange {
	method: IHttpRequestMethods;
	endpoint: string;
	body?: IDataObject;
	itemIndex: number;
	timeout: number;
	/** Words for messages: `link groups to the community 120363019502650977`. */
	action: string;
	ifUncertain?: string;
	/** The field Z-API's page says is true when the change was made (`value` or `success`). */
	confirm?: 'value' | 'success';
	/** Fields the answer must have otherwise. */
	expect?: string[];
	/** Z-API documents a 200 without a body (Deactivate). */
	acceptEmptyAnswer?: boolean;
}

/**
 * Sends the change through the send door (a retry pass of the same item gets the first outcome
 * instead of sending again) and fails the item when Z-API's answer does not confirm it.
 */
export async function changeCommunity(
	this: IExecuteFunctions,
	change: CommunityChange,
): Promise<IDataObject> {
	const { confirm, itemIndex } = change;
	const key = `${change.method} ${change.endpoint} ${JSON.stringify(change.body ?? {})}:${itemIndex}`;
	const request = {
		method: change.method,
		endpoint: change.endpoint,
		body: change.body,
		itemIndex,
		timeout: change.timeout,
		action: change.action,
		ifUncertain: change.ifUncertain ?? CHECK_THE_COMMUNITY,
		acceptEmptyAnswer: change.acceptEmptyAnswer,
	};
	return await sendOnce(this, key, async () =>
		confirm
			? await zApiRequestConfirmed.call(this, {
					...request,
					confirm,
					notConfirmed: `Z-API answers "${confirm}": true when WhatsApp made the change. Anything else means it did not: check that the connected number is an admin of the community, and that the groups or participants given are (or, to add them, are not yet) in it.`,
				})
			: await zApiRequest.call(this, { ...request, expect: change.expect }),
	);
}
