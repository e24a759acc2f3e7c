import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows, rowText } from '../../shared/choices';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter, readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

// Both of Z-API's pages list only delayMessage besides the poll itself.
const SHARED: SendFieldSet = { reply: false, delayTyping: false };

// Z-API's pages state no count; WhatsApp takes 2 to 12 options in a poll.
export const POLL_OPTIONS = { min: 2, max: 12 };

const ROWS: RowsOf = {
	name: 'pollOptions',
	key: 'option',
	label: 'Option',
	displayName: 'Poll Options',
};

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Question',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Which day suits you for the meeting?',
		description: 'The question shown above the options',
	},
	{
		displayName: 'Poll Options',
		name: 'pollOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Option',
		default: { option: [{ name: '' }, { name: '' }] },
		description:
			'The answers to choose from, 2 to 12, each different: a vote comes back with the option’s name',
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. Monday',
						description: 'The text of this answer',
					},
				],
			},
		],
	},
	{
		displayName: 'Allow Multiple Answers',
		name: 'multipleAnswers',
		type: 'boolean',
		default: true,
		description:
			'Whether each person may pick several options. Off, each person picks one (a new pick replaces the old one).',
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendPoll'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp poll: a question with 2 to 12 options people vote on. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the question; the options, each different; whether several may be chosen. Returns messageId, which the votes refer to. Each call sends the poll again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Question',
		hint: 'write the question, e.g. "Which day suits you?"',
		trim: false,
	});
	const rows = readRows.call(this, itemIndex, ROWS);
	checkCount.call(this, itemIndex, ROWS, rows.length, {
		...POLL_OPTIONS,
		why: 'WhatsApp polls have 2 to 12 options',
	});
	const names = rows.map((row, index) =>
		rowText.call(this, itemIndex, `Option ${index + 1}`, {
			label: 'Name',
			value: row.name,
			required: true,
			hint: 'write the answer, or remove the option',
		}),
	);
	checkUnique.call(
		this,
		itemIndex,
		ROWS,
		'Name',
		names,
		'a vote names the option it is for, so each must be different',
	);
	const multiple = readBooleanParameter.call(
		this,
		'multipleAnswers',
		'Allow Multiple Answers',
		itemIndex,
	);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body: IDataObject & { phone: string } = {
		phone,
		message,
		poll: names.map((name) => ({ name })),
		// Z-API's examples: no pollMaxOptions for multiple choice, 1 for a single choice.
		...(multiple ? {} : { pollMaxOptions: 1 }),
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: '/send-poll',
		body,
		itemIndex,
		timeout,
		what: 'a poll',
	});
}
