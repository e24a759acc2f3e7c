import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';

import { isBase64, parseDataUrl } from './dataUrl';
import { inputError } from './nodeErrors';

/**
 * A group photo as Z-API takes it (`groupPhoto`: an image URL or Base64), from what users have: a
 * URL, Base64 text (a data URL or bare), or an image in a binary field of the input item. Each
 * function throws a message naming the value; the caller prefixes its field's name.
 */

export type PhotoSource = 'url' | 'base64' | 'binary';

/** The label of the field each source reads, in Update Photo and in Create's Additional Fields. */
export const PHOTO_FIELDS: Record<PhotoSource, string> = {
	url: 'Photo URL',
	base64: 'Photo Base64',
	binary: 'Input Binary Field',
};

/** The choices of Photo Source, and the descriptions of the fields it shows: the same in both forms. */
export const PHOTO_SOURCE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Base64', value: 'base64', description: 'Image data as Base64 text or a data URL' },
	{
		name: 'Binary File',
		value: 'binary',
		description: 'An image file from an earlier node (HTTP Request, Read File…)',
	},
	{ name: 'URL', value: 'url', description: 'The public address of an image' },
];
export const PHOTO_DESCRIPTIONS: Record<PhotoSource, string> = {
	url: 'The public http(s) address of the image. Z-API downloads it, so it must be reachable from the internet.',
	base64:
		'The image as a data URL (data:image/png;base64,…) or as bare Base64 text. Line breaks in it are removed.',
	binary:
		'The name of the binary field of the input item that holds the image (JPEG or PNG). Nodes that read or download files usually put them in data.',
};

function shown(text: string): string {
	return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

export function photoFromUrl(value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || /\s/.test(text)) {
		const got = typeof value === 'string' ? shown(text) : (JSON.stringify(value) ?? 'nothing');
		throw new Error(
			`${got} is not an http(s) address: give the image's public URL, e.g. https://example.com/logo.png`,
		);
	}
	return text;
}

/** A data URL or bare Base64; line breaks removed. */
export function photoFromBase64(value: unknown): string {
	const text = typeof value === 'string' ? value.replace(/\s+/g, '') : '';
	if (text === '') {
		throw new Error(
			`no image data given (got ${JSON.stringify(value) ?? 'nothing'}): give the image as Base64, e.g. data:image/png;base64,iVBORw0KGgo…`,
		);
	}
	// A data URL here has no parameters between its type and ";base64".
	const parsed = parseDataUrl(text);
	const dataUrl = parsed?.parameters === '' ? parsed : null;
	if (dataUrl && !/^image\//i.test(dataUrl.type)) {
		throw new Error(
			`the data URL is of type "${dataUrl.type || 'none'}", not an image (image/png, image/jpeg…)`,
		);
	}
	if (!isBase64(dataUrl ? dataUrl.data : text)) {
		throw new Error(
			`${shown(text)} is not Base64 image data: use a data URL (data:image/png;base64,…) or bare Base64 text`,
		);
	}
	return text;
}

/** A URL when it looks like one, else Base64: for a single field that takes either. */
export function photoFromUrlOrBase64(value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return photoFromUrl(value);
	if (text !== '' && !text.startsWith('data:') && !isBase64(text.replace(/\s+/g, ''))) {
		throw new Error(
			`${shown(text)} is neither an image URL (https://…) nor Base64 image data (data:image/png;base64,…)`,
		);
	}
	return photoFromBase64(value);
}

/** The image in binary field `value` of the item, as a data URL. */
export async function photoFromBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): Promise<string> {
	const name = typeof value === 'string' ? value.trim() : '';
	if (name === '') {
		throw new Error(
			`no field name given (got ${JSON.stringify(value) ?? 'nothing'}): give the binary field that holds the image, e.g. data`,
		);
	}
	const available = Object.keys(this.getInputData()[itemIndex]?.binary ?? {});
	if (!available.includes(name)) {
		throw new Error(
			`the input item has no binary field "${name}"` +
				(available.length
					? ` (it has: ${available.join(', ')})`
					: ': add a node that reads or downloads the image before this one'),
		);
	}
	const binary = this.helpers.assertBinaryData(itemIndex, name);
	const mimeType = binary.mimeType ?? '';
	if (!/^image\//i.test(mimeType)) {
		const file = binary.fileName ? `the file "${binary.fileName}"` : 'the file';
		throw new Error(
			`${file} in "${name}" is ${mimeType ? `of type ${mimeType}` : 'of unknown type'}, not an image (image/png, image/jpeg…)`,
		);
	}
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, name);
	if (buffer.length === 0) throw new Error(`the file in "${name}" is empty`);
	return `data:${mimeType};base64,${buffer.toString('base64')}`;
}

/**
 * The photo from the field `source` reads (`value` for URL and Base64, the binary field named by
 * `binaryField` for Binary File), each read only when needed. A problem is an input error whose
 * message starts with the field's label.
 */
export async function photoFromSource(
	this: IExecuteFunctions,
	itemIndex: number,
	source: unknown,
	value: () => unknown,
	binaryField: () => unknown,
): Promise<string> {
	const parsers: Record<PhotoSource, () => string | Promise<string>> = {
		url: () => photoFromUrl(value()),
		base64: () => photoFromBase64(value()),
		binary: async () => await photoFromBinary.call(this, itemIndex, binaryField()),
	};
	if (typeof source !== 'string' || !Object.hasOwn(parsers, source)) {
		const got = JSON.stringify(source) ?? 'nothing';
		const message = `Photo Source must be URL, Base64 or Binary File (got ${got})`;
		throw inputError(this.getNode(), message, itemIndex);
	}
	try {
		return await parsers[source as PhotoSource]();
	} catch (error) {
		const message = `${PHOTO_FIELDS[source as PhotoSource]}: ${(error as Error).message}`;
		throw inputError(this.getNode(), message, itemIndex);
	}
}
