import { chatLabelOperation } from './chatLabel';

export const { description, toolDescription, execute } = chatLabelOperation({
	operation: 'removeFromChat',
	verb: 'remove',
	done: 'removed',
	action: (labelId, phone) => `remove the label ${labelId} from the chat ${phone}`,
	toolDescription:
		"Takes a label (tag) of this WhatsApp Business account off a chat. Input: the labelId (from Get Many or Create, e.g. 10); the chat's phone number with country code and area code, digits only (e.g. 5511999998888). Returns labelId, phone and removed: true.",
});
