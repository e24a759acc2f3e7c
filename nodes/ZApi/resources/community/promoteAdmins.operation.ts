import { memberOperation } from './members';

export const { description, toolDescription, execute } = memberOperation({
	operation: 'promoteAdmins',
	endpoint: '/add-admin',
	who: 'The participants to make admins of the community (they must be in it already)',
	action: 'make participants admins of the community',
	doneField: 'promoted',
	lidIds: 'accepted',
	tool: 'Makes participants of a WhatsApp community its admins; they must be in it already.',
});
