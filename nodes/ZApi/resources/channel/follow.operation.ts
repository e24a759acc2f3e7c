import { idOnlyOperation } from './idOnly';

/** PUT /follow-newsletter (newsletter/follow-newsletter.md): `{"id": …}`, answered `{"value": true}`. */
export const { description, execute } = idOnlyOperation({
	operation: 'follow',
	method: 'PUT',
	endpoint: '/follow-newsletter',
	done: 'followed',
	action: (channelId) => `follow the channel ${channelId}`,
});
