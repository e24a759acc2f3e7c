import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { putSetting } from './profileSetting';

const properties: INodeProperties[] = [
	{
		displayName:
			'The message is sent to the caller after a rejected call, so only while Set Call Reject is on.',
		name: 'callRejectMessageNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Message',
		name: 'callRejectMessage',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. We do not take calls: please send us a message.',
		description: 'The text sent to whoever calls, after their call is rejected',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['setCallRejectMessage'] } },
	properties,
);

export const toolDescription =
	'Sets the WhatsApp message this account sends to callers after rejecting their voice call (sent only while call rejection is on). Input: the message text. Returns callRejectMessage and updated: true.';

/** PUT /update-call-reject-message {value} (instance/call-reject-message.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const callRejectMessage = readTextParameter.call(this, itemIndex, {
		name: 'callRejectMessage',
		displayName: 'Message',
		hint: 'give the text sent after a rejected call, e.g. "We do not take calls: please send us a message."',
		trim: false,
	});
	await putSetting.call(this, {
		endpoint: '/update-call-reject-message',
		value: callRejectMessage,
		action: 'set the message sent after a rejected call',
		what: 'the call reject message',
		itemIndex,
		timeout,
	});
	return { callRejectMessage, updated: true };
}
