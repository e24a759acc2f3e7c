/**
 * Z-API does not sign its webhook calls, so the trigger registers its URL with a secret of its own
 * and refuses calls without it. The secret lives in the workflow's static data, which every n8n
 * process reads, and is never logged or output.
 *
 * Two forms of the URL: `…/zapi?secret=…` (the query: n8n never logs it) and, when Z-API is seen to
 * drop or rewrite that query, `…/zapi/<secret>` (the path, served by a second webhook of the node).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

export const SECRET_PARAMETER = 'secret';

/**
 * The webhook that takes the secret in its path. n8n types a webhook's name as 'default' or 'setup',
 * and runs the webhook methods of the name only: 'setup' has none, so registration happens once.
 */
export const SECRET_PATH_WEBHOOK = 'setup';
export const SECRET_PATH = `zapi/:${SECRET_PARAMETER}`;

/** 32 random bytes as hex: 64 characters. */
export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

/** `url` with `?secret=` set (an existing one replaced, other query parameters kept). */
export function withSecret(url: string, secret: string): string {
	const parsed = new URL(url);
	parsed.searchParams.set(SECRET_PARAMETER, secret);
	return parsed.toString();
}

/**
 * `url` (the node's webhook URL, `…/<webhookId>/zapi`) with the secret as one more path segment, in
 * the form n8n routes to the path webhook. n8n stores that webhook's path as `<webhookId>/zapi/:secret`
 * and finds it by the URL's first segment (the id) and the number of segments after it, so a
 * production URL repeats the id; its test webhooks drop the id before counting (both n8n 1.x and 2.x).
 */
export function withSecretInPath(url: string, secret: string, test: boolean): string {
	const parsed = new URL(url);
	const segments = parsed.pathname.replace(/\/+$/, '').split('/');
	if (!test) segments.splice(-1, 0, segments[segments.length - 2]);
	parsed.search = '';
	parsed.pathname = [...segments, encodeURIComponent(secret)].join('/');
	return parsed.toString();
}

/**
 * The secret a call carries: the last segment of its path on the path webhook (read from the request
 * itself: n8n's test webhooks misplace path parameters of such a path), its query on the other.
 */
export function givenSecret(context: IWebhookFunctions): unknown {
	if (context.getWebhookName() !== SECRET_PATH_WEBHOOK) {
		return (context.getQueryData() as IDataObject)[SECRET_PARAMETER];
	}
	const path = context.getRequestObject().path;
	if (typeof path !== 'string') return undefined;
	const last = path.slice(path.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Whether the secret of a call (a query parameter: text, a list when repeated, or absent) is the
 * expected one. Both sides are hashed first, so the comparison takes the same time whatever their
 * lengths and wherever they differ.
 */
export function sameSecret(given: unknown, expected: string): boolean {
	if (typeof given !== 'string' || expected === '') return false;
	return timingSafeEqual(digest(given), digest(expected));
}

/** The host of a URL, for messages that must not show its path or query (a token, a secret). */
export function publicHostOf(url: string): string {
	try {
		return new URL(url).host || 'an unknown host';
	} catch {
		return 'an address that is not a URL';
	}
}

/** The secret in the workflow's static data, when one was made. */
export function storedSecret(staticData: { secret?: unknown }): string | undefined {
	return typeof staticData.secret === 'string' && staticData.secret !== ''
		? staticData.secret
		: undefined;
}
