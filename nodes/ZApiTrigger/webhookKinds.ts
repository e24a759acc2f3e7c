/**
 * Z-API keeps one URL per webhook kind per instance. Each kind: its setter (PUT, body `{"value": url}`),
 * its field in `GET /me`, and how messages name it (the Z-API panel's words where it has them).
 */
import type { WebhookKind } from './events';

export type { WebhookKind };

export interface WebhookKindInfo {
	setter: string;
	meField: string;
	words: string;
	/** Its field in the Z-API panel (Instances → your instance → Webhooks). */
	panel: string;
}

export const WEBHOOK_KINDS: Record<WebhookKind, WebhookKindInfo> = {
	received: {
		setter: '/update-webhook-received',
		meField: 'receivedCallbackUrl',
		words: 'the "Upon receiving" webhook',
		panel: 'Upon receiving',
	},
	delivery: {
		setter: '/update-webhook-delivery',
		meField: 'deliveryCallbackUrl',
		words: 'the "When sending" (delivery) webhook',
		panel: 'When sending',
	},
	// Z-API's heading says /update-webhook-status; its URL and example say this path.
	messageStatus: {
		setter: '/update-webhook-message-status',
		meField: 'messageStatusCallbackUrl',
		words: 'the message status webhook',
		panel: 'Message status',
	},
	connected: {
		setter: '/update-webhook-connected',
		meField: 'connectedCallbackUrl',
		words: 'the "connected" webhook',
		panel: 'Connected',
	},
	disconnected: {
		setter: '/update-webhook-disconnected',
		meField: 'disconnectedCallbackUrl',
		words: 'the "disconnected" webhook',
		panel: 'Disconnected',
	},
	chatPresence: {
		setter: '/update-webhook-chat-presence',
		meField: 'presenceChatCallbackUrl',
		words: 'the chat presence webhook',
		panel: 'Chat presence',
	},
};

/** The "sent by me" flag: the received webhook also gets the connected number's own messages. */
export const SENT_BY_ME = {
	setter: '/update-notify-sent-by-me',
	meField: 'receiveCallbackSentByMe',
	words: 'the "notify sent by me" setting',
} as const;

/** Kinds in the order they are set: received first, since the sent-by-me flag needs it set. */
export const KIND_ORDER = Object.keys(WEBHOOK_KINDS) as WebhookKind[];
