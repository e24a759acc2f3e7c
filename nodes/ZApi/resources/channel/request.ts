/** The requests of the Channel operations that change a channel, and what their failures say. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toNodeApiError } from '../../transport/errors';
import type { ZApiRequest } from '../../transport/request';
import { zApiRequest } from '../../transport/request';

/** What an uncertain change of a channel's message ends with. */
export const CHECK_CHANNEL =
	'The change may have been made anyway: check the channel (Channel → Get Metadata) before you run this again.';

function shown(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'number') {
		return JSON.stringify(value);
	}
	return `a ${typeof value}`;
}

/**
 * A change Z-API documents to answer `{"value": true}` (rename, follow, mute…): any other answer means
 * it was not made, and fails the item. These changes are idempotent: n8n's Retry On Fail may send them
 * again.
 */
export async function changeChannel(
	this: IExecuteFunctions,
	request: Omit<ZApiRequest, 'expect'>,
): Promise<IDataObject> {
	const answer = await zApiRequest.call(this, {
		ifUncertain: CHECK_CHANNEL,
		...request,
		expect: ['value'],
	});
	if (answer.value === true) return answer;
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm the change when trying to ${request.action} (it answered "value": ${shown(answer.value)})`,
			description:
				'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check the channel ID (Channel → Get Many lists your channels) and, for a change to the channel itself, that the connected number runs it (it created the channel or is one of its admins).',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		request.itemIndex,
	);
}
