import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows, rowText } from '../../shared/choices';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText, readTextParameter } from '../../shared/parameters';
import { PHONE_EXAMPLE, normalizePhone, readDefaultCountryCode } from '../../shared/phones';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { BUTTON_STATUS_NOTICE } from './sendButtonList.operation';

const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const ROWS: RowsOf = { name: 'buttons', key: 'button', label: 'Button', displayName: 'Buttons' };

const TYPES = ['URL', 'CALL', 'REPLY'] as const;
type ButtonType = (typeof TYPES)[number];

const ownFields: INodeProperties[] = [
	{
		displayName: 'Footer',
		name: 'footer',
		type: 'string',
		default: '',
		placeholder: 'e.g. Z-API, wings for your imagination',
		description: 'A small line under the text',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Your order',
		description: 'A title above the text',
	},
];

const properties: INodeProperties[] = [
	{
		displayName: `${BUTTON_STATUS_NOTICE} Z-API: URL, Call and Reply buttons all in one message fail in WhatsApp Web; send Reply buttons in a message of their own.`,
		name: 'buttonActionsNotice',
		type: 'notice',
		default: '',
	},
	recipientField,
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. Thanks for your order!',
		description: 'The text shown above the buttons',
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Button',
		default: { button: [{ type: 'URL', label: '', url: '' }] },
		description: 'Buttons that open a link, call a number or send a reply',
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1',
						description: 'Optional: the identifier of the button. Each must be different.',
					},
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						placeholder: 'e.g. Visit our website',
						description: 'The text of the button',
					},
					{
						displayName: 'Phone Number',
						name: 'phone',
						type: 'string',
						default: '',
						placeholder: 'e.g. 5511999998888',
						description: 'The number to call, with country code and area code',
						displayOptions: { show: { type: ['CALL'] } },
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Call', value: 'CALL', description: 'Calls a phone number' },
							{ name: 'Open URL', value: 'URL', description: 'Opens a link' },
							{ name: 'Reply', value: 'REPLY', description: 'Sends its label back as a reply' },
						],
						default: 'URL',
						description: 'What the button does',
					},
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://example.com/orders/123',
						description: 'The link to open: it must start with http:// or https://',
						displayOptions: { show: { type: ['URL'] } },
					},
				],
			},
		],
	},
	sendAdditionalFields(SHARED, ownFields),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendButtonActions'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp message with action buttons: open a URL, call a phone number, or reply. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the text; the buttons, each with a type (URL with a link starting with https://, CALL with a phone number, or REPLY) and a label; do not mix all three types in one message. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

/** A button's link as Z-API takes it (http:// or https://), or an input error naming the button. */
function checkButtonUrl(
	this: IExecuteFunctions,
	itemIndex: number,
	where: string,
	url: string,
): string {
	if (!/^https?:\/\/[^\s/?#]+\S*$/i.test(url)) {
		throw inputError(
			this.getNode(),
			`${where} → URL must start with http:// or https:// (got ${JSON.stringify(url)})`,
			itemIndex,
		);
	}
	return url;
}

/**
 * URL buttons (`buttonActions`, type URL) for links the node made itself, e.g. Send and Wait's answer
 * links; checked as Send Button Actions checks its URL buttons. Z-API states no length for a label.
 */
export function urlButtonActions(
	this: IExecuteFunctions,
	itemIndex: number,
	links: Array<{ label: string; url: string }>,
): IDataObject[] {
	return links.map(({ label, url }, index) => ({
		type: 'URL',
		label,
		url: checkButtonUrl.call(this, itemIndex, `Button ${index + 1}`, url),
	}));
}

function readButton(
	this: IExecuteFunctions,
	itemIndex: number,
	row: IDataObject,
	index: number,
	countryCode: string,
): IDataObject {
	const where = `Button ${index + 1}`;
	const type = typeof row.type === 'string' ? row.type.trim().toUpperCase() : row.type;
	if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
		throw inputError(
			this.getNode(),
			`${where} → Type must be URL, CALL or REPLY (got ${JSON.stringify(row.type) ?? 'nothing'})`,
			itemIndex,
		);
	}
	const id = rowText.call(this, itemIndex, where, { label: 'ID', value: row.id, required: false });
	const label = rowText.call(this, itemIndex, where, {
		label: 'Label',
		value: row.label,
		required: true,
	});
	const button: IDataObject = { ...(id !== '' ? { id } : {}), type, label };
	if ((type as ButtonType) === 'URL') {
		const url = rowText.call(this, itemIndex, where, {
			label: 'URL',
			value: row.url,
			required: true,
			hint: 'give the link, e.g. https://example.com',
		});
		button.url = checkButtonUrl.call(this, itemIndex, where, url);
	}
	if ((type as ButtonType) === 'CALL') {
		const field = `${where} → Phone Number`;
		const given = readOptionalText.call(this, itemIndex, field, row.phone);
		let phone: string | undefined;
		try {
			phone = normalizePhone(given, countryCode);
		} catch (error) {
			throw inputError(this.getNode(), `${field}: ${(error as Error).message}`, itemIndex);
		}
		if (phone === undefined || phone.endsWith('@lid')) {
			throw inputError(
				this.getNode(),
				`${field} is ${phone ? 'a WhatsApp private ID, which cannot be called' : 'empty'} (got ${JSON.stringify(row.phone) ?? 'nothing'}): give the number to call, e.g. ${PHONE_EXAMPLE}`,
				itemIndex,
			);
		}
		button.phone = phone;
	}
	return button;
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
		hint: 'write the text shown above the buttons, e.g. "Thanks for your order!"',
		trim: false,
	});
	const rows = readRows.call(this, itemIndex, ROWS);
	checkCount.call(this, itemIndex, ROWS, rows.length, { min: 1 });
	// The credential's Default Country Code, read only when a button has a number to call.
	const countryCode = rows.some((row) => String(row.type).trim().toUpperCase() === 'CALL')
		? await readDefaultCountryCode.call(this, itemIndex)
		: '';
	const buttonActions = rows.map((row, index) =>
		readButton.call(this, itemIndex, row, index, countryCode),
	);
	checkUnique.call(
		this,
		itemIndex,
		ROWS,
		'ID',
		buttonActions.map((button) => (button.id as string | undefined) ?? ''),
		'each button must have its own ID',
	);
	const types = new Set(buttonActions.map((button) => button.type));
	if (types.size === 3) {
		throw inputError(
			this.getNode(),
			'Buttons mix URL, CALL and REPLY: Z-API says WhatsApp Web fails on all three in one message; send the REPLY buttons in a message of their own',
			itemIndex,
		);
	}
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const title = readOptionalText.call(this, itemIndex, 'Title', fields.title);
	const footer = readOptionalText.call(this, itemIndex, 'Footer', fields.footer);
	const body: IDataObject & { phone: string } = {
		phone,
		message,
		...(title !== '' ? { title } : {}),
		...(footer !== '' ? { footer } : {}),
		buttonActions,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-button-actions',
		body,
		itemIndex,
		timeout,
		what: 'action buttons',
	});
}
