import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/operation';
import * as sendText from './sendText.operation';

export const operations: Record<string, Operation> = { sendText };

export const description: INodeProperties[] = [
	{
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
	},
	...sendText.description,
];
