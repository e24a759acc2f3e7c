import { mediaSendOperation } from '../../shared/mediaSend';
import { TOOL_TEXT } from '../../shared/toolDescription';

export const { description, toolDescription, execute } = mediaSendOperation({
	operation: 'sendAudio',
	kind: 'audio',
	endpoint: '/send-audio',
	what: 'an audio message',
	// messageId is on the English page only, delayTyping on the Portuguese one only: neither is offered.
	shared: { reply: false, delayTyping: false },
	options: ['viewOnce', 'async', 'waveform'],
	toolDescription: `Sends an audio file or voice message to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the audio as a public URL (e.g. https://example.com/message.mp3) of an MP3, OGG, M4A, AAC or AMR file, or as a data URL (data:audio/mpeg;base64,…) if the node's Audio Source is Base64. Returns messageId. Each call sends the audio again: ${TOOL_TEXT.notRepeatable}.`,
});
