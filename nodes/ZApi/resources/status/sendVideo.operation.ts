import { TOOL_TEXT } from '../../shared/toolDescription';
import { statusMediaOperation } from './statusMedia';

export const { description, toolDescription, execute } = statusMediaOperation({
	operation: 'sendVideo',
	kind: 'video',
	endpoint: '/send-video-status',
	what: 'a video status',
	maxMegabytes: 10,
	toolDescription: `Posts a video of at most 10 MB to this account's WhatsApp status, which its contacts see for 24 hours. Input: the video as a public URL (e.g. https://example.com/clip.mp4) of an MP4 or 3GP file, or as a data URL (data:video/mp4;base64,…) if the node's Video Source is Base64; optionally a caption shown under it. Returns messageId and zaapId. Each call posts the status again: ${TOOL_TEXT.notRepeatable}.`,
});
