import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows, rowText } from '../../shared/choices';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const ROWS: RowsOf = {
	name: 'listOptions',
	key: 'option',
	label: 'Option',
	displayName: 'List Options',
};

const properties: INodeProperties[] = [
	{
		displayName:
			'WhatsApp no longer shows option lists in groups (Z-API’s caution): send them to a phone number. Buttons depend on the sending account and WhatsApp’s updates, see Z-API’s Button Status page.',
		name: 'optionListNotice',
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
		placeholder: 'e.g. Choose the best option:',
		description: 'The text shown above the button that opens the list',
	},
	{
		displayName: 'List Title',
		name: 'listTitle',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Available options',
		description: 'The title at the top of the list when it opens',
	},
	{
		displayName: 'Button Label',
		name: 'buttonLabel',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Open the list',
		description: 'The text of the button that opens the list',
	},
	{
		displayName: 'List Options',
		name: 'listOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Option',
		default: { option: [{ title: '', description: '' }] },
		description: 'The options to pick one from',
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
						placeholder: 'e.g. Z-API',
						description: 'The option’s name in the list',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						placeholder: 'e.g. Wings for your imagination',
						description: 'The line under the title',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1',
						description:
							'Optional: the identifier the reply carries, to route on it. Each must be different.',
					},
				],
			},
		],
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendOptionList'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp message with a button that opens a list of options, of which the person picks one. Not shown in groups: send it to a phone number with country code and area code, digits only (e.g. 5511999998888). Input: the text; the list's title; the button's label; the options, each with a title, a description and optionally an id. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the text shown above the list, e.g. "Choose the best option:"',
		trim: false,
	});
	const title = readTextParameter.call(this, itemIndex, {
		name: 'listTitle',
		displayName: 'List Title',
		hint: 'give the list a title, e.g. "Available options"',
	});
	const buttonLabel = readTextParameter.call(this, itemIndex, {
		name: 'buttonLabel',
		displayName: 'Button Label',
		hint: 'write the text of the button that opens the list, e.g. "Open the list"',
	});
	const rows = readRows.call(this, itemIndex, ROWS);
	checkCount.call(this, itemIndex, ROWS, rows.length, { min: 1 });
	const options = rows.map((row, index) => {
		const where = `Option ${index + 1}`;
		const id = rowText.call(this, itemIndex, where, {
			label: 'ID',
			value: row.id,
			required: false,
		});
		const option: IDataObject = {
			...(id !== '' ? { id } : {}),
			description: rowText.call(this, itemIndex, where, {
				label: 'Description',
				value: row.description,
				required: true,
				hint: 'Z-API requires a line under each title',
			}),
			title: rowText.call(this, itemIndex, where, {
				label: 'Title',
				value: row.title,
				required: true,
			}),
		};
		return option;
	});
	checkUnique.call(
		this,
		itemIndex,
		ROWS,
		'ID',
		options.map((option) => (option.id as string | undefined) ?? ''),
		'the reply carries the ID of the option picked, so each must be different',
	);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body: IDataObject & { phone: string } = {
		phone,
		message,
		optionList: { title, buttonLabel, options },
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-option-list',
		body,
		itemIndex,
		timeout,
		what: 'an option list',
	});
}
