import { memberOperation } from './members';

export const { description, toolDescription, execute } = memberOperation({
	operation: 'demoteAdmins',
	endpoint: '/remove-admin',
	who: 'The admins to turn back into ordinary participants of the community',
	action: 'remove admin rights in the community',
	doneField: 'demoted',
	lidIds: 'accepted',
	tool: 'Turns admins of a WhatsApp community back into ordinary participants.',
});
