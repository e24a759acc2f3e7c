import type { INodeProperties } from 'n8n-workflow';

import type { Operation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
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

export const operations: Record<OptionValue<typeof operation>, Operation> = { sendText };

export const description: INodeProperties[] = [operation, ...sendText.description];
