import { idOnlyOperation } from './idOnly';

/** PUT /mute-newsletter (newsletter/mute-newsletter.md): `{"id": …}`, answered `{"value": true}`. */
export const { description, execute } = idOnlyOperation({
	operation: 'mute',
	method: 'PUT',
	endpoint: '/mute-newsletter',
	done: 'muted',
	action: (channelId) => `mute the channel ${channelId}`,
});
