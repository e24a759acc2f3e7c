import type { INodeProperties } from 'n8n-workflow';

import type { Operation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { TOOL_TEXT, toolDescriptionParameters } from '../../shared/toolDescription';
import * as sendText from './sendText.operation';

const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['message'] } },
	options: [
		{
			name: 'Send Text',
			value: 'sendText',
			description: 'Send a text message to a phone number or a group',
			action: 'Send a text message',
		},
	],
	default: 'sendText',
});

type MessageOperation = OptionValue<typeof operation>;

export const operations: Record<MessageOperation, Operation> = { sendText };

/** What an AI model is told about each Message operation (see shared/toolDescription.ts). */
const toolDescriptions: Record<MessageOperation, string> = {
	sendText: `Sends a WhatsApp text message. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (groupId in the answer of a Group operation, e.g. 120363019502650977-group); and the text, sent exactly as written. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('message', toolDescriptions),
	...sendText.description,
];
