/**
 * The trigger's events: which Z-API webhook brings each one, and how a payload is recognised.
 * Z-API names the kind of a call in `type`; the received webhook also carries group and call
 * notifications, told apart by `notification` (a message never has one).
 */
import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { isReplyEvent, replyEventOf } from './replies';

/** Z-API's webhooks, one URL each per instance. `received` also brings notifications. */
export type WebhookKind =
	'received' | 'delivery' | 'messageStatus' | 'connected' | 'disconnected' | 'chatPresence';

export type TriggerEvent =
	| 'messageReceived'
	| 'messageSentByMe'
	| 'pollVote'
	| 'buttonReply'
	| 'listReply'
	| 'messageStatus'
	| 'delivery'
	| 'connected'
	| 'disconnected'
	| 'chatPresence'
	| 'participantAdded'
	| 'participantRemoved'
	| 'participantLeft'
	| 'groupCreated'
	| 'membershipRequest'
	| 'inviteLinkSettingChanged'
	| 'otherNotification';

interface EventInfo {
	name: string;
	webhook: WebhookKind;
	description: string;
}

export const EVENTS: Record<TriggerEvent, EventInfo> = {
	messageReceived: {
		name: 'Message Received',
		webhook: 'received',
		description: 'A message arrives in a private chat or a group',
	},
	messageSentByMe: {
		name: 'Message Sent by Me',
		webhook: 'received',
		description:
			'The connected number sends a message, from the phone or through the API (needs Ignore Own Messages off)',
	},
	pollVote: {
		name: 'Poll Vote',
		webhook: 'received',
		description:
			"Someone votes in a poll; the item's reply says which options and the poll's message ID",
	},
	buttonReply: {
		name: 'Button Reply',
		webhook: 'received',
		description: "Someone taps a button of a button list; the item's reply says which",
	},
	listReply: {
		name: 'List Reply',
		webhook: 'received',
		description: "Someone picks an option of an option list; the item's reply says which",
	},
	messageStatus: {
		name: 'Message Status',
		webhook: 'messageStatus',
		description: 'A message of the connected number is sent, received, read or played',
	},
	delivery: {
		name: 'Delivery',
		webhook: 'delivery',
		description: 'Z-API has sent a message queued through the API (its "When sending" webhook)',
	},
	connected: {
		name: 'Connected',
		webhook: 'connected',
		description: 'The instance connects to WhatsApp',
	},
	disconnected: {
		name: 'Disconnected',
		webhook: 'disconnected',
		description: 'The instance loses its connection to WhatsApp',
	},
	chatPresence: {
		name: 'Chat Presence',
		webhook: 'chatPresence',
		description: 'A contact comes online, goes away, types or records audio in a chat',
	},
	participantAdded: {
		name: 'Participant Added',
		webhook: 'received',
		description: 'Someone is added to a group',
	},
	participantRemoved: {
		name: 'Participant Removed',
		webhook: 'received',
		description: 'An admin removes someone from a group',
	},
	participantLeft: {
		name: 'Participant Left',
		webhook: 'received',
		description: 'Someone leaves a group',
	},
	groupCreated: {
		name: 'Group Created',
		webhook: 'received',
		description: 'A group with the connected number in it is created',
	},
	membershipRequest: {
		name: 'Membership Request',
		webhook: 'received',
		description:
			'Someone asks to join a group, or withdraws the request (the event is then Membership Request Revoked)',
	},
	inviteLinkSettingChanged: {
		name: 'Invite Link Setting Changed',
		webhook: 'received',
		description: 'A group admin changes who may share the invitation link (linkMode)',
	},
	otherNotification: {
		name: 'Any Other Notification',
		webhook: 'received',
		description:
			'Any other notification of the received webhook, e.g. a call or a deleted message (CALL_VOICE, REVOKE)',
	},
};

export const REVOKED_MEMBERSHIP_NAME = 'Membership Request Revoked';

