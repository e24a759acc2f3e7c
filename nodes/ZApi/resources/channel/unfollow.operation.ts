import { idOnlyOperation } from './idOnly';

/** PUT /unfollow-newsletter (newsletter/unfollow-newsletter.md): `{"id": …}`, answered `{"value": true}`. */
export const { description, execute } = idOnlyOperation({
	operation: 'unfollow',
	method: 'PUT',
	endpoint: '/unfollow-newsletter',
	done: 'unfollowed',
	action: (channelId) => `unfollow the channel ${channelId}`,
});
