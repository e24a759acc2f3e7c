import { chatLabelOperation } from './chatLabel';

export const { description, toolDescription, execute } = chatLabelOperation({
	operation: 'addToChat',
	verb: 'add',
	done: 'added',
	action: (labelId, phone) => `add the label ${labelId} to the chat ${phone}`,
	toolDescription:
		'Puts a label (tag) of this WhatsApp Business account on a chat, e.g. to mark a customer as "New order". Input: the labelId (from Get Many or Create, e.g. 10); the chat\'s phone number with country code and area code, digits only (e.g. 5511999998888). Returns labelId, phone and added: true.',
});
