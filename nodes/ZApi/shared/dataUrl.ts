/**
 * Data URLs and Base64 text read without a regular expression over the data itself: a pattern run over
 * megabytes of Base64 can overflow V8's regexp backtrack stack, which surfaces as "Maximum call stack
 * size exceeded" instead of the message about the file (seen with a 10.5 MB video).
 */

/** `data:<type><;parameters>;base64` — the part before the first comma. */
const HEADER = /^data:([^;,]*)((?:;[^;,]*)*);base64$/i;
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

export interface DataUrl {
	/** The media type as written, e.g. "video/mp4"; "" when none. */
	type: string;
	/** Parameters between the type and ";base64", e.g. ";codecs=opus"; "" when none. */
	parameters: string;
	data: string;
}

/** A Base64 data URL's parts, or null when `text` is not one. */
export function parseDataUrl(text: string): DataUrl | null {
	const comma = text.indexOf(',');
	if (comma < 0) return null;
	const header = HEADER.exec(text.slice(0, comma));
	return header ? { type: header[1], parameters: header[2], data: text.slice(comma + 1) } : null;
}

/** Base64 text (no spaces): its alphabet, then at most two "=" of padding at the end. */
export function isBase64(text: string): boolean {
	if (text === '' || NOT_BASE64.test(text)) return false;
	const padding = text.indexOf('=');
	if (padding === -1) return true;
	const tail = text.length - padding;
	return padding > 0 && tail <= 2 && text.endsWith('='.repeat(tail));
}
