import { mediaSendOperation } from '../../shared/mediaSend';
import { TOOL_TEXT } from '../../shared/toolDescription';

export const { description, toolDescription, execute } = mediaSendOperation({
	operation: 'sendVideoNote',
	kind: 'ptv',
	endpoint: '/send-ptv',
	what: 'a video note',
	// Both of Z-API's pages list messageId and delayMessage. The file goes in `ptv`, as both pages'
	// examples and the Portuguese table have it (the English table names it `video`).
	shared: { reply: true, delayTyping: false },
	options: [],
	toolDescription: `Sends a video note (a round video message, like one recorded in WhatsApp) to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the video as a public URL (e.g. https://example.com/note.mp4) of an MP4 file, or as a data URL (data:video/mp4;base64,…) if the node's Video Note Source is Base64. Returns messageId. Each call sends the video note again: ${TOOL_TEXT.notRepeatable}.`,
});
