import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows, rowText } from '../../shared/choices';
import { isBase64, parseDataUrl } from '../../shared/dataUrl';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const ROWS: RowsOf = { name: 'buttons', key: 'button', label: 'Button', displayName: 'Buttons' };

export const BUTTON_STATUS_NOTICE =
	'Buttons depend on the sending account (WhatsApp or WhatsApp Business), on the chat (person or group) and on WhatsApp’s updates, and need Z-API’s button terms accepted: see Z-API’s Button Status page.';

/** Z-API's three button-list pages: text alone, with an image, with a video (`buttonList.image|video`). */
const HEADERS = {
	none: { endpoint: '/send-button-list', label: '' },
	image: { endpoint: '/send-button-list-image', label: 'Image' },
	video: { endpoint: '/send-button-list-video', label: 'Video' },
} as const;
type Header = keyof typeof HEADERS;

const properties: INodeProperties[] = [
	{ displayName: BUTTON_STATUS_NOTICE, name: 'buttonListNotice', type: 'notice', default: '' },
	recipientField,
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. Is Z-API good?',
		description: 'The text shown above the buttons. Z-API refuses it empty.',
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Button',
		default: { button: [{ label: '' }] },
		description: 'The answers to tap; the reply carries the label and ID of the one tapped',
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						placeholder: 'e.g. Yes',
						description: 'The text of the button',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1',
						description: 'Optional: the identifier the reply carries. Each must be different.',
					},
				],
			},
		],
	},
	{
		displayName: 'Media',
		name: 'buttonMedia',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'None', value: 'none', description: 'Text and buttons only' },
			{ name: 'Image', value: 'image', description: 'An image above the text' },
			{ name: 'Video', value: 'video', description: 'A video above the text' },
		],
		default: 'none',
		description: 'Whether an image or a video goes with the buttons',
	},
	{
		displayName: 'Image URL or Base64',
		name: 'image',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/photo.jpg',
		description: 'A public image URL, or Base64 data (data:image/png;base64,…)',
		displayOptions: { show: { buttonMedia: ['image'] } },
	},
	{
		displayName: 'Video URL or Base64',
		name: 'video',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/clip.mp4',
		description: 'A public video URL, or Base64 data (data:video/mp4;base64,…)',
		displayOptions: { show: { buttonMedia: ['video'] } },
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendButtonList'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp message with reply buttons (e.g. Yes / No), optionally with an image or a video. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the text (not empty); the buttons' labels, each optionally with an id. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

const URL = /^https?:\/\/[^\s/?#]+\S*$/i;
const DATA_TYPE = /^([a-z]+)\/[\w.+-]+$/i;
const NOT_DATA = /[^A-Za-z0-9+/=\s]/;

/** The kind of a data URL ("image" of data:image/png;base64,…), undefined when it is none. */
function dataUrlKind(text: string): string | undefined {
	const parts = parseDataUrl(text);
	if (!parts || parts.parameters !== '' || parts.data === '' || NOT_DATA.test(parts.data)) return;
	return DATA_TYPE.exec(parts.type)?.[1]?.toLowerCase();
}

/** The image or video: a http(s) URL, a data URL of that kind, or bare Base64, as Z-API takes them. */
function readMedia(this: IExecuteFunctions, itemIndex: number, header: Exclude<Header, 'none'>) {
	const label = `${HEADERS[header].label} URL or Base64`;
	const text = readTextParameter.call(this, itemIndex, {
		name: header,
		displayName: label,
		hint: `give a public URL, e.g. https://example.com/${header === 'image' ? 'photo.jpg' : 'clip.mp4'}`,
	});
	const dataType = dataUrlKind(text);
	if (URL.test(text) || dataType === header || (dataType === undefined && isBase64(text)))
		return text;
	throw inputError(
		this.getNode(),
		`${label} must be an http(s) URL or Base64 ${header} data (data:${header}/…;base64,…) (got ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)})`,
		itemIndex,
	);
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
		hint: 'Z-API refuses buttons without a text, e.g. "Is Z-API good?"',
		trim: false,
	});
	const rows = readRows.call(this, itemIndex, ROWS);
	checkCount.call(this, itemIndex, ROWS, rows.length, { min: 1 });
	const buttons = rows.map((row, index) => {
		const where = `Button ${index + 1}`;
		const id = rowText.call(this, itemIndex, where, {
			label: 'ID',
			value: row.id,
			required: false,
		});
		const label = rowText.call(this, itemIndex, where, {
			label: 'Label',
			value: row.label,
			required: true,
		});
		return id !== '' ? { id, label } : { label };
	});
	checkUnique.call(
		this,
		itemIndex,
		ROWS,
		'ID',
		buttons.map((button) => ('id' in button ? (button.id ?? '') : '')),
		'the reply carries the ID of the button tapped, so each must be different',
	);
	const header = this.getNodeParameter('buttonMedia', itemIndex, 'none') as Header;
	if (!(header in HEADERS)) {
		throw inputError(
			this.getNode(),
			`Media must be None, Image or Video (got ${JSON.stringify(header)})`,
			itemIndex,
		);
	}
	const buttonList: IDataObject =
		header === 'none'
			? { buttons }
			: { [header]: readMedia.call(this, itemIndex, header), buttons };
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body: IDataObject & { phone: string } = {
		phone,
		message,
		buttonList,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: HEADERS[header].endpoint,
		body,
		itemIndex,
		timeout,
		what:
			header === 'none'
				? 'a button list'
				: `a button list with ${header === 'image' ? 'an image' : 'a video'}`,
	});
}