/** The Events parameter's options, sorted by name as n8n's lint requires. */
export const eventOptions: INodePropertyOptions[] = (Object.keys(EVENTS) as TriggerEvent[])
	.map((value) => ({ name: EVENTS[value].name, value, description: EVENTS[value].description }))
	.sort((a, b) => a.name.localeCompare(b.name));

const BY_TYPE: Record<string, TriggerEvent> = {
	messagestatuscallback: 'messageStatus',
	deliverycallback: 'delivery',
	connectedcallback: 'connected',
	disconnectedcallback: 'disconnected',
	presencechatcallback: 'chatPresence',
};

const BY_NOTIFICATION: Record<string, TriggerEvent> = {
	GROUP_PARTICIPANT_ADD: 'participantAdded',
	GROUP_PARTICIPANT_REMOVE: 'participantRemoved',
	GROUP_PARTICIPANT_LEAVE: 'participantLeft',
	GROUP_CREATE: 'groupCreated',
	MEMBERSHIP_APPROVAL_REQUEST: 'membershipRequest',
	REVOKED_MEMBERSHIP_REQUESTS: 'membershipRequest',
	GROUP_MEMBER_LINK_PROPERTY_UPDATE: 'inviteLinkSettingChanged',
};

export interface Classified {
	event: TriggerEvent;
	/** What the output's `event` says, e.g. "Participant Added" or "Membership Request Revoked". */
	name: string;
}

function notificationOf(body: IDataObject): string | undefined {
	const notification = body.notification;
	if (typeof notification !== 'string' || notification.trim() === '') return undefined;
	return notification.trim().toUpperCase();
}

/** The event of a Z-API call, or undefined for a `type` nobody documented. */
export function classify(body: IDataObject): Classified | undefined {
	if (typeof body.type !== 'string') return undefined;
	// The docs' own table writes "ReceivedCallBack".
	const type = body.type.trim().toLowerCase();
	// Own keys only: "constructor" or "__proto__" would find Object's.
	let event = Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type] : undefined;
	let name: string | undefined;
	if (type === 'receivedcallback') {
		const notification = notificationOf(body);
		if (notification === undefined) {
			// The connected number's own vote or tap stays Message Sent by Me.
			event = body.fromMe === true ? 'messageSentByMe' : (replyEventOf(body) ?? 'messageReceived');
		} else {
			event = BY_NOTIFICATION[notification] ?? 'otherNotification';
			if (notification === 'REVOKED_MEMBERSHIP_REQUESTS') name = REVOKED_MEMBERSHIP_NAME;
		}
	}
	if (event === undefined) return undefined;
	return { event, name: name ?? EVENTS[event].name };
}

/**
 * What a call starts the workflow as, among the chosen events, or undefined when none fits. A reply
 * (Poll Vote, Button Reply, List Reply) is also a message received: chosen, it comes as itself;
 * otherwise it comes as Message Received when that is chosen, exactly as before these events existed.
 */
export function asChosen(
	classified: Classified,
	events: readonly TriggerEvent[],
): Classified | undefined {
	if (events.includes(classified.event)) return classified;
	if (isReplyEvent(classified.event) && events.includes('messageReceived')) {
		return { event: 'messageReceived', name: EVENTS.messageReceived.name };
	}
	return undefined;
}

/** The Events parameter as a list of known values (an expression may give text or odd values). */
export function readEvents(value: unknown): TriggerEvent[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	const events = list
		.map((entry) => (typeof entry === 'string' ? entry.trim() : ''))
		.filter((entry): entry is TriggerEvent => Object.hasOwn(EVENTS, entry));
	return [...new Set(events)];
}

/** What registration must point at this workflow for these events. */
export function webhooksFor(events: readonly TriggerEvent[]): {
	kinds: WebhookKind[];
	sentByMe: boolean;
} {
	const kinds = new Set(events.map((event) => EVENTS[event].webhook));
	return { kinds: [...kinds], sentByMe: events.includes('messageSentByMe') };
}
