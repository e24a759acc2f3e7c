/** The requests of the Channel operations that change a channel, and what their failures say. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { zApiRequestConfirmed } from '../../shared/valueTrue';
import type { ZApiRequest } from '../../transport/request';

/** What an uncertain change of a channel's message ends with. */
export const CHECK_CHANNEL =
	'The change may have been made anyway: check the channel (Channel → Get Metadata) before you run this again.';

const NOT_CONFIRMED =
	'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check the channel ID (Channel → Get Many lists your channels) and, for a change to the channel itself, that the connected number runs it (it created the channel or is one of its admins).';

/**
 * A change Z-API documents to answer `{"value": true}` (rename, follow, mute…): any other answer means
 * it was not made, and fails the item. These changes are idempotent: n8n's Retry On Fail may send them
 * again.
 */
export async function changeChannel(
	this: IExecuteFunctions,
	request: Omit<ZApiRequest, 'expect'>,
): Promise<IDataObject> {
	return await zApiRequestConfirmed.call(this, {
		ifUncertain: CHECK_CHANNEL,
		...request,
		notConfirmed: NOT_CONFIRMED,
	});
}
