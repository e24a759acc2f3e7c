import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as addToChat from './addToChat.operation';
import * as create from './create.operation';
import * as deleteLabel from './delete.operation';
import * as getMany from './getMany.operation';
import * as removeFromChat from './removeFromChat.operation';
import * as update from './update.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['label'] } },
	options: [
		{
			name: 'Add to Chat',
			value: 'addToChat',
			description: 'Put a label on a chat',
			action: 'Add a label to a chat',
		},
		{
			name: 'Create',
			value: 'create',
			description: 'Create a WhatsApp Business label; outputs its label ID',
			action: 'Create a label',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a label; the chats that had it lose it',
			action: 'Delete a label',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List the labels of the account, with their label IDs',
			action: 'Get many labels',
		},
		{
			name: 'Remove From Chat',
			value: 'removeFromChat',
			description: 'Take a label off a chat',
			action: 'Remove a label from a chat',
		},
		{
			name: 'Update',
			value: 'update',
			description: 'Change the name or the color of a label',
			action: 'Update a label',
		},
	],
	default: 'getMany',
});

export type LabelOperation = OptionValue<typeof operation>;

export const operations: Record<LabelOperation, DescribedOperation> = {
	addToChat,
	create,
	delete: deleteLabel,
	getMany,
	removeFromChat,
	update,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('label', toolTextsOf(operations)),
	...addToChat.description,
	...create.description,
	...deleteLabel.description,
	...getMany.description,
	...removeFromChat.description,
	...update.description,
];
