/**
 * POST /modify-chat (chats/read-chat, archive-chat, pin-chat, mute-chat, clear-chat, delete-chat):
 * one endpoint, `{phone, action}`, answered `{"value": true}`. Each action is an operation of its own,
 * as n8n's nodes list them; this builds one from what sets it apart.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { DescribedOperation, OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { toNodeApiError } from '../../transport/errors';
import { zApiRequest } from '../../transport/request';
import { chatField, readChat } from './chatField';

/** The `action` values Z-API's pages document for /modify-chat. */
export type ModifyChatAction =
	| 'read'
	| 'unread'
	| 'archive'
	| 'unarchive'
	| 'pin'
	| 'unpin'
	| 'mute'
	| 'unmute'
	| 'clear'
	| 'delete';

export interface ModifyChatSpec {
	/** The n8n operation's value, e.g. `markRead`. */
	operation: string;
	action: ModifyChatAction;
	/** What the error messages say was tried, e.g. (phone) => `archive the chat ${phone}`. */
	doing: (phone: string) => string;
	/** The change, done, e.g. `archived`: for the uncertain-failure advice. */
	done: string;
	/** The output's flag, e.g. `archived` (`{chatId, phone, archived: true}`). */
	output: string;
	toolDescription: string;
	/** Fields shown besides the chat (a notice). */
	extra?: INodeProperties[];
}

function shown(value: unknown): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'number') {
		return JSON.stringify(value);
	}
	return `a ${typeof value}`;
}

/** The request, and a failure for any answer but `"value": true` (the change was not made). */
async function modifyChat(
	this: IExecuteFunctions,
	spec: ModifyChatSpec,
	phone: string,
	itemIndex: number,
	timeout: number,
): Promise<void> {
	const action = spec.doing(phone);
	const answer = await zApiRequest.call(this, {
		method: 'POST',
		endpoint: '/modify-chat',
		body: { phone, action: spec.action },
		itemIndex,
		timeout,
		action,
		ifUncertain: `The chat may have been ${spec.done} anyway: check it in WhatsApp before you run this again.`,
		expect: ['value'],
	});
	if (answer.value === true) return;
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not confirm the change when trying to ${action} (it answered "value": ${shown(answer.value)})`,
			description:
				'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check that the connected number has this chat (Chat → Get Many lists them) and that the phone number or group ID is the chat’s.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		itemIndex,
	);
}

/** An operation of the Chat resource that sends one /modify-chat action. */
export function modifyChatOperation(spec: ModifyChatSpec): DescribedOperation {
	const description = updateDisplayOptions(
		{ show: { resource: ['chat'], operation: [spec.operation] } },
		[chatField, ...(spec.extra ?? [])],
	);
	async function execute(
		this: IExecuteFunctions,
		itemIndex: number,
		{ timeout }: OperationContext,
	): Promise<IDataObject> {
		const phone = await readChat.call(this, itemIndex);
		// Through the send door: a retry pass gets the first outcome instead of asking again.
		const key = `/modify-chat:${itemIndex}:${spec.action}:${phone}`;
		return await sendOnce(this, key, async () => {
			await modifyChat.call(this, spec, phone, itemIndex, timeout);
			return { chatId: phone, phone, [spec.output]: true } as IDataObject;
		});
	}
	return { description, toolDescription: spec.toolDescription, execute };
}
