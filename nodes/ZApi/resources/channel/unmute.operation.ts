import { idOnlyOperation } from './idOnly';

/** PUT /unmute-newsletter (newsletter/unmute-newsletter.md): `{"id": …}`, answered `{"value": true}`. */
export const { description, execute } = idOnlyOperation({
	operation: 'unmute',
	method: 'PUT',
	endpoint: '/unmute-newsletter',
	done: 'unmuted',
	action: (channelId) => `unmute the channel ${channelId}`,
});
