import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as checkNumbers from './checkNumbers.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contact'] } },
	options: [
		{
			name: 'Check Numbers',
			value: 'checkNumbers',
			description: 'Check which phone numbers have WhatsApp',
			action: 'Check phone numbers',
		},
	],
	default: 'checkNumbers',
});

export type ContactOperation = OptionValue<typeof operation>;

export const operations: Record<ContactOperation, DescribedOperation> = {
	checkNumbers,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('contact', toolTextsOf(operations)),
	...checkNumbers.description,
];
