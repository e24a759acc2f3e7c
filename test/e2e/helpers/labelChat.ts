/**
 * A workflow that labels every chat that writes in (WhatsApp Business as a CRM): Z-API Trigger
 * (Message Received, Register the Webhook Myself) → Label → Add to Chat, the label given By ID and the
 * chat taken from the trigger's output (`chatId`, the sender's phone in a private chat).
 */
import { CREDENTIAL } from './realN8n';
import type { Workflow } from './realN8n';

/** The label the test gives the double before the message arrives. */
export const LABEL_ID = '7';
export const LABEL_CHAT_SECRET = 'e2e-label-secret-0123456789abcdef';
const WEBHOOK_ID = '0b7e6a52-9c1d-4f3e-8a25-6d4c3b2a1f04';

/** Where Z-API would post the chat's messages: the address the user registers by hand. */
export function labelChatUrl(origin: string): string {
	return `${origin}/webhook/${WEBHOOK_ID}/zapi?secret=${LABEL_CHAT_SECRET}`;
}

export function labelChatWorkflow(): Workflow {
	const credentials = { zApiApi: CREDENTIAL };
	return {
		id: 'zApiE2eLabelChat',
		name: 'e2e label the chats that write in',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: '5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a01',
				name: 'Message Received',
				type: 'n8n-nodes-z-api.zApiTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: {
					registration: 'manual',
					manualSecret: LABEL_CHAT_SECRET,
					events: ['messageReceived'],
				},
				credentials,
			},
			{
				id: '5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a02',
				name: 'Label the Chat',
				type: 'n8n-nodes-z-api.zApi',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					resource: 'label',
					operation: 'addToChat',
					labelId: { __rl: true, mode: 'id', value: LABEL_ID },
					phone: '={{ $json.chatId }}',
				},
				credentials,
			},
		],
		connections: {
			'Message Received': { main: [[{ node: 'Label the Chat', type: 'main', index: 0 }]] },
		},
		pinData: {},
	} as Workflow;
}
