import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';
import { putSetting } from './profileSetting';

const properties: INodeProperties[] = [
	{
		displayName:
			'While on, every voice call to the connected number is rejected at once. The message sent after a rejected call is set with Set Call Reject Message.',
		name: 'callRejectNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Reject Calls',
		name: 'rejectCalls',
		type: 'boolean',
		default: true,
		description: 'Whether to reject incoming voice calls automatically (off: calls ring as usual)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['setCallReject'] } },
	properties,
);

export const toolDescription =
	'Turns the automatic rejection of incoming WhatsApp voice calls to this account on or off. Input: whether to reject calls (true or false). Returns rejectCalls and updated: true.';

/** PUT /update-call-reject-auto {value: boolean} (instance/call-reject.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const rejectCalls = readBooleanParameter.call(this, 'rejectCalls', 'Reject Calls', itemIndex);
	await putSetting.call(this, {
		endpoint: '/update-call-reject-auto',
		value: rejectCalls,
		action: `turn ${rejectCalls ? 'on' : 'off'} the rejection of calls`,
		what: 'the rejection of calls',
		itemIndex,
		timeout,
	});
	return { rejectCalls, updated: true };
}
