/**
 * Photo Source and the field it shows (Photo URL, Photo Base64 or Input Binary Field): the form of the
 * photo updates (group, community, channel) and of Create Group's Photo, and the updates' reader.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { PhotoSource } from './photo';
import { PHOTO_DESCRIPTIONS, PHOTO_FIELDS, PHOTO_SOURCE_OPTIONS, photoFromSource } from './photo';

export interface PhotoSourceForm {
	/** Photo Source's description: `Where the new group photo comes from`. */
	description: string;
	/** The parameter Photo URL fills: each operation keeps the name its saved workflows have. */
	url: string;
	/** The parameter Photo Base64 fills; the same as Photo URL's when not given. */
	base64?: string;
	base64Placeholder?: string;
}

const showForSource = (source: PhotoSource) => ({ show: { photoSource: [source] } });

/** Photo Source, then its three fields, each shown only for its source. */
export function photoSourceFields(form: PhotoSourceForm): INodeProperties[] {
	return [
		{
			displayName: 'Photo Source',
			name: 'photoSource',
			type: 'options',
			noDataExpression: true,
			options: PHOTO_SOURCE_OPTIONS,
			default: 'url',
			description: form.description,
		},
		{
			displayName: PHOTO_FIELDS.url,
			name: form.url,
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/logo.png',
			description: PHOTO_DESCRIPTIONS.url,
			displayOptions: showForSource('url'),
		},
		{
			displayName: PHOTO_FIELDS.base64,
			name: form.base64 ?? form.url,
			type: 'string',
			required: true,
			default: '',
			placeholder: form.base64Placeholder ?? 'e.g. data:image/png;base64,iVBORw0…',
			description: PHOTO_DESCRIPTIONS.base64,
			displayOptions: showForSource('base64'),
		},
		{
			displayName: PHOTO_FIELDS.binary,
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: PHOTO_DESCRIPTIONS.binary,
			displayOptions: showForSource('binary'),
		},
	];
}

export interface PhotoUpdate {
	photoSource: PhotoSource;
	/** What Z-API takes: the URL, the Base64 given, or the binary file as a data URL. */
	photo: string;
}

/** The photo the item's Photo Source points to; `field` is the form's Photo URL / Base64 parameter. */
export async function readPhotoSource(
	this: IExecuteFunctions,
	itemIndex: number,
	field: string,
): Promise<PhotoUpdate> {
	const photoSource = this.getNodeParameter('photoSource', itemIndex) as PhotoSource;
	const photo = await photoFromSource.call(
		this,
		itemIndex,
		photoSource,
		() => this.getNodeParameter(field, itemIndex),
		() => this.getNodeParameter('binaryPropertyName', itemIndex),
	);
	return { photoSource, photo };
}

/** An update's output after its id: `photoUrl` only for a URL, never the image data itself. */
export function photoUpdated({ photoSource, photo }: PhotoUpdate): IDataObject {
	return { photoSource, photoUrl: photoSource === 'url' ? photo : null, photoUpdated: true };
}
