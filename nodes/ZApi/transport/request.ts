import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { isGroupId } from '../shared/groupIdForm';
import { inputError } from '../shared/nodeErrors';
import { passCredentials, recordErrorFacts } from '../shared/retryState';
import type { ZApiCredentials } from './credentials';
import { CREDENTIAL_TYPE, credentialProblem, instanceUrl, readCredentials } from './credentials';
import type { RequestContext, ZApiFailure } from './errors';
import { failureFromResponse, settleUncertainty, toNodeApiError } from './errors';
import { failureFromNetworkError } from './networkErrors';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The node's Options → Timeout (Milliseconds), or the default when it is not set. */
export function timeoutOf(options: { timeout?: unknown }): number {
	return Number(options.timeout) > 0 ? Number(options.timeout) : DEFAULT_TIMEOUT_MS;
}

/**
 * Who may call Z-API: a node's execute pass, a trigger's webhook methods, or the editor's list search
 * (the group picker); the last two use item 0.
 */
export type ZApiContext = IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions;

export interface ZApiRequest {
	method: IHttpRequestMethods;
	/** Path under the instance URL, e.g. `/create-group`. */
	endpoint: string;
	/** A JSON object, or a JSON list where Z-API's page takes one (`/contacts/add`, `/contacts/remove`). */
	body?: IDataObject | IDataObject[] | string[];
	itemIndex: number;
	/** What the request is for, in words, for error messages: `create the group "Sales"`. */
	action: string;
	timeout?: number;
	/** Fields a success answer must have; an answer without them is reported as a failure. */
	expect?: string[];
	/**
	 * For a request that changes something, what may have happened when no clear answer came back and
	 * how to check, e.g. `The group may have been created anyway: …`. The error message ends with it.
	 */
	ifUncertain?: string;
	/** A 2xx answer with no body at all counts as a success (`{}`): Z-API's webhook setters. */
	acceptEmptyAnswer?: boolean;
	/**
	 * Decides instead of the usual checks whether a 2xx answer (parsed JSON, or the raw text) is a
	 * success: what it returns is the result; undefined makes it the usual failure. For answers whose
	 * `error` field is data (GET /status) or whose body Z-API does not document (the QR code).
	 */
	accept?: (body: unknown) => IDataObject | undefined;
	/**
	 * Whether the request changes something, which decides what a lost answer means. By default every
	 * method but GET does; `false` for a POST that only reads (`/phone-exists-batch`), `true` for a
	 * GET that changes something (join a group, restart).
	 */
	changes?: boolean;
}

/** The group a request names: a path segment or the body's groupId or phone (a send to a group). */
function groupNamedBy({ endpoint, body }: ZApiRequest): string | undefined {
	const segments = endpoint.split('?')[0].split('/');
	const fields = Array.isArray(body) ? undefined : body;
	const candidates: unknown[] = [...segments, fields?.groupId, fields?.phone];
	return candidates.find(
		(candidate): candidate is string => typeof candidate === 'string' && isGroupId(candidate),
	);
}

function fail(
	ctx: ZApiContext,
	failure: ZApiFailure,
	context: RequestContext,
	itemIndex: number,
): never {
	const settled = settleUncertainty(failure, context);
	const error = toNodeApiError(ctx.getNode(), settled, itemIndex);
	throw recordErrorFacts(error, { mayHaveReachedZApi: settled.mayHaveReachedZApi });
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}

// By the decrypted data passCredentials hands out, one object per pass: checked (and its URL built)
// once per pass too.
const checked = new WeakMap<
	ICredentialDataDecryptedObject,
	{ credentials: ZApiCredentials; problem?: string; url: string }
>();

function checkedCredentials(data: ICredentialDataDecryptedObject) {
	let known = checked.get(data);
	if (!known) {
		const credentials = readCredentials(data);
		known = { credentials, problem: credentialProblem(credentials), url: instanceUrl(credentials) };
		checked.set(data, known);
	}
	return known;
}

/** What a failure's message is made of, built only when one happens. */
function contextOf(
	request: ZApiRequest,
	timeout: number,
	credentials: ZApiCredentials,
): RequestContext {
	return {
		action: request.action,
		ifUncertain: request.ifUncertain,
		method: request.method,
		changes: request.changes,
		timeout,
		credentials,
		groupId: groupNamedBy(request),
	};
}

/**
 * Every call to Z-API goes through here: the URL with the instance token, the credential's
 * Client-Token header (through n8n's helper, so proxy and SSL settings apply), and the mapping of every
 * failure to a message with no URL or token in it. It never retries and never follows a redirect.
 */
export async function zApiRequest(this: ZApiContext, request: ZApiRequest): Promise<IDataObject> {
	const decrypted = await passCredentials(this, request.itemIndex);
	const { credentials, problem, url } = checkedCredentials(decrypted.data!);
	// Each request that needs the credential fails with its own item, as when it was checked each time.
	if (problem) throw inputError(this.getNode(), problem, request.itemIndex);
	const timeout = request.timeout ?? DEFAULT_TIMEOUT_MS;
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${url}${request.endpoint}`,
		headers: { Accept: 'application/json' },
		timeout,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: true,
		// A redirect is answered, not followed (errors.ts): the token stays with the Base URL's host,
		// a create is never sent a second time, and n8n skips its redirect-following wrapper.
		disableFollowRedirect: true,
	};
	if (request.body !== undefined) {
		options.body = request.body;
		options.headers!['Content-Type'] = 'application/json';
	}

	let response: { statusCode: number; body: unknown; headers: IDataObject };
	try {
		response = await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			options,
			{ credentialsDecrypted: decrypted },
		);
	} catch (error) {
		const context = contextOf(request, timeout, credentials);
		fail(this, failureFromNetworkError(error, context), context, request.itemIndex);
	}

	const body = parseBody(response.body);
	const ok = response.statusCode >= 200 && response.statusCode < 300;
	const empty = body === undefined || body === null || (typeof body === 'string' && !body.trim());
	if (ok && empty && request.acceptEmptyAnswer) return {};
	if (ok && request.accept) {
		const accepted = request.accept(body);
		if (accepted) return accepted;
	} else if (
		// Z-API sometimes answers a failure with 200 and {"error": "..."}.
		ok &&
		body &&
		typeof body === 'object' &&
		(Array.isArray(body) || !(body as IDataObject).error)
	) {
		const missing = request.expect?.some((field) => (body as IDataObject)[field] == null);
		if (!missing) return body as IDataObject;
	}
	const context = contextOf(request, timeout, credentials);
	fail(
		this,
		failureFromResponse(response.statusCode, body, response.headers ?? {}, context),
		context,
		request.itemIndex,
	);
}
