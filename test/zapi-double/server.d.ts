export interface RecordedRequest {
	/** When the double received it (Date.now()). */
	at: number;
	/** The same, in milliseconds of performance.now(), to a microsecond: gaps between requests. */
	hrAt: number;
	method: string;
	url: string;
	/** The path under the instance URL, e.g. `/group-metadata/120363019502600001-group`. */
	endpoint: string;
	/** The documented route, e.g. `/group-metadata/:groupId` (same as endpoint for plain paths). */
	route: string;
	/** The path's parameter, for routes that carry one, e.g. { extension: 'pdf' }. */
	params?: Record<string, string>;
	/** The group id from the path, for routes that carry one. */
	groupId?: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	rawBody: string;
	body: any;
}

export interface Fault {
	status?: number;
	body?: unknown;
	/** Answer headers, or a function of the request that gives them (a Location to its own URL). */
	headers?: Record<string, string> | ((request: { url?: string }) => Record<string, string>);
	contentType?: string;
	delayMs?: number;
	hang?: boolean;
	reset?: 'before' | 'after';
	times?: number;
	/** Requests to let through untouched before the fault applies: `skip: 1` fails only the 2nd. */
	skip?: number;
	/** Webhook setters: the change is made first, then the fault answers (an empty 200, a 500…). */
	afterWork?: boolean;
}

export interface DoubleConfig {
	instanceId: string;
	instanceToken: string;
	clientToken: string;
	connectedPhone: string;
	connected: boolean;
	notSavedPhones: string[];
	/** Numbers without WhatsApp (phone-exists answers exists: false). */
	notOnWhatsApp?: string[];
	omitPhonesNotAdded?: boolean;
	/** Every request to a route answered after this many ms, e.g. { '/create-group': 250 }. */
	answerDelayMs?: Record<string, number>;
	port?: number;
	/** The webhook state (initial values through the options; '' = none registered). */
	webhooks: WebhookState;
	/** Setters answer 400 to `{"value": ""}` instead of clearing (Z-API does not document either). */
	refuseEmptyWebhook?: boolean;
	/** `GET /me` answers without the callback fields. */
	meWithoutCallbackFields?: boolean;
	/** Sends wait in the send queue (POST /queue lists them, DELETE /queue empties it). */
	holdSends?: boolean;
	/** Webhook setters store the URL without its query string (Z-API does not document either way). */
	dropWebhookQuery?: boolean;
	/** The connected number uses plain WhatsApp: every label endpoint refuses (labels.js). */
	notBusiness?: boolean;
	/** The contact list (GET /contacts); Add and Remove replace it. */
	contacts?: DoubleContact[];
	/** Numbers blocked through /contacts/modify-blocked. */
	blocked?: string[];
	/** What the profile and call-reject setters stored. */
	profile?: {
		name?: string;
		description?: string;
		picture?: string;
		callRejectAuto?: boolean;
		callRejectMessage?: string;
	};
}

/** A contact as get-contacts.md and get-metadata-contact.md show it. */
export interface DoubleContact {
	phone: string;
	name?: string;
	short?: string;
	notify?: string;
	vname?: string;
	imgUrl?: string | null;
	about?: string;
}

export type WebhookKind =
	'received' | 'delivery' | 'messageStatus' | 'connected' | 'disconnected' | 'chatPresence';

export type WebhookState = Record<WebhookKind, string> & { sentByMe: boolean };

/** One change made by a setter; `kind` is 'sentByMe' for the flag (from/to are then booleans). */
export interface WebhookChange {
	at: number;
	kind: WebhookKind | 'sentByMe';
	from: string | boolean;
	to: string | boolean;
}

export interface DeliveryAnswer {
	status: number;
	/** The answer's body as text. */
	body: string;
	/** Set when the double, as Z-API, did not send it (a fromMe message with the flag off): status 0. */
	skipped?: true;
}

/** A chat of the double's chat list (chats.js), as a test adds it and the chat operations change it. */
export interface DoubleChat {
	phone: string;
	name: string;
	isGroup: boolean;
	unread: number;
	archived: boolean;
	pinned: boolean;
	muted: boolean;
	/** How many messages the chat holds (Clear empties it). */
	messages: number;
	/** Disappearing messages: '24_HOURS', '7_DAYS', '90_DAYS' or 'OFF'. */
	expiration: string;
	lastMessageTime: number;
	deleted?: boolean;
}

