/** One call to the trigger as Z-API makes it once registered: the right secret, the static data. */
import type { INodeParameters } from 'n8n-workflow';

import type { Call } from '../../helpers/trigger';
import { TRIGGER_CREDENTIALS, callTrigger, registeredWith } from '../../helpers/trigger';

export const SECRET = 'f'.repeat(32) + '0123456789abcdef'.repeat(2);
export const ALL_EVENTS = [
	'messageReceived',
	'pollVote',
	'buttonReply',
	'listReply',
	'messageStatus',
	'delivery',
	'connected',
	'disconnected',
	'chatPresence',
	'participantAdded',
	'participantRemoved',
	'participantLeft',
	'groupCreated',
	'membershipRequest',
	'inviteLinkSettingChanged',
	'otherNotification',
];

export async function call(parameters: INodeParameters, body: unknown, extra: Partial<Call> = {}) {
	return await callTrigger({
		parameters: { events: ['participantAdded'], ...parameters },
		body,
		query: { secret: SECRET },
		staticData: registeredWith(SECRET),
		...extra,
	});
}

export function expectNoLeak(text: string) {
	expect(text).not.toContain(SECRET);
	expect(text).not.toContain(String(TRIGGER_CREDENTIALS.zApiApi.instanceToken));
	expect(text).not.toContain(String(TRIGGER_CREDENTIALS.zApiApi.clientToken));
}
