import { TOOL_TEXT } from '../../shared/toolDescription';
import { statusMediaOperation } from './statusMedia';

export const { description, toolDescription, execute } = statusMediaOperation({
	operation: 'sendImage',
	kind: 'image',
	endpoint: '/send-image-status',
	what: 'an image status',
	toolDescription: `Posts an image to this account's WhatsApp status, which its contacts see for 24 hours. Input: the image as a public URL (e.g. https://example.com/photo.jpg) of a JPEG, PNG or WebP file, or as a data URL (data:image/png;base64,…) if the node's Image Source is Base64; optionally a caption shown under it. Returns messageId and zaapId. Each call posts the status again: ${TOOL_TEXT.notRepeatable}.`,
});
