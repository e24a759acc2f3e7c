import { memberOperation } from './members';

export const { description, toolDescription, execute } = memberOperation({
	operation: 'addParticipants',
	endpoint: '/add-participant',
	who: 'The people to add to the community',
	action: 'add participants to the community',
	doneField: 'added',
	lidIds: 'refused',
	tool: 'Adds people to a WhatsApp community (they join its announcement group); people who cannot be added directly get a private invitation link if Auto Invite is on.',
});
