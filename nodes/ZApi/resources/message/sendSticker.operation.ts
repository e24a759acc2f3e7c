import { mediaSendOperation } from '../../shared/mediaSend';
import { TOOL_TEXT } from '../../shared/toolDescription';

export const { description, toolDescription, execute } = mediaSendOperation({
	operation: 'sendSticker',
	kind: 'sticker',
	endpoint: '/send-sticker',
	what: 'a sticker',
	// Both of Z-API's pages list messageId, delayMessage and stickerAuthor.
	shared: { reply: true, delayTyping: false },
	options: ['stickerAuthor'],
	toolDescription: `Sends a sticker to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the sticker as a public URL (e.g. https://example.com/sticker.webp) of a WebP, PNG or JPEG image, or as a data URL (data:image/webp;base64,…) if the node's Sticker Source is Base64. Returns messageId. Each call sends the sticker again: ${TOOL_TEXT.notRepeatable}.`,
});
