/**
 * Which form of the webhook URL carries the secret at Z-API. The query (`?secret=`) first: n8n logs
 * a webhook's path at debug level, never its query. Z-API does not document whether it keeps a query
 * string; when its `/me` shows this node's URL without the secret (dropped or rewritten), the secret
 * goes into the path instead, and the static data remembers it for later activations.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { withSecret, withSecretInPath } from '../secret';
import type { WebhookKind } from '../webhookKinds';
import { WEBHOOK_KINDS } from '../webhookKinds';
import type { RegistrationData } from './plan';
import { meUrl, sameWebhookUrl } from './plan';

/** The URL to register: `url` is the node's webhook URL as n8n gives it (no query). */
export function ourUrlOf(context: IHookFunctions, url: string, secret: string): string {
	const data = context.getWorkflowStaticData('node') as RegistrationData;
	if (!data.secretInPath) return withSecret(url, secret);
	return withSecretInPath(url, secret, context.getActivationMode() === 'manual');
}

function originAndPath(url: string): string | undefined {
	try {
		const parsed = new URL(url);
		return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
	} catch {
		return undefined;
	}
}

/**
 * After registering `ourUrl` (the query form): `/me` shows, for at least one kind and for none
 * otherwise, this URL with another query or none. Fields `/me` leaves out say nothing.
 */
export function queryNotKept(
	me: IDataObject,
	kinds: readonly WebhookKind[],
	ourUrl: string,
): boolean {
	if (!new URL(ourUrl).search) return false;
	const ours = originAndPath(ourUrl);
	let notKept = false;
	for (const kind of kinds) {
		if (typeof me[WEBHOOK_KINDS[kind].meField] !== 'string') continue;
		const shown = meUrl(me, kind);
		if (sameWebhookUrl(shown, ourUrl)) continue;
		if (originAndPath(shown) !== ours) return false;
		notKept = true;
	}
	return notKept;
}
