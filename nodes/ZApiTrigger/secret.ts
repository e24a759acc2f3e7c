/**
 * Z-API does not sign its webhook calls, so the trigger registers its URL with a secret of its own
 * (`?secret=…`) and refuses calls without it. The secret lives in the workflow's static data, which
 * every n8n process reads, and is never logged or output.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PARAMETER = 'secret';

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
