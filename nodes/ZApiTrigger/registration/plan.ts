/**
 * What registration changes on Z-API and what it records, decided from `GET /me` alone (no requests
 * here): which webhooks to point at this node, which are taken by someone else, and, on delete, which
 * to put back because they still point here.
 */
import type { IDataObject } from 'n8n-workflow';

import { publicHostOf } from '../secret';
import type { WebhookKind } from '../webhookKinds';
import { KIND_ORDER, SENT_BY_ME, WEBHOOK_KINDS } from '../webhookKinds';

/** What was there before this node pointed a webhook at itself, and the URL it set. */
export interface KindRecord {
	url: string;
	previous: string;
}

export type Records = Partial<Record<WebhookKind, KindRecord>>;

/** The node's static data ('node'). `secret` is also read by the webhook. */
export interface RegistrationData {
	secret?: string;
	instanceId?: string;
	records?: Records;
	/** Set when this node turned the sent-by-me flag on: what it was before. */
	sentByMe?: { previous: boolean };
	/** Z-API dropped the `?secret=` query once: the secret goes in the URL's path (secretForm.ts). */
	secretInPath?: boolean;
}

export interface Conflict {
	kind: WebhookKind;
	host: string;
}

export interface CreatePlan {
	conflicts: Conflict[];
	/** Setters to call, in order, with the value each puts. */
	puts: Array<{ kind: WebhookKind; value: string }>;
	records: Records;
	setFlag: boolean;
	sentByMe?: { previous: boolean };
}

export interface CreateInput {
	me: IDataObject;
	kinds: readonly WebhookKind[];
	sentByMe: boolean;
	/** This node's webhook URL with its secret. */
	ourUrl: string;
	/** The end of this node's webhook path (`/<webhookId>/zapi`): in the test URL and the production one. */
	ownTail: string;
	/** Records kept from an earlier registration on the same instance. */
	records: Records;
	storedSentByMe?: { previous: boolean };
	replaceExisting: boolean;
	/** "Listen for test event": a production URL of this node found there is put back afterwards. */
	testMode: boolean;
}

/** A `/me` field as a URL: a missing or non-text field counts as none (`""`). */
export function meUrl(me: IDataObject, kind: WebhookKind): string {
	const value = me[WEBHOOK_KINDS[kind].meField];
	return typeof value === 'string' ? value.trim() : '';
}

function parse(url: string): URL | undefined {
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
}

const path = (url: URL) => url.pathname.replace(/\/+$/, '');

/** Same origin, same path (a trailing `/` aside), same secret: Z-API may rewrite a URL a little. */
export function sameWebhookUrl(a: string, b: string): boolean {
	const [x, y] = [parse(a), parse(b)];
	if (!x || !y) return false;
	return (
		x.origin === y.origin &&
		path(x) === path(y) &&
		x.searchParams.get('secret') === y.searchParams.get('secret')
	);
}

/**
 * A URL of this node: its webhook path, whatever the base (test, production, an older WEBHOOK_URL),
 * with the secret in its query or as one more path segment.
 */
export function isOwnUrl(url: string, ownTail: string): boolean {
	const parsed = parse(url);
	if (!parsed) return false;
	const own = path(parsed);
	return own.endsWith(ownTail) || own.slice(0, own.lastIndexOf('/')).endsWith(ownTail);
}

function base(url: string): string {
	const parsed = parse(url);
	return parsed ? `${parsed.origin}${path(parsed)}` : url;
}

/** Sorted like KIND_ORDER, so that the received webhook is set before the flag that needs it. */
export function ordered(kinds: readonly WebhookKind[]): WebhookKind[] {
	return KIND_ORDER.filter((kind) => kinds.includes(kind));
}

/** checkExists: every wanted webhook already points at `ourUrl`, and the flag is on when needed. */
export function isRegistered(
	me: IDataObject,
	kinds: readonly WebhookKind[],
	sentByMe: boolean,
	ourUrl: string,
): boolean {
	if (!kinds.every((kind) => sameWebhookUrl(meUrl(me, kind), ourUrl))) return false;
	return !sentByMe || me[SENT_BY_ME.meField] === true;
}

