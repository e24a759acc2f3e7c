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

// Both of Z-API's pages list caption, messageId, delayMessage and viewOnce.
const SHARED: SendFieldSet = { reply: true, delayTyping: false };
const OPTIONS: MediaOption[] = ['caption', 'viewOnce'];

const properties: INodeProperties[] = [
	recipientField,
	...mediaSourceFields('image'),
	additionalFieldsOf([...mediaOptionFields('image', OPTIONS), ...sendFields(SHARED)]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendImage'] } },
	properties,
);

export const toolDescription = `Sends an image to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the image as a public URL (e.g. https://example.com/photo.jpg) of a JPEG, PNG or WebP file, or as a data URL (data:image/png;base64,…) if the node's Image Source is Base64; optionally a caption shown under it. Returns messageId. Each call sends the image again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const image = await readMedia.call(this, itemIndex, 'image');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = {
		phone,
		image: mediaValue(image),
		...readMediaOptions.call(this, fields, OPTIONS, itemIndex),
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-image',
		body,
		itemIndex,
		timeout,
		what: 'an image',
	});
}
