/**
 * Create's photo in Additional Fields, and its reader. Version 2 of the node has one Photo: its source
 * and, right under it, the one field that source reads, so it can only be filled consistently.
 * Version 1 keeps the separate options it was released with (Photo Source, Photo URL, Photo Base64,
 * Input Binary Field), read as before: saved workflows do what they did.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import { readOptionalText } from '../../shared/parameters';
import {
	PHOTO_DESCRIPTIONS,
	PHOTO_FIELDS,
	PHOTO_SOURCE_OPTIONS,
	photoFromSource,
	photoFromUrlOrBase64,
} from '../../shared/photo';
import { passNode } from '../../shared/passParameters';
import { photoSourceFields } from '../../shared/photoSource';

const VERSION_1 = { '@version': [1] };

/** Version 2: Additional Fields → Photo. */
export const photoOption: INodeProperties = {
	displayName: 'Photo',
	name: 'photo',
	type: 'fixedCollection',
	typeOptions: { multipleValues: false },
	placeholder: 'Add Photo',
	default: { photo: {} },
	description:
		'The group photo. Z-API cannot create a group with a photo, so it is set right after the group is created.',
	displayOptions: { hide: VERSION_1 },
	options: [
		{
			displayName: 'Photo',
			name: 'photo',
			// Its Photo Base64's placeholder is shorter than Update Photo's: the fields inside Additional
			// Fields are narrower.
			values: photoSourceFields({
				description: 'Where the group photo comes from',
				url: 'photoUrl',
				base64: 'photoBase64',
				base64Placeholder: 'e.g. data:image/png;base64,…',
			}),
		},
	],
};

// Without Photo Source (workflows saved before it existed) Photo URL takes Base64 too.
const PHOTO_URL_DESCRIPTION = `${PHOTO_DESCRIPTIONS.url} Without Photo Source, Base64 image data is taken here too.`;

/** Version 1's photo options, by label (Additional Fields lists its options in alphabetical order). */
export const photoOptionsV1: Record<'binary' | 'base64' | 'source' | 'url', INodeProperties> = {
	binary: {
		displayName: PHOTO_FIELDS.binary,
		name: 'groupPhotoBinaryProperty',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data',
		description: PHOTO_DESCRIPTIONS.binary,
		displayOptions: { show: VERSION_1, hide: { groupPhotoSource: ['url', 'base64'] } },
	},
	base64: {
		displayName: PHOTO_FIELDS.base64,
		name: 'groupPhoto',
		type: 'string',
		default: '',
		placeholder: 'e.g. data:image/png;base64,iVBORw0…',
		description: PHOTO_DESCRIPTIONS.base64,
		displayOptions: { show: { ...VERSION_1, groupPhotoSource: ['base64'] } },
	},
	source: {
		displayName: 'Photo Source',
		name: 'groupPhotoSource',
		type: 'options',
		noDataExpression: true,
		options: PHOTO_SOURCE_OPTIONS,
		default: 'url',
		description:
			'Where the group photo comes from. Z-API cannot create a group with a photo, so it is set right after. Without Photo Source, Input Binary Field is used when set, else Photo URL.',
		displayOptions: { show: VERSION_1 },
	},
	url: {
		displayName: PHOTO_FIELDS.url,
		name: 'groupPhoto',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description: PHOTO_URL_DESCRIPTION,
		displayOptions: { show: VERSION_1, hide: { groupPhotoSource: ['base64', 'binary'] } },
	},
};

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const WITHOUT_PHOTO = 'or remove Photo from Additional Fields to create the group without one';
const GIVE: Record<'url' | 'base64', string> = {
	url: "give the image's public address, e.g. https://example.com/logo.png",
	base64: 'give the image as Base64, e.g. data:image/png;base64,iVBORw0KGgo…',
};

/**
 * Version 2: Photo added means a photo is asked for. Nothing to read from (no source, an empty
 * Photo URL or Photo Base64, a missing binary field) fails the item, naming the field.
 */
async function readPhotoV2(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): Promise<string | undefined> {
	if (value === undefined) return undefined;
	const fail = (message: string) => inputError(this.getNode(), message, itemIndex);
	const photo = isObject(value) ? value.photo : undefined;
	if (!isObject(photo)) {
		const got = JSON.stringify(value) ?? 'nothing';
		throw fail(
			`Photo is empty (got ${got}): choose its Photo Source and give the image, ${WITHOUT_PHOTO}`,
		);
	}
	// n8n leaves out of a saved workflow what is at its default: URL, and Input Binary Field "data".
	const source = photo.photoSource ?? 'url';
	const text = source === 'base64' ? photo.photoBase64 : photo.photoUrl;
	if (source === 'url' || source === 'base64') {
		if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) {
			// Left empty in the form, n8n saves nothing: that is "".
			const got = text === undefined ? '""' : JSON.stringify(text);
			throw fail(
				`${PHOTO_FIELDS[source]} is empty (got ${got}): ${GIVE[source]}, ${WITHOUT_PHOTO}`,
			);
		}
	}
	return await photoFromSource.call(
		this,
		itemIndex,
		source,
		() => text,
		() => photo.binaryPropertyName ?? 'data',
	);
}

/**
 * Version 1: Photo Source decides which field is read, and an empty Photo URL or Photo Base64 means no
 * photo. Without Photo Source it reads as before that option existed: Input Binary Field when set,
 * else Photo URL as a URL or Base64.
 */
async function readPhotoV1(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): Promise<string | undefined> {
	const given = (label: string, value: unknown) =>
		readOptionalText.call(this, itemIndex, label, value) !== '';
	let source = fields.groupPhotoSource;
	if (source === undefined) {
		if (given(PHOTO_FIELDS.binary, fields.groupPhotoBinaryProperty)) source = 'binary';
		else if (!given(PHOTO_FIELDS.url, fields.groupPhoto)) return undefined;
		else {
			try {
				return photoFromUrlOrBase64(fields.groupPhoto);
			} catch (error) {
				const message = `${PHOTO_FIELDS.url}: ${(error as Error).message}`;
				throw inputError(this.getNode(), message, itemIndex);
			}
		}
	} else if (source === 'url' || source === 'base64') {
		if (!given(PHOTO_FIELDS[source], fields.groupPhoto)) return undefined;
	}
	return await photoFromSource.call(
		this,
		itemIndex,
		source,
		() => fields.groupPhoto,
		() => fields.groupPhotoBinaryProperty ?? 'data',
	);
}

/** The photo Additional Fields ask for, or undefined; checked before any request. */
export async function readPhoto(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): Promise<string | undefined> {
	return passNode(this).typeVersion >= 2
		? await readPhotoV2.call(this, itemIndex, fields.photo)
		: await readPhotoV1.call(this, itemIndex, fields);
}
