import type { IDataObject, IHttpRequestMethods, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { keepOwnMessage } from '../shared/nodeErrors';
import type { ZApiCredentials } from './credentials';
import { DEFAULT_BASE_URL, maskSecrets } from './credentials';

/** What went wrong with one Z-API request, already free of secrets, before it becomes a NodeApiError. */
export interface ZApiFailure {
	message: string;
	description: string;
	httpCode?: string;
	/** Z-API's own `error` text, when it sent one. */
	zApiError?: string;
	/** The request may have reached Z-API and done its work (timeout, reset, 5xx). */
	mayHaveReachedZApi: boolean;
}

export interface RequestContext {
	/** What the request was for, in words: `create the group "Sales"`. */
	action: string;
	/** For a request that changes something: what may have happened when no clear answer came back. */
	ifUncertain?: string;
	/** GET only reads: when its answer is lost, nothing can have changed… */
	method: IHttpRequestMethods;
	/** …unless said otherwise: a GET that changes something (true), a POST that only reads (false). */
	changes?: boolean;
	timeout: number;
	credentials: ZApiCredentials;
	/** The group the request names (in its path or body), if any: a 404 may be about it. */
	groupId?: string;
}

const CLIENT_TOKEN_ERRORS = ['null not allowed', 'your client-token is not configured'];
// Z-API's words for an instance whose WhatsApp session is down (its /status page lists them).
const DISCONNECTED = /not connected|restore the session|disconnected/i;

const CREDENTIALS_HINT =
	'Check the Instance ID and Instance Token in the Z-API credential (Z-API panel → Instances → your instance) and, if account security is on, the Client Token (Z-API panel → Security).';

const UNKNOWN_INSTANCE =
	'Z-API does not know this instance or address. ' +
	CREDENTIALS_HINT +
	' If you changed the Base URL, check it too.';

/**
 * A 404 is about the instance (its ID or token) or about what the request names: Z-API documents
 * neither answer. Its own words decide when they name one; for a request that names a group and an
 * answer that does not say, the group comes first, since a credential that did not work would have
 * failed the credential test and the group list already.
 */
function notFoundDescription(zApiError: string | undefined, groupId: string | undefined): string {
	if (!groupId || (zApiError && /instance|token/i.test(zApiError))) return UNKNOWN_INSTANCE;
	const group = `the group ${groupId}`;
	const fixGroup =
		'Pick the group from the list (Group ID → From List) or look it up with Group → Get Many.';
	if (zApiError && /group/i.test(zApiError)) {
		return `Z-API says it does not know ${group}, so the Instance ID and Token are not the problem: the connected number is not (or no longer) in this group, or the ID belongs to a group of another number. ${fixGroup}`;
	}
	return `Z-API's answer does not say what it did not find. Most likely ${group}: the connected number is not (or no longer) in it, or the ID belongs to a group of another number. ${fixGroup} If every request with this credential fails this way, check the Instance ID and Instance Token in the Z-API credential (Z-API panel → Instances → your instance) and the Base URL.`;
}

function firstLine(text: string, max = 300): string {
	const line = text.split('\n')[0].trim();
	return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Z-API's `error` (or `message`) text from a JSON answer, if any. */
export function zApiErrorText(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { error, message } = body as IDataObject;
	for (const value of [error, message]) {
		if (typeof value === 'string' && value.trim()) return value.trim();
		if (value && typeof value === 'object' && typeof (value as IDataObject).message === 'string') {
			return String((value as IDataObject).message);
		}
	}
	return undefined;
}

export const CHANGE_MAY_HAVE_BEEN_MADE =
	'The change may have been made anyway: check the group (Group → Get Metadata) before you run this again.';
const NOT_SENT_AGAIN = ' The node never sends such a request a second time by itself.';
const ONLY_READS = ' The request only reads, so it changed nothing: you can run it again.';

function onlyReads({ method, changes }: RequestContext): boolean {
	return changes === undefined ? method === 'GET' : !changes;
}

/** The end of a description when no clear answer came back: a change may have been made; a read made none. */
export function uncertainOutcome(context: RequestContext): string {
	return onlyReads(context) ? ONLY_READS : NOT_SENT_AGAIN;
}

/**
 * The last step of every failure: when a request that changes something may have been carried out,
 * the message itself says so (an error item under On Error: Continue carries only the message), and
 * a read is never marked, since it changed nothing.
 */
export function settleUncertainty(failure: ZApiFailure, context: RequestContext): ZApiFailure {
	if (!failure.mayHaveReachedZApi) return failure;
	if (onlyReads(context)) return { ...failure, mayHaveReachedZApi: false };
	return {
		...failure,
		message: `${failure.message}. ${context.ifUncertain ?? CHANGE_MAY_HAVE_BEEN_MADE}`,
	};
}

/** An answer that came back but is not a success. `body` is the parsed JSON, or the raw text. */
export function failureFromResponse(
	status: number,
	body: unknown,
	headers: IDataObject,
	context: RequestContext,
): ZApiFailure {
	const { action, credentials } = context;
	const httpCode = String(status);
	const rawText = typeof body === 'string' ? body : '';
	const rawError = zApiErrorText(body);
	const zApiError = rawError ? maskSecrets(firstLine(rawError), credentials) : undefined;
	const said = zApiError ? `: ${zApiError}` : '';
	const isServerError = status >= 500;
	const tail = isServerError ? uncertainOutcome(context) : '';

	if (status >= 300 && status < 400) {
		// A redirect carries out nothing; its Location is not repeated (it may hold the instance token).
		return {
			message: `Z-API answered with a redirect (HTTP ${status}) instead of an answer when trying to ${action}`,
			description: `Nothing was done. The node does not follow redirects, so a request and its Client-Token never go to another address, and Z-API's API does not redirect: check the Base URL in the Z-API credential (${DEFAULT_BASE_URL}, or leave it empty) or the proxy in front of it.`,
			httpCode,
			mayHaveReachedZApi: false,
		};
	}
	if (rawText && /^\s*</.test(rawText)) {
		return {
			message: `Z-API answered with an HTML page instead of JSON (HTTP ${status}) when trying to ${action}`,
			description:
				"An HTML page usually comes from a proxy, a maintenance page or a wrong Base URL, not from Z-API itself. Check the Base URL in the Z-API credential and Z-API's status." +
				tail,
			httpCode,
			mayHaveReachedZApi: isServerError,
		};
	}
	if (zApiError && DISCONNECTED.test(zApiError)) {
		return {
			message: `Z-API could not ${action}: WhatsApp is not connected to the Z-API instance (Z-API said "${zApiError}")`,
			description:
				'Nothing was sent. Open the Z-API panel (Instances → your instance), scan the QR code with the phone that runs WhatsApp, and run the workflow again once the instance shows as connected.',
			httpCode,
			zApiError,
			mayHaveReachedZApi: false,
		};
	}
	if (zApiError && /^client-token not allowed$/i.test(zApiError)) {
		return {
			message: `Z-API refused the request${said}`,
			description:
				'The Client Token in the Z-API credential is wrong: copy the account security token again from the Z-API panel (Security). It is not the Instance Token.',
			httpCode,
			zApiError,
			mayHaveReachedZApi: false,
		};
	}
	if (zApiError && CLIENT_TOKEN_ERRORS.includes(zApiError.toLowerCase())) {
		return {
			message: `Z-API refused the request${said}`,
			description:
				'Account security is on for this Z-API account: fill in the Client Token in the Z-API credential with the account security token (Z-API panel → Security). ' +
				CREDENTIALS_HINT,
			httpCode,
			zApiError,
			mayHaveReachedZApi: false,
		};
	}
	if (status >= 200 && status < 300) {
		// Z-API sometimes answers an error with 200 and {"error": "..."}, or with no usable body.
		return {
			message: zApiError
				? `Z-API could not ${action}${said}`
				: `Z-API answered without the expected data when trying to ${action}`,
			description: zApiError
				? 'Z-API reported an error in a successful answer. ' + CREDENTIALS_HINT
				: 'The answer was not the JSON Z-API documents.' + uncertainOutcome(context),
			httpCode,
			zApiError,
			mayHaveReachedZApi: !zApiError,
		};
	}

	let description: string;
	switch (status) {
		case 400:
			description =
				'Z-API found the request invalid. If its message is about the instance or a token, check the Z-API credential; otherwise check the values sent: phone numbers are country code + area code + number, digits only (e.g. 5511999998888).';
			break;
		case 401:
		case 403:
			description = CREDENTIALS_HINT;
			break;
		case 404:
			description = notFoundDescription(zApiError, context.groupId);
			break;
		case 405:
			description =
				'Z-API says the HTTP method is wrong for this endpoint. This is a bug in the Z-API node: please report it.';
			break;
		case 415:
			description =
				'Z-API says the request had no JSON content type. This is a bug in the Z-API node, or a proxy changed the request.';
			break;
		case 429: {
			const retryAfter = headers['retry-after'];
			description =
				'Z-API is limiting the rate of requests from this instance.' +
				(retryAfter !== undefined
					? ` It asks to wait ${String(retryAfter)} seconds before trying again.`
					: '') +
				' Slow the workflow down (fewer items at a time, a Wait node between batches); WhatsApp also bans numbers that reach many new people quickly.';
			break;
		}
		default:
			description = isServerError
				? 'Z-API had a problem on its side.'
				: 'Z-API did not accept the request.';
	}
	const what = isServerError
		? `Z-API failed (HTTP ${status})`
		: `Z-API rejected the request (HTTP ${status})`;
	return {
		message: `${what} when trying to ${action}${said}`,
		description: description + tail,
		httpCode,
		zApiError,
		mayHaveReachedZApi: isServerError,
	};
}

/** The only way Z-API failures leave the transport: a NodeApiError with no URL, token or raw cause in it. */
export function toNodeApiError(node: INode, failure: ZApiFailure, itemIndex: number): NodeApiError {
	const safeResponse: JsonObject = { message: failure.message };
	if (failure.httpCode) safeResponse.httpCode = failure.httpCode;
	if (failure.zApiError) safeResponse.zApiError = failure.zApiError;
	const error = new NodeApiError(node, safeResponse, {
		message: failure.message,
		description: failure.description,
		httpCode: failure.httpCode,
		itemIndex,
	});
	return keepOwnMessage(error, failure.message);
}
