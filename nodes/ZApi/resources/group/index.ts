import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/operation';
import * as create from './create.operation';

export const operations: Record<string, Operation> = { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a WhatsApp group with participants',
				action: 'Create a group',
			},
		],
		default: 'create',
	},
	...create.description,
];
