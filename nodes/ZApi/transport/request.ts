import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { inputError } from '../shared/nodeErrors';
import { CREDENTIAL_TYPE, credentialProblem, instanceUrl, readCredentials } from './credentials';
import type { RequestContext, ZApiFailure } from './errors';
import { failureFromNetworkError, failureFromResponse, toNodeApiError } from './errors';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ZApiRequest {
	method: IHttpRequestMethods;
	/** Path under the instance URL, e.g. `/create-group`. */
	endpoint: string;
	body?: IDataObject;
	itemIndex: number;
	/** What the request is for, in words, for error messages: `create the group "Sales"`. */
	action: string;
	timeout?: number;
	/** Fields a success answer must have; an answer without them is reported as a failure. */
	expect?: string[];
}

const sentButUnconfirmed = new WeakSet<object>();
const credentialsOfPass = new WeakMap<IExecuteFunctions, Promise<ICredentialsDecrypted>>();

/**
 * The credential, read once per pass of the node over its items. Each read is a database query and a
 * decryption in n8n, and with the helper's own read for every request it took most of an item's time
 * (README, Performance). n8n's helper reads it without an item index anyway, so every item was
 * authenticated with these values already.
 */
function passCredentials(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<ICredentialsDecrypted> {
	let credentials = credentialsOfPass.get(ctx);
	if (!credentials) {
		const { id, name } = ctx.getNode().credentials?.[CREDENTIAL_TYPE] ?? {};
		credentials = ctx
			.getCredentials(CREDENTIAL_TYPE, itemIndex)
			.then((data) => ({ id: id ?? '', name: name ?? '', type: CREDENTIAL_TYPE, data }));
		credentialsOfPass.set(ctx, credentials);
	}
	return credentials;
}

/** True for an error of zApiRequest after which Z-API may have done the work (timeout, reset, 5xx). */
export function mayHaveReachedZApi(error: unknown): boolean {
	return typeof error === 'object' && error !== null && sentButUnconfirmed.has(error);
}

function fail(ctx: IExecuteFunctions, failure: ZApiFailure, itemIndex: number): never {
	const error = toNodeApiError(ctx.getNode(), failure, itemIndex);
	if (failure.mayHaveReachedZApi) sentButUnconfirmed.add(error);
	throw error;
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}

/**
 * Every call to Z-API goes through here: the URL with the instance token, the credential's
 * Client-Token header (through n8n's helper, so proxy and SSL settings apply), and the mapping of every
 * failure to a message with no URL or token in it. It never retries.
 */
export async function zApiRequest(
	this: IExecuteFunctions,
	request: ZApiRequest,
): Promise<IDataObject> {
	const decrypted = await passCredentials(this, request.itemIndex);
	const credentials = readCredentials(decrypted.data!);
	const problem = credentialProblem(credentials);
	if (problem) throw inputError(this.getNode(), problem, request.itemIndex);
	const context: RequestContext = {
		action: request.action,
		method: request.method,
		timeout: request.timeout ?? DEFAULT_TIMEOUT_MS,
		credentials,
	};
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${instanceUrl(credentials)}${request.endpoint}`,
		headers: { Accept: 'application/json' },
		timeout: context.timeout,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		json: true,
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
		fail(this, failureFromNetworkError(error, context), request.itemIndex);
	}

	const body = parseBody(response.body);
	const ok = response.statusCode >= 200 && response.statusCode < 300;
	// Z-API sometimes answers a failure with 200 and {"error": "..."}.
	if (
		ok &&
		body &&
		typeof body === 'object' &&
		(Array.isArray(body) || !(body as IDataObject).error)
	) {
		const missing = (request.expect ?? []).some((field) => (body as IDataObject)[field] == null);
		if (!missing) return body as IDataObject;
	}
	fail(
		this,
		failureFromResponse(response.statusCode, body, response.headers ?? {}, context),
		request.itemIndex,
	);
}
