import { idOnlyOperation } from './idOnly';

/** DELETE /delete-newsletter (newsletter/delete-newsletter.md): `{"id": …}`, answered `{"value": true}`. */
export const { description, execute } = idOnlyOperation({
	operation: 'delete',
	method: 'DELETE',
	endpoint: '/delete-newsletter',
	done: 'deleted',
	action: (channelId) => `delete the channel ${channelId}`,
	once: {
		ifUncertain:
			'The channel may have been deleted anyway: look for it with Channel → Get Many before you run this again.',
	},
});
