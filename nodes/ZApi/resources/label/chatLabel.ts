/**
 * Add to Chat and Remove from Chat: one shape, PUT /chats/{phone}/tags/{tag}/add or /remove
 * (business/tags-add.md, tags-remove.md), answered `{value: true}`.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { labelIdField, readLabelIdParameter } from '../../shared/labelId';
import type { DescribedOperation, OperationContext } from '../../shared/operation';
import { businessNotice, chatPhoneField, readChatPhone } from './labelFields';
import { changeLabels } from './labelRequest';

export interface ChatLabelChange {
	operation: 'addToChat' | 'removeFromChat';
	/** The last segment of the path. */
	verb: 'add' | 'remove';
	/** The output's flag: `added` or `removed`. */
	done: 'added' | 'removed';
	/** In words, for messages: `add the label 10 to the chat 5511999998888`. */
	action: (labelId: string, phone: string) => string;
	toolDescription: string;
}

export function chatLabelOperation(change: ChatLabelChange): DescribedOperation {
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['label'], operation: [change.operation] } },
			[businessNotice(change.operation), labelIdField, chatPhoneField],
		),
		toolDescription: change.toolDescription,
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ timeout }: OperationContext,
		): Promise<IDataObject> {
			const labelId = readLabelIdParameter.call(this, itemIndex);
			const phone = await readChatPhone.call(this, itemIndex);
			await changeLabels.call(this, {
				method: 'PUT',
				endpoint: `/chats/${phone}/tags/${labelId}/${change.verb}`,
				itemIndex,
				timeout,
				action: change.action(labelId, phone),
				ifUncertain: `The change may have been made anyway: check the chat's labels in WhatsApp Business before you run this again.`,
				confirm: 'value',
			});
			return { labelId, phone, [change.done]: true };
		},
	};
}
