/** Failures where no answer came back from Z-API: refused, timed out, reset, TLS. */
import { publicHost } from './credentials';
import type { RequestContext, ZApiFailure } from './errors';
import { uncertainOutcome } from './errors';

// Codes Node.js and axios give to failures where no answer came back.
const NEVER_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);

function errorCode(error: unknown): string | undefined {
	// n8n wraps the HTTP client's error; the code sits somewhere down the `cause` chain.
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const { code } = current as { code?: unknown };
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

function errorText(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const { message } = current as { message?: unknown };
		if (typeof message === 'string') parts.push(message);
		current = (current as { cause?: unknown }).cause;
	}
	return parts.join(' | ');
}

/** No answer came back: refused, timed out, reset. */
export function failureFromNetworkError(error: unknown, context: RequestContext): ZApiFailure {
	const { action, credentials, timeout } = context;
	const host = publicHost(credentials);
	const code = errorCode(error);
	const text = errorText(error);
	if ((code && NEVER_SENT_CODES.has(code)) || /ECONNREFUSED|ENOTFOUND/.test(text)) {
		return {
			message: `Could not connect to Z-API at ${host} to ${action}`,
			description:
				"The connection was refused or the host was not found, so nothing was sent. Check the Base URL in the Z-API credential and this machine's network or proxy settings.",
			mayHaveReachedZApi: false,
		};
	}
	if ((code && TIMEOUT_CODES.has(code)) || /timeout|timed out/i.test(text)) {
		return {
			message: `Z-API did not answer within ${timeout} ms when trying to ${action}`,
			description:
				"Z-API may be slow or unreachable. You can raise the node's Timeout option." +
				uncertainOutcome(context),
			mayHaveReachedZApi: true,
		};
	}
	if (/certificate|ssl|tls/i.test(text) || code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
		return {
			message: `Could not open a secure connection to Z-API at ${host} to ${action}`,
			description:
				'The TLS handshake failed, so nothing was sent. Check the Base URL and any proxy or SSL settings of this n8n.',
			mayHaveReachedZApi: false,
		};
	}
	return {
		message: `The connection to Z-API at ${host} broke before it answered when trying to ${action}`,
		description:
			'The connection was closed or reset while waiting for the answer.' +
			uncertainOutcome(context),
		mayHaveReachedZApi: true,
	};
}
