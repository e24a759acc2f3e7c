import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { toNodeApiError } from '../../transport/errors';
import { zApiRequest } from '../../transport/request';
import { CHAT_INPUT, chatField, readChat } from './chatField';

/** chats/chat-expiration.md, both pages: "Options of chatExpiration". */
export const CHAT_EXPIRATIONS = ['24_HOURS', '7_DAYS', '90_DAYS', 'OFF'] as const;

const properties: INodeProperties[] = [
	chatField,
	{
		displayName: 'Messages Disappear After',
		name: 'chatExpiration',
		type: 'options',
		required: true,
		options: [
			{ name: '24 Hours', value: '24_HOURS' },
			{ name: '7 Days', value: '7_DAYS' },
			{ name: '90 Days', value: '90_DAYS' },
			{ name: 'Off', value: 'OFF' },
		],
		default: '7_DAYS',
		description:
			'How long new messages in the chat stay before WhatsApp deletes them; Off keeps them',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['setDisappearingMessages'] } },
	properties,
);

export const toolDescription = `Sets disappearing messages for a WhatsApp chat: how long new messages stay before WhatsApp deletes them. Input: ${CHAT_INPUT}; the duration, one of 24_HOURS, 7_DAYS, 90_DAYS or OFF (OFF turns disappearing messages off). Returns chatId, phone, chatExpiration and disappearingMessagesSet: true.`;

function readExpiration(this: IExecuteFunctions, itemIndex: number): string {
	const value = this.getNodeParameter('chatExpiration', itemIndex) as unknown;
	// An expression may hand over the JSON example's lower case ("24_hours"): read as the text's.
	const text = typeof value === 'string' ? value.trim().toUpperCase() : value;
	if (typeof text === 'string' && (CHAT_EXPIRATIONS as readonly string[]).includes(text)) {
		return text;
	}
	throw inputError(
		this.getNode(),
		`Messages Disappear After must be one of ${CHAT_EXPIRATIONS.join(', ')} (got ${JSON.stringify(value) ?? 'nothing'})`,
		itemIndex,
	);
}

/** POST /send-chat-expiration `{phone, chatExpiration}`, answered `{"value": true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readChat.call(this, itemIndex);
	const chatExpiration = readExpiration.call(this, itemIndex);
	const body = { phone, chatExpiration };
	const action = `set disappearing messages to ${chatExpiration} in the chat ${phone}`;
	return await sendOnce(
		this,
		`/send-chat-expiration:${itemIndex}:${JSON.stringify(body)}`,
		async () => {
			const answer = await zApiRequest.call(this, {
				method: 'POST',
				endpoint: '/send-chat-expiration',
				body,
				itemIndex,
				timeout,
				action,
				ifUncertain:
					'Disappearing messages may have been set anyway: check the chat in WhatsApp before you run this again.',
				expect: ['value'],
			});
			if (answer.value !== true) {
				throw toNodeApiError(
					this.getNode(),
					{
						message: `Z-API did not confirm the change when trying to ${action} (it answered "value": ${JSON.stringify(answer.value) ?? 'nothing'})`,
						description:
							'Z-API answers "value": true when WhatsApp made the change. Anything else means it did not: check that the connected number has this chat (Chat → Get Many lists them) and that the phone number or group ID is the chat’s.',
						httpCode: '200',
						mayHaveReachedZApi: false,
					},
					itemIndex,
				);
			}
			return { chatId: phone, phone, chatExpiration, disappearingMessagesSet: true } as IDataObject;
		},
	);
}
