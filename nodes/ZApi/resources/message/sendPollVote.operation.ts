import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RowsOf } from '../../shared/choices';
import { checkCount, checkUnique, readRows, rowText } from '../../shared/choices';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { sendMessage } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { POLL_OPTIONS } from './sendPoll.operation';

const ROWS: RowsOf = { name: 'pollVote', key: 'option', label: 'Option', displayName: 'Vote For' };

const properties: INodeProperties[] = [
	{ ...recipientField, description: 'The chat the poll is in: a phone number or a group ID' },
	{
		displayName: 'Poll Message ID',
		name: 'pollMessageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3EB0C767D26A1D8A5A4F',
		description:
			'The messageId of the poll: from the answer of Send Poll, or from the Z-API Trigger for a poll received',
	},
	{
		displayName: 'Vote For',
		name: 'pollVote',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Option',
		default: { option: [{ name: '' }] },
		description:
			'The options voted for, by name exactly as the poll shows them; several if the poll allows it',
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
						description: 'The name of an option of the poll',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendPollVote'] } },
	properties,
);

export const toolDescription = `Votes in a WhatsApp poll as this account. Input: the chat the poll is in, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the poll's messageId (from the answer of Send Poll or from a received poll); the names of the options to vote for, exactly as the poll shows them. Returns messageId. Each call votes again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const pollMessageId = readTextParameter.call(this, itemIndex, {
		name: 'pollMessageId',
		displayName: 'Poll Message ID',
		hint: 'give the messageId of the poll, from Send Poll or the Z-API Trigger',
	});
	const rows = readRows.call(this, itemIndex, ROWS);
	checkCount.call(this, itemIndex, ROWS, rows.length, { min: 1, max: POLL_OPTIONS.max });
	const names = rows.map((row, index) =>
		rowText.call(this, itemIndex, `Option ${index + 1}`, {
			label: 'Name',
			value: row.name,
			required: true,
			hint: 'write the name of an option of the poll, or remove the row',
		}),
	);
	checkUnique.call(this, itemIndex, ROWS, 'Name', names, 'vote for each option once');
	// Z-API documents no delayMessage on this page (either language).
	return await sendMessage.call(this, {
		endpoint: '/send-poll-vote',
		body: { phone, pollMessageId, pollVote: names.map((name) => ({ name })) },
		itemIndex,
		timeout,
		what: 'a poll vote',
	});
}
