/**
 * The file of a media send read from the item: its Source (URL, Base64 or a binary field of the input
 * item), checked before any request; a problem is an input error that names the field.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { Media, MediaSource } from './media';
import { MEDIA, checkType, mediaFieldLabel, mediaFromBase64, mediaFromUrl, shown } from './media';
import type { MediaKind } from './mediaTypes';
import {
	ACCEPTED,
	canonicalType,
	extensionOfName,
	extensionOfType,
	isUnknownType,
	typeOfContent,
	typeOfExtension,
} from './mediaTypes';
import { inputError } from './nodeErrors';
import { readPassParameter } from './passParameters';

/** The file in binary field `value` of the item. */
export async function mediaFromBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	kind: MediaKind,
	value: unknown,
): Promise<Media> {
	const name = typeof value === 'string' ? value.trim() : '';
	if (name === '') {
		throw new Error(
			`no field name given (got ${shown(value)}): give the binary field that holds ${MEDIA[kind].noun}, e.g. data`,
		);
	}
	const available = Object.keys(this.getInputData()[itemIndex]?.binary ?? {});
	if (!available.includes(name)) {
		throw new Error(
			`the input item has no binary field "${name}"` +
				(available.length
					? ` (it has: ${available.join(', ')})`
					: `: add a node that reads or downloads ${MEDIA[kind].noun} before this one`),
		);
	}
	const binary = this.helpers.assertBinaryData(itemIndex, name);
	const fileName = binary.fileName?.trim() || undefined;
	const file = `${fileName ? `the file "${fileName}"` : 'the file'} in "${name}"`;
	const extension =
		(fileName && extensionOfName(fileName)) ||
		extensionOfName(`.${binary.fileExtension ?? ''}`) ||
		undefined;
	let type = isUnknownType(binary.mimeType) ? undefined : canonicalType(binary.mimeType);
	type ??= extension ? typeOfExtension(extension, kind) : undefined;
	if (type) checkType(kind, type, file);
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, name);
	if (buffer.length === 0) throw new Error(`${file} is empty`);
	if (!type) {
		type = typeOfContent(buffer.subarray(0, 48), kind);
		if (type) checkType(kind, type, `${file} (read from its first bytes)`);
		else if (kind !== 'document') {
			throw new Error(
				`${file} is of unknown type (${binary.mimeType || 'none given'}), and its first bytes are not those of ${ACCEPTED[kind].what}`,
			);
		}
	}
	return {
		source: 'binary',
		base64: buffer.toString('base64'),
		type,
		extension: extension ?? (type ? extensionOfType(type) : undefined),
		fileName,
	};
}

/**
 * The file of the item from its Source (`mediaSource`): the URL or Base64 field (named after the
 * kind: `image`, `document`…) or the binary field named in `binaryPropertyName`. A problem is an input
 * error whose message starts with the field's label.
 */
export async function readMedia(
	this: IExecuteFunctions,
	itemIndex: number,
	kind: MediaKind,
): Promise<Media> {
	const source = readPassParameter<unknown>(this, 'mediaSource', itemIndex);
	const readers: Record<MediaSource, () => Media | Promise<Media>> = {
		url: () => mediaFromUrl(kind, readPassParameter(this, kind, itemIndex)),
		base64: () => mediaFromBase64(kind, readPassParameter(this, kind, itemIndex)),
		binary: async () =>
			await mediaFromBinary.call(
				this,
				itemIndex,
				kind,
				readPassParameter(this, 'binaryPropertyName', itemIndex),
			),
	};
	if (typeof source !== 'string' || !Object.hasOwn(readers, source)) {
		const message = `${MEDIA[kind].label} Source must be URL, Base64 or Binary File (got ${shown(source)})`;
		throw inputError(this.getNode(), message, itemIndex);
	}
	try {
		return await readers[source as MediaSource]();
	} catch (error) {
		const message = `${mediaFieldLabel(kind, source as MediaSource)}: ${(error as Error).message}`;
		throw inputError(this.getNode(), message, itemIndex);
	}
}
