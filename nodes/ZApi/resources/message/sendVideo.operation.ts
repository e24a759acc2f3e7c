import { mediaSendOperation } from '../../shared/mediaSend';
import { TOOL_TEXT } from '../../shared/toolDescription';

export const { description, toolDescription, execute } = mediaSendOperation({
	operation: 'sendVideo',
	kind: 'video',
	endpoint: '/send-video',
	what: 'a video',
	// Both of Z-API's pages list caption, messageId, delayMessage, viewOnce and async.
	shared: { reply: true, delayTyping: false },
	options: ['caption', 'viewOnce', 'async'],
	toolDescription: `Sends a video to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the video as a public URL (e.g. https://example.com/clip.mp4) of an MP4 or 3GP file, or as a data URL (data:video/mp4;base64,…) if the node's Video Source is Base64; optionally a caption shown under it. Returns messageId. Each call sends the video again: ${TOOL_TEXT.notRepeatable}.`,
});