/**
 * An address this node set: its webhook path, on this n8n's host or recorded by this node. The same
 * workflow imported into another n8n has the same webhook id: that one's address is someone else's.
 */
function isOurs(input: CreateInput, kind: WebhookKind, current: string): boolean {
	if (!isOwnUrl(current, input.ownTail)) return false;
	const recorded = input.records[kind]?.url;
	return parse(current)?.origin === parse(input.ourUrl)?.origin || recorded === current;
}

function previousOfOwn(input: CreateInput, kind: WebhookKind, current: string): string {
	const recorded = input.records[kind]?.previous;
	if (recorded !== undefined) return recorded;
	// In production, an address of this node is a leftover (a test listen cut short, an older
	// WEBHOOK_URL) that nothing should get back. A test listen puts production back afterwards.
	return input.testMode && base(current) !== base(input.ourUrl) ? current : '';
}

export function planCreate(input: CreateInput): CreatePlan {
	const plan: CreatePlan = { conflicts: [], puts: [], records: {}, setFlag: false };
	for (const kind of ordered(input.kinds)) {
		const current = meUrl(input.me, kind);
		let previous: string;
		if (isOurs(input, kind, current)) {
			previous = previousOfOwn(input, kind, current);
		} else if (current === '' || input.replaceExisting) {
			previous = current;
		} else {
			plan.conflicts.push({ kind, host: publicHostOf(current) });
			continue;
		}
		plan.records[kind] = { url: input.ourUrl, previous };
		if (!sameWebhookUrl(current, input.ourUrl)) plan.puts.push({ kind, value: input.ourUrl });
	}
	if (input.sentByMe) {
		const on = input.me[SENT_BY_ME.meField] === true;
		const receivedWasOurs = isOurs(input, 'received', meUrl(input.me, 'received'));
		const previous = receivedWasOurs && input.storedSentByMe ? input.storedSentByMe.previous : on;
		if (!previous) plan.sentByMe = { previous };
		plan.setFlag = !on;
	}
	return plan;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The refusal: which webhooks are taken and the other address's host, never its path or query. */
export function conflictMessage(conflicts: readonly Conflict[]): string {
	const named = conflicts.map(({ kind, host }) => `${WEBHOOK_KINDS[kind].words} (host ${host})`);
	if (named.length === 1) {
		const { kind, host } = conflicts[0];
		return `${capitalised(WEBHOOK_KINDS[kind].words)} of this Z-API instance already sends to another address (host ${host}). Turn on Replace Existing Webhook to take it over (it is put back when this workflow is deactivated), or use another Z-API instance.`;
	}
	return `These webhooks of this Z-API instance already send to other addresses: ${named.join(', ')}. Turn on Replace Existing Webhook to take them over (they are put back when this workflow is deactivated), or use another Z-API instance.`;
}

export interface RestorePlan {
	/** Turn the sent-by-me flag back off first (it needs the received webhook, which is put back next). */
	resetFlag: boolean;
	puts: Array<{ kind: WebhookKind; value: string }>;
	/** Pointed elsewhere by now: left as they are, and forgotten. */
	takenOver: WebhookKind[];
	/** `/me` did not show the field: left as they are (nobody can tell whose it is). */
	unknown: WebhookKind[];
}

/** delete: put back only what still points at this node. */
export function planRestore(me: IDataObject, data: RegistrationData): RestorePlan {
	const records = data.records ?? {};
	const plan: RestorePlan = { resetFlag: false, puts: [], takenOver: [], unknown: [] };
	const stillOurs = (kind: WebhookKind) => sameWebhookUrl(meUrl(me, kind), records[kind]!.url);
	for (const kind of ordered(Object.keys(records) as WebhookKind[])) {
		if (typeof me[WEBHOOK_KINDS[kind].meField] !== 'string') plan.unknown.push(kind);
		else if (stillOurs(kind)) plan.puts.push({ kind, value: records[kind]!.previous });
		else plan.takenOver.push(kind);
	}
	plan.resetFlag =
		data.sentByMe?.previous === false &&
		me[SENT_BY_ME.meField] === true &&
		records.received !== undefined &&
		stillOurs('received');
	return plan;
}
