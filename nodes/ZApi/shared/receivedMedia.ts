/**
 * The file of a received media message, named the same way whatever its kind: Z-API sends each kind
 * under its own key with its own URL field (image.imageUrl, audio.audioUrl, …). Z-API's pages
 * (webhooks/on-message-received, English and Portuguese) document image, audio (ptt: a voice note),
 * video, document and sticker; the Portuguese page shows video notes (PTV) and GIFs arriving as
 * `video`, with nothing that tells them apart, so they are videos here too.
 */
import type { IDataObject } from 'n8n-workflow';

export type MediaType = 'image' | 'audio' | 'voiceNote' | 'video' | 'document' | 'sticker';

/** What the item's `media` says; null where Z-API sent nothing. */
export interface MediaFields {
	type: MediaType;
	url: string | null;
	mimeType: string | null;
	fileName: string | null;
	caption: string | null;
	seconds: number | null;
	[key: string]: string | number | null;
}

/** Z-API's content key and the field of its URL, in the order a payload is looked at. */
const KINDS: Array<[key: string, urlField: string]> = [
	['image', 'imageUrl'],
	['audio', 'audioUrl'],
	['video', 'videoUrl'],
	['document', 'documentUrl'],
	['sticker', 'stickerUrl'],
];

function textOf(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function secondsOf(value: unknown): number | null {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The media of a message payload, or undefined when it carries none. */
export function mediaOf(body: IDataObject): MediaFields | undefined {
	for (const [key, urlField] of KINDS) {
		const content = body[key];
		if (!isObject(content)) continue;
		const type: MediaType =
			key === 'audio' && content.ptt === true ? 'voiceNote' : (key as MediaType);
		return {
			type,
			url: textOf(content[urlField]),
			// The status-reply example writes `mimetype`: read both spellings.
			mimeType: textOf(content.mimeType) ?? textOf(content.mimetype),
			fileName: textOf(content.fileName),
			caption: textOf(content.caption),
			seconds: secondsOf(content.seconds),
		};
	}
	return undefined;
}

/** Z-API's own words when it could not fetch the file itself (image.downloadError), if any. */
export function zApiDownloadError(body: IDataObject): string | undefined {
	for (const [key] of KINDS) {
		const content = body[key];
		if (isObject(content)) return textOf(content.downloadError) ?? undefined;
	}
	return undefined;
}
