import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { mediaValue, readMedia } from '../../shared/media';
import type { MediaOption } from '../../shared/mediaFields';
import {
	additionalFieldsOf,
	mediaOptionFields,
	mediaSourceFields,
	readMediaOptions,
} from '../../shared/mediaFields';
import type { OperationContext } from '../../shared/operation';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';

// Both of Z-API's pages list caption, messageId, delayMessage, viewOnce and async.
const SHARED: SendFieldSet = { reply: true, delayTyping: false };
const OPTIONS: MediaOption[] = ['caption', 'viewOnce', 'async'];

const properties: INodeProperties[] = [
	recipientField,
	...mediaSourceFields('video'),
	additionalFieldsOf([...mediaOptionFields('video', OPTIONS), ...sendFields(SHARED)]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendVideo'] } },
	properties,
);

export const toolDescription = `Sends a video to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the video as a public URL (e.g. https://example.com/clip.mp4) of an MP4 or 3GP file, or as a data URL (data:video/mp4;base64,…) if the node's Video Source is Base64; optionally a caption shown under it. Returns messageId. Each call sends the video again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const video = await readMedia.call(this, itemIndex, 'video');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = {
		phone,
		video: mediaValue(video),
		...readMediaOptions.call(this, fields, OPTIONS, itemIndex),
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-video',
		body,
		itemIndex,
		timeout,
		what: 'a video',
	});
}
