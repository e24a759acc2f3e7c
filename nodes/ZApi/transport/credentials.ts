import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const CREDENTIAL_TYPE = 'zApiApi';
export const DEFAULT_BASE_URL = 'https://api.z-api.io';

export interface ZApiCredentials {
	instanceId: string;
	instanceToken: string;
	clientToken: string;
	baseUrl: string;
}

/** Trims what users paste (spaces, trailing slashes) so that URLs and masks use the real values. */
export function readCredentials(data: ICredentialDataDecryptedObject): ZApiCredentials {
	// An expression in a credential field may give a number (an all-digit instance ID).
	const text = (value: unknown) =>
		typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	return {
		instanceId: text(data.instanceId),
		instanceToken: text(data.instanceToken),
		clientToken: text(data.clientToken),
		baseUrl: (text(data.baseUrl) || DEFAULT_BASE_URL).replace(/\/+$/, ''),
	};
}

/**
 * What makes the credential unusable, as a message for the user, before any request is built from it
 * (an empty ID would send `/instances//token/…`). It never quotes a value: a Base URL pasted from the
 * Z-API panel can carry the token.
 */
export function credentialProblem(credentials: ZApiCredentials): string | undefined {
	const where = 'Z-API panel → Instances → your instance';
	if (!credentials.instanceId) {
		return `The Z-API credential has no Instance ID: fill it in with the ID of your instance (${where})`;
	}
	if (!credentials.instanceToken) {
		return `The Z-API credential has no Instance Token: fill it in with the token shown next to the Instance ID (${where})`;
	}
	let url: URL | undefined;
	try {
		url = new URL(credentials.baseUrl);
	} catch {
		// Not a URL at all, e.g. api.z-api.io without https://.
	}
	if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
		return `The Z-API credential's Base URL is not an http:// or https:// address: use ${DEFAULT_BASE_URL} (or leave it empty), or the full address of your proxy`;
	}
	// The panel shows the instance's whole API address; pasted as the Base URL, every request would go
	// to …/instances/ID/token/TOKEN/instances/ID/token/TOKEN/….
	if (/\/instances\//i.test(url.pathname)) {
		return `The Z-API credential's Base URL contains the path of an instance (/instances/…): keep only its start, ${DEFAULT_BASE_URL}, and put the Instance ID and Token in their own fields`;
	}
	return undefined;
}

/** `{baseUrl}/instances/{id}/token/{token}`: a secret, since the token is in it. */
export function instanceUrl(credentials: ZApiCredentials): string {
	return `${credentials.baseUrl}/instances/${encodeURIComponent(credentials.instanceId)}/token/${encodeURIComponent(credentials.instanceToken)}`;
}

/**
 * instanceUrl and readCredentials as an n8n expression over `$credentials`, for the credential's test
 * request, which n8n builds itself: the same trimming, default Base URL and encoding (a test checks
 * both give the same URL).
 */
const field = (name: string) => `String($credentials.${name} || '').trim()`;
export const INSTANCE_URL_EXPRESSION =
	`={{ (${field('baseUrl')} || '${DEFAULT_BASE_URL}').replace(/\\/+$/, '')` +
	` + '/instances/' + encodeURIComponent(${field('instanceId')})` +
	` + '/token/' + encodeURIComponent(${field('instanceToken')}) }}`;

const MASK = '***';

/** Removes both tokens, and any token-bearing URL path, from text that may reach a user or a log. */
export function maskSecrets(text: string, credentials?: ZApiCredentials): string {
	let masked = text.replace(/(\/token\/)[^/\s?#"']+/gi, `$1${MASK}`);
	for (const secret of [credentials?.instanceToken, credentials?.clientToken]) {
		// Very short values would mask ordinary words; real tokens are long.
		if (secret && secret.length >= 4) masked = masked.split(secret).join(MASK);
	}
	return masked;
}

/** The host users may see in messages: never the path, which carries the token. */
export function publicHost(credentials: ZApiCredentials): string {
	try {
		return new URL(credentials.baseUrl).host;
	} catch {
		return 'the Base URL';
	}
}
