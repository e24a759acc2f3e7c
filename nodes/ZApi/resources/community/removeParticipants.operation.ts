import { memberOperation } from './members';

export const { description, toolDescription, execute } = memberOperation({
	operation: 'removeParticipants',
	endpoint: '/remove-participant',
	who: 'The people to remove from the community',
	action: 'remove participants from the community',
	doneField: 'removed',
	lidIds: 'accepted',
	tool: 'Removes people from a WhatsApp community.',
});
