import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { photoFromUrlOrBase64 } from '../../shared/photo';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

// messageId is on the English page only, delayTyping and linkType on the Portuguese one only.
const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		placeholder: 'e.g. Our new catalogue is online:',
		description:
			'The text sent with the link. Z-API needs it to end with the Link URL: when it does not, the node adds the link at the end, on a new line.',
	},
	{
		displayName: 'Link URL',
		name: 'linkUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/catalogue',
		description: 'The http(s) address the preview opens',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Spring Catalogue',
		description: 'The title shown in the link preview',
	},
	{
		displayName: 'Link Description',
		name: 'linkDescription',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Every product of the season, with prices',
		description: 'The text shown under the title in the link preview',
	},
	{
		displayName: 'Image',
		name: 'image',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/catalogue.png',
		description:
			'The preview image: its public http(s) URL, or the image as a Base64 data URL (data:image/png;base64,…)',
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendLink'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp message with a link and its preview (title, description and image). Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the text; the link (e.g. https://example.com/catalogue), which is added at the end of the text unless the text already ends with it; the preview's title, description and image URL. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

function readLinkUrl(this: IExecuteFunctions, itemIndex: number): string {
	const text = readTextParameter.call(this, itemIndex, {
		name: 'linkUrl',
		displayName: 'Link URL',
		hint: 'give the address to share, e.g. https://example.com/catalogue',
	});
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || /\s/.test(text)) {
		throw inputError(
			this.getNode(),
			`Link URL: ${JSON.stringify(text)} is not an http(s) address: write it whole, e.g. https://example.com/catalogue`,
			itemIndex,
		);
	}
	return text;
}

function readImage(this: IExecuteFunctions, itemIndex: number): string {
	const value = readTextParameter.call(this, itemIndex, {
		name: 'image',
		displayName: 'Image',
		hint: 'give the preview image’s URL, e.g. https://example.com/catalogue.png, or a data URL (data:image/png;base64,…)',
	});
	// Z-API documents Base64 media as data URLs only: bare Base64 says nothing of its type.
	if (!/^([a-z][a-z0-9+.-]*:\/\/|data:)/i.test(value)) {
		const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
		throw inputError(
			this.getNode(),
			`Image: ${shown} is neither an image URL (https://…) nor a Base64 data URL (data:image/png;base64,…)`,
			itemIndex,
		);
	}
	try {
		return photoFromUrlOrBase64(value);
	} catch (error) {
		throw inputError(this.getNode(), `Image: ${(error as Error).message}`, itemIndex);
	}
}

/** The text as Z-API wants it: ending with the link (added on a new line when missing). */
export function messageEndingWith(message: string, linkUrl: string): string {
	const text = message.trimEnd();
	return text.endsWith(linkUrl) ? text : `${text}\n${linkUrl}`;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the text to send with the link',
		trim: false,
	});
	const linkUrl = readLinkUrl.call(this, itemIndex);
	const text = (name: string, displayName: string, hint: string) =>
		readTextParameter.call(this, itemIndex, { name, displayName, hint });
	const title = text('title', 'Title', 'give the preview a title, e.g. "Spring Catalogue"');
	const linkDescription = text(
		'linkDescription',
		'Link Description',
		'give the preview a description, e.g. "Every product of the season"',
	);
	const image = readImage.call(this, itemIndex);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body = {
		phone,
		message: messageEndingWith(message, linkUrl),
		image,
		linkUrl,
		title,
		linkDescription,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-link',
		body,
		itemIndex,
		timeout,
		what: 'a link',
	});
}