/** A WhatsApp channel the double knows (channels.js). */
export interface DoubleChannel {
	id: string;
	name: string;
	description: string;
	picture: string | null;
	/** OWNER: the connected number's own; SUBSCRIBER: one it can follow. */
	role: 'OWNER' | 'SUBSCRIBER';
	/** Listed by GET /newsletter (owned, or followed). */
	followed: boolean;
	muted: boolean;
	reactionCodes: string;
	subscribersCount: number;
	creationTime: number;
}

/** A community the double knows (communities.js). */
export interface DoubleCommunity {
	id: string;
	name: string;
	description: string;
	photo: string | null;
	announcementGroupId: string;
	/** The ids of the linked groups (not the announcement group). */
	groups: Set<string>;
	whoCanAddNewGroups: 'admins' | 'all';
	invitationLink?: string;
	deactivated: boolean;
}

export interface ZApiDouble {
	url: string;
	port: number;
	config: DoubleConfig;
	requests: RecordedRequest[];
	/** The send queue: sends made while `config.holdSends` is on. */
	queue: Array<{
		zaapId: string;
		messageId: string;
		id: string;
		phone: string;
		message?: string;
		created: number;
	}>;
	/** The chat list by phone or group ID: chats a test added, and the groups used as chats. */
	chats: Map<string, DoubleChat>;
	/** The WhatsApp channels (channels.js), by id (…@newsletter). */
	channels: Map<string, DoubleChannel>;
	/** Adds a channel as if it existed already (the connected number's unless role says otherwise). */
	addChannel(channel?: Partial<DoubleChannel>): string;
	/** WhatsApp Business labels by id (labels.js). */
	labels: Map<string, { id: string; name: string; color: number }>;
	/** The label ids on each chat, by phone. */
	chatLabels: Map<string, Set<string>>;
	/** Status posts, in order (status.js). */
	statuses: Array<Record<string, string> & { kind: 'text' | 'image' | 'video' }>;
	setFault(endpoint: string, fault: Fault): void;
	clearFaults(): void;
	/** Adds a group as if it existed already; returns its id. */
	addGroup(group: {
		id?: string;
		name?: string;
		description?: string;
		participants?: string[];
		invitationLink?: string;
	}): string;
	/** The double's view of a group, undefined when it does not know it. */
	group(id: string):
		| {
				id: string;
				name: string;
				description: string;
				photo: string | null;
				invitationLink: string;
				settings: Record<string, boolean>;
				participants: Map<string, { isAdmin: boolean; isSuperAdmin: boolean }>;
				left: boolean;
				/** The community the group is linked to (or whose announcement group it is). */
				communityId?: string | null;
				isGroupAnnouncement?: boolean;
		  }
		| undefined;
	/** Adds a community and its announcement group, `groups` (the double's group ids) linked; its id. */
	addCommunity(community: { name: string; description?: string; groups?: string[] }): string;
	/** The double's view of a community, undefined when it does not know it. */
	community(id: string): DoubleCommunity | undefined;
	reset(): void;
	count(endpoint: string): number;
	/** The same object as config.webhooks, for the double's whole life. */
	webhooks: WebhookState;
	webhookLog: WebhookChange[];
	/**
	 * POSTs `payload` as JSON to the URL registered for `kind`, its origin replaced by `origin` (path and
	 * query kept). Throws when nothing is registered for `kind`. A `fromMe: true` message (no
	 * `notification`) on 'received' is skipped while the sent-by-me flag is off, unless `force`.
	 */
	deliver(
		kind: WebhookKind,
		payload: unknown,
		options?: { origin?: string; force?: boolean },
	): Promise<DeliveryAnswer>;
	/** POSTs `body` (an object as JSON, a string as it is) to `url` with `headers` added. */
	deliverTo(url: string, body: unknown, headers?: Record<string, string>): Promise<DeliveryAnswer>;
	close(): Promise<void>;
}

export const DEFAULTS: Omit<DoubleConfig, 'webhooks'>;
export function startZApiDouble(
	options?: Partial<Omit<DoubleConfig, 'webhooks'>> & { webhooks?: Partial<WebhookState> },
): Promise<ZApiDouble>;
