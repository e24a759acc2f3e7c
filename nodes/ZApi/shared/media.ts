/**
 * The file of a media send (image, document, audio, video, sticker, video note) from what users have: a public URL, Base64
 * text (a data URL, or bare Base64 whose type its first bytes tell), or a file in a binary field of the
 * input item (mediaRead.ts reads the item). Its type is checked against the kind before any request
 * (mediaTypes.ts). Z-API takes a URL or a data URL, never bare Base64: Base64 and binary files are sent
 * as data URLs.
 */
import { isBase64, parseDataUrl } from './dataUrl';
import type { MediaKind } from './mediaTypes';
import {
	canonicalType,
	extensionOfName,
	extensionOfType,
	isUnknownType,
	refusal,
	typeOfContent,
	typeOfExtension,
} from './mediaTypes';

export type MediaSource = 'url' | 'base64' | 'binary';

/** How the form and the messages name each kind, and the examples they give. */
export const MEDIA: Record<
	MediaKind,
	{ label: string; noun: string; url: string; dataUrl: string; file: string }
> = {
	image: {
		label: 'Image',
		noun: 'the image',
		url: 'https://example.com/photo.jpg',
		dataUrl: 'data:image/png;base64,iVBORw0KGgo…',
		file: 'an image (JPEG, PNG or WebP)',
	},
	document: {
		label: 'Document',
		noun: 'the document',
		url: 'https://example.com/invoice.pdf',
		dataUrl: 'data:application/pdf;base64,JVBERi0x…',
		file: 'a file of any type (PDF, spreadsheet…)',
	},
	audio: {
		label: 'Audio',
		noun: 'the audio file',
		url: 'https://example.com/message.mp3',
		dataUrl: 'data:audio/mpeg;base64,SUQzBAAAAAAA…',
		file: 'an audio file (MP3, OGG, M4A, AAC or AMR)',
	},
	video: {
		label: 'Video',
		noun: 'the video',
		url: 'https://example.com/clip.mp4',
		dataUrl: 'data:video/mp4;base64,AAAAIGZ0eXBpc29t…',
		file: 'a video (MP4 or 3GP)',
	},
	sticker: {
		label: 'Sticker',
		noun: 'the sticker',
		url: 'https://example.com/sticker.webp',
		dataUrl: 'data:image/webp;base64,UklGRiQAAABXRUJQ…',
		file: 'a sticker image (WebP, PNG or JPEG)',
	},
	ptv: {
		label: 'Video Note',
		noun: 'the video note',
		url: 'https://example.com/note.mp4',
		dataUrl: 'data:video/mp4;base64,AAAAIGZ0eXBpc29t…',
		file: 'a video (MP4)',
	},
};

/** The label of the field each source reads: `Image URL`, `Image Base64`, `Input Binary Field`. */
export function mediaFieldLabel(kind: MediaKind, source: MediaSource): string {
	if (source === 'binary') return 'Input Binary Field';
	return `${MEDIA[kind].label} ${source === 'url' ? 'URL' : 'Base64'}`;
}

export interface Media {
	source: MediaSource;
	/** With URL: the address, as Z-API gets it. */
	url?: string;
	/** With Base64 or Binary File: the data, without line breaks or data URL prefix. */
	base64?: string;
	/** The file's MIME type, when known: always for images, audio and video sent as data. */
	type?: string;
	/** The file's extension, when known: of the file's name, of the URL's path, or of its type. */
	extension?: string;
	/** The binary file's name. */
	fileName?: string;
}

/** What Z-API gets: the URL, or a data URL of the given type (`data:application/pdf;base64,…`). */
export function mediaValue(media: Media, type = media.type): string {
	return media.url ?? `data:${type ?? 'application/octet-stream'};base64,${media.base64}`;
}

export function shown(value: unknown): string {
	if (typeof value !== 'string') return JSON.stringify(value) ?? 'nothing';
	return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** Fails with `<what> is of type <type>, not …` when the kind does not take the type. */
export function checkType(kind: MediaKind, type: string, what: string, strict = true): void {
	const why = refusal(kind, type, strict);
	if (why) throw new Error(`${what} is of type ${type}, ${why}`);
}

export function mediaFromUrl(kind: MediaKind, value: unknown): Media {
	const text = typeof value === 'string' ? value.trim() : '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || /\s/.test(text)) {
		throw new Error(
			`${shown(typeof value === 'string' ? text : value)} is not an http(s) address: give ${MEDIA[kind].noun}'s public URL, e.g. ${MEDIA[kind].url}`,
		);
	}
	const extension = extensionOfName(url.pathname);
	// An unknown extension says nothing (a .php page may serve a PDF): the file's type is Z-API's to see.
	const type = extension ? typeOfExtension(extension, kind) : undefined;
	if (type) checkType(kind, type, `${shown(text)} ends in .${extension}, which`, false);
	return { source: 'url', url: text, type, extension: type ? extension : undefined };
}

export function mediaFromBase64(kind: MediaKind, value: unknown): Media {
	const { dataUrl } = MEDIA[kind];
	const text = typeof value === 'string' ? value.replace(/\s+/g, '') : '';
	if (text === '') {
		throw new Error(
			`no data given (got ${shown(value)}): give ${MEDIA[kind].noun} as a data URL, e.g. ${dataUrl}`,
		);
	}
	const parts = /^data:/i.test(text) ? parseDataUrl(text) : undefined;
	if (parts === null) {
		throw new Error(`${shown(text)} is not a Base64 data URL: write it as ${dataUrl}`);
	}
	const base64 = parts ? parts.data : text;
	if (!isBase64(base64)) {
		throw new Error(`${shown(text)} is not Base64 data: give a data URL, e.g. ${dataUrl}`);
	}
	const declared = parts?.type;
	if (!isUnknownType(declared)) {
		const type = canonicalType(declared!);
		checkType(kind, type, 'the data URL');
		return { source: 'base64', base64, type, extension: extensionOfType(type) };
	}
	const type = typeOfContent(Buffer.from(base64.slice(0, 64), 'base64'), kind);
	if (type) {
		checkType(kind, type, 'the Base64 data (read from its first bytes)');
		return { source: 'base64', base64, type, extension: extensionOfType(type) };
	}
	if (kind !== 'document') {
		throw new Error(
			`the type of the data cannot be told from its first bytes: give it as a data URL with its type, e.g. ${dataUrl}`,
		);
	}
	return { source: 'base64', base64 };
}
