import { mediaSendOperation } from '../../shared/mediaSend';
import { TOOL_TEXT } from '../../shared/toolDescription';

export const { description, toolDescription, execute } = mediaSendOperation({
	operation: 'sendImage',
	kind: 'image',
	endpoint: '/send-image',
	what: 'an image',
	// Both of Z-API's pages list caption, messageId, delayMessage and viewOnce.
	shared: { reply: true, delayTyping: false },
	options: ['caption', 'viewOnce'],
	toolDescription: `Sends an image to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the image as a public URL (e.g. https://example.com/photo.jpg) of a JPEG, PNG or WebP file, or as a data URL (data:image/png;base64,…) if the node's Image Source is Base64; optionally a caption shown under it. Returns messageId. Each call sends the image again: ${TOOL_TEXT.notRepeatable}.`,
});
