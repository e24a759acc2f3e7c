import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows } from '../../shared/choices';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText, readTextParameter } from '../../shared/parameters';
import { readDefaultCountryCode } from '../../shared/phones';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readButton } from './buttonActions';
import { BUTTON_STATUS_NOTICE } from './sendButtonList.operation';
import { readPassParameter } from '../../shared/passParameters';

const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const ROWS: RowsOf = { name: 'buttons', key: 'button', label: 'Button', displayName: 'Buttons' };

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
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
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
