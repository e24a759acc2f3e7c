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

// messageId is on the English page only, delayTyping on the Portuguese one only: neither is offered.
const SHARED: SendFieldSet = { reply: false, delayTyping: false };
const OPTIONS: MediaOption[] = ['viewOnce', 'async', 'waveform'];

const properties: INodeProperties[] = [
	recipientField,
	...mediaSourceFields('audio'),
	additionalFieldsOf([...mediaOptionFields('audio', OPTIONS), ...sendFields(SHARED)]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendAudio'] } },
	properties,
);

export const toolDescription = `Sends an audio file or voice message to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the audio as a public URL (e.g. https://example.com/message.mp3) of an MP3, OGG, M4A, AAC or AMR file, or as a data URL (data:audio/mpeg;base64,…) if the node's Audio Source is Base64. Returns messageId. Each call sends the audio again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const audio = await readMedia.call(this, itemIndex, 'audio');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = {
		phone,
		audio: mediaValue(audio),
		...readMediaOptions.call(this, fields, OPTIONS, itemIndex),
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-audio',
		body,
		itemIndex,
		timeout,
		what: 'an audio message',
	});
}
