/**
 * Register the Webhook Myself: which URL to copy, and which Z-API panel field each chosen event needs.
 * n8n shows a notice's text as it is (no expression), so there is one notice per webhook, shown when
 * an event it brings is chosen.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { TriggerEvent, WebhookKind } from './events';
import { EVENTS } from './events';
import { KIND_ORDER, WEBHOOK_KINDS } from './webhookKinds';

const manual = ['manual'];

export const MANUAL_URL_NOTICE =
	"Copy this node's Test URL while you test it with Execute step, and its Production URL once the workflow is published (Webhook URLs, above); add ?secret= and your Secret at its end. Then, in the Z-API panel (Instances → your instance → Webhooks):";

export const SENT_BY_ME_PANEL_NOTICE =
	'Also tick "notify sent by me" in the Z-API panel, for Message Sent by Me.';

const eventsOf = (kind: WebhookKind) =>
	(Object.keys(EVENTS) as TriggerEvent[]).filter((event) => EVENTS[event].webhook === kind);

/** What a panel field brings, in the notice's words. */
function brings(kind: WebhookKind): string {
	if (kind === 'received') return 'messages, replies, poll votes and group events';
	return eventsOf(kind)
		.map((event) => EVENTS[event].name)
		.join(' and ');
}

export function panelNotice(kind: WebhookKind): string {
	return `Paste it into the "${WEBHOOK_KINDS[kind].panel}" field, for ${brings(kind)}.`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const manualNotices: INodeProperties[] = [
	{
		displayName: MANUAL_URL_NOTICE,
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: manual } },
	},
	...KIND_ORDER.map((kind): INodeProperties => ({
		displayName: panelNotice(kind),
		name: `manual${capitalised(kind)}Notice`,
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: manual, events: eventsOf(kind) } },
	})),
	{
		displayName: SENT_BY_ME_PANEL_NOTICE,
		name: 'manualSentByMeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: manual, events: ['messageSentByMe'] } },
	},
];
