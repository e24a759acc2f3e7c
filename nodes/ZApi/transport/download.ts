/**
 * Downloads a file from a plain http(s) URL: the media Z-API stores for a received message. Its URLs
 * are on Z-API's storage host, not the instance API, so the request carries no credential (no token on
 * a foreign host): n8n's plain httpRequest, streamed, with a size limit and a timeout for the whole
 * download. A failure is a MediaDownloadError whose message names the host at most, never the URL.
 */
import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

/** The part of a Node.js readable stream (the answer's body) the download uses. */
interface Readable {
	on(event: string, listener: (...args: never[]) => void): unknown;
	destroy(): unknown;
}

export type DownloadHelpers = Pick<IExecuteFunctions['helpers'], 'httpRequest'>;

export interface DownloadLimits {
	maxBytes: number;
	timeoutMs: number;
}

export interface DownloadedFile {
	data: Buffer;
	/** The answer's Content-Type, as sent (may be absent or generic). */
	contentType?: string;
}

/** A download that failed or was refused; the message says why in words a user can act on. */
export class MediaDownloadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MediaDownloadError';
	}
}

/** Why a download failed, as a MediaDownloadError (callers show its message as it is). */
export function downloadError(message: string): MediaDownloadError {
	return new MediaDownloadError(message);
}

/** The URL as a URL object when it is an absolute http(s) address; a MediaDownloadError otherwise. */
export function mediaUrl(value: unknown): URL {
	const text = typeof value === 'string' ? value.trim() : '';
	let url: URL | undefined;
	try {
		url = text === '' || /\s/.test(text) ? undefined : new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '') {
		throw downloadError(
			text === '' ? 'there is no URL to download from' : 'the URL is not an http(s) address',
		);
	}
	return url;
}

export function megabytes(bytes: number): string {
	const value = bytes / (1024 * 1024);
	return `${Number(value.toFixed(value < 10 ? 1 : 0))} MB`;
}

const NETWORK_WORDS: Record<string, string> = {
	ENOTFOUND: 'its host name does not resolve',
	EAI_AGAIN: 'its host name could not be resolved',
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was closed before the file came',
	EPIPE: 'the connection was closed before the file came',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the connection timed out',
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
};

function networkWords(error: unknown): string {
	const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code;
	const causeCode = (error as { cause?: { code?: unknown } })?.cause?.code;
	for (const candidate of [code, causeCode]) {
		if (typeof candidate === 'string' && NETWORK_WORDS[candidate]) return NETWORK_WORDS[candidate];
	}
	return 'the request failed';
}

function headerOf(headers: IN8nHttpFullResponse['headers'], name: string): string | undefined {
	const value = headers?.[name] ?? headers?.[name.toLowerCase()];
	if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function isReadable(value: unknown): value is Readable {
	return (
		typeof (value as Readable)?.on === 'function' &&
		typeof (value as Readable)?.destroy === 'function'
	);
}

/** Reads the stream up to maxBytes; rejects with why it stopped. */
async function readAll(
	stream: Readable,
	limits: DownloadLimits,
	signal: AbortSignal,
	fail: { tooLarge: () => Error; timedOut: () => Error; broken: (error: unknown) => Error },
): Promise<Buffer> {
	return await new Promise<Buffer>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let settled = false;
		const settle = (error?: Error) => {
			if (settled) return;
			settled = true;
			signal.removeEventListener('abort', onAbort);
			if (error) {
				stream.destroy();
				reject(error);
			} else resolve(Buffer.concat(chunks, size));
		};
		const onAbort = () => settle(fail.timedOut());
		signal.addEventListener('abort', onAbort);
		if (signal.aborted) return onAbort();
		stream.on('data', (chunk: Buffer | string) => {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += bytes.length;
			if (size > limits.maxBytes) return settle(fail.tooLarge());
			chunks.push(bytes);
		});
		stream.on('end', () => settle());
		stream.on('error', (error) => settle(signal.aborted ? fail.timedOut() : fail.broken(error)));
		// Destroyed without an error (an aborted answer): never leave the promise hanging.
		stream.on('close', () => settle(signal.aborted ? fail.timedOut() : fail.broken(undefined)));
	});
}

/**
 * GET `url` without any credential. Refuses before reading a body a Content-Length says is over the
 * limit, and stops reading one that grows over it; the timeout covers the whole download.
 */
export async function downloadFile(
	helpers: DownloadHelpers,
	url: URL,
	limits: DownloadLimits,
): Promise<DownloadedFile> {
	const host = url.host;
	// One deadline for the whole download: the answer and every byte of the file.
	const signal = AbortSignal.timeout(limits.timeoutMs);
	const timedOut = () =>
		downloadError(
			`the download from ${host} took longer than the timeout of ${limits.timeoutMs / 1000} s`,
		);
	const tooLarge = (size?: number) =>
		downloadError(
			`the file from ${host} is ${size === undefined ? 'larger than' : `${megabytes(size)}, over`} the size limit of ${megabytes(limits.maxBytes)}`,
		);
	let response: IN8nHttpFullResponse;
	try {
		response = (await helpers.httpRequest({
			method: 'GET',
			url: url.href,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: limits.timeoutMs,
			abortSignal: signal,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		if (signal.aborted) throw timedOut();
		throw downloadError(`the download from ${host} failed: ${networkWords(error)}`);
	}
	const body = response.body as unknown;
	const stream = isReadable(body) ? body : undefined;
	const status = response.statusCode;
	if (status < 200 || status >= 300) {
		stream?.destroy();
		const expired = [403, 404, 410].includes(status)
			? ' (the link may have expired: Z-API deletes received files after 30 days)'
			: '';
		throw downloadError(`${host} answered HTTP ${status}${expired}`);
	}
	const length = Number(headerOf(response.headers, 'content-length'));
	if (Number.isFinite(length) && length > limits.maxBytes) {
		stream?.destroy();
		throw tooLarge(length);
	}
	const contentType = headerOf(response.headers, 'content-type');
	if (!stream) {
		const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '');
		if (data.length > limits.maxBytes) throw tooLarge(data.length);
		return { data, contentType };
	}
	const data = await readAll(stream, limits, signal, {
		tooLarge: () => tooLarge(),
		timedOut,
		broken: (error) =>
			downloadError(
				`the download from ${host} broke off: ${error === undefined ? 'the connection was closed before the file came' : networkWords(error)}`,
			),
	});
	return { data, contentType };
}
