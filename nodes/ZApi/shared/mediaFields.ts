/**
 * The form of the media sends, the same in each: the Source and its three fields (media.ts reads
 * them), and the Additional Fields only media sends take (caption, view once, background, waveform,
 * sticker author), with their readers. Each is sent only when the user added it.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { MEDIA, mediaFieldLabel } from './media';
import type { MediaSource } from './media';
import type { MediaKind } from './mediaTypes';
import { inputError } from './nodeErrors';
import { readBoolean } from './parameters';

const showFor = (source: MediaSource) => ({ show: { mediaSource: [source] } });

/** `<Kind> Source` and the URL, Base64 and Input Binary Field fields it shows. */
export function mediaSourceFields(kind: MediaKind): INodeProperties[] {
	const { label, noun, url, dataUrl, file } = MEDIA[kind];
	return [
		{
			displayName: `${label} Source`,
			name: 'mediaSource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Base64', value: 'base64', description: 'File data as a Base64 data URL' },
				{
					name: 'Binary File',
					value: 'binary',
					description: 'A file from an earlier node (HTTP Request, Read File…)',
				},
				{ name: 'URL', value: 'url', description: `The public address of ${noun}` },
			],
			default: 'url',
			description: `Where ${noun} comes from`,
		},
		{
			displayName: mediaFieldLabel(kind, 'url'),
			name: kind,
			type: 'string',
			required: true,
			default: '',
			placeholder: `e.g. ${url}`,
			description: `The public http(s) address of ${noun}. Z-API downloads it, so it must be reachable from the internet.`,
			displayOptions: showFor('url'),
		},
		{
			displayName: mediaFieldLabel(kind, 'base64'),
			name: kind,
			type: 'string',
			required: true,
			default: '',
			placeholder: `e.g. ${dataUrl}`,
			description: `${noun[0].toUpperCase()}${noun.slice(1)} as a data URL with its type. Bare Base64 is taken when its first bytes show the type (PDF, PNG, JPEG, MP3, MP4…). Line breaks are removed.`,
			displayOptions: showFor('base64'),
		},
		{
			displayName: mediaFieldLabel(kind, 'binary'),
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: `The name of the binary field of the input item that holds ${file}. Nodes that read or download files usually put them in data.`,
			displayOptions: showFor('binary'),
		},
	];
}

export type MediaOption = 'caption' | 'viewOnce' | 'async' | 'waveform' | 'stickerAuthor';

const OPTION_LABELS: Record<MediaOption, string> = {
	caption: 'Caption',
	viewOnce: 'View Once',
	async: 'Process in Background',
	waveform: 'Show Waveform',
	stickerAuthor: 'Sticker Author',
};

const TEXT_OPTIONS: MediaOption[] = ['caption', 'stickerAuthor'];

const OPTION_FIELDS: Record<MediaOption, (kind: MediaKind) => INodeProperties> = {
	caption: (kind) => ({
		displayName: OPTION_LABELS.caption,
		name: 'caption',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. This week’s menu',
		description: `Text shown under ${MEDIA[kind].noun}, sent as written`,
	}),
	viewOnce: (kind) => ({
		displayName: OPTION_LABELS.viewOnce,
		name: 'viewOnce',
		type: 'boolean',
		default: false,
		description: `Whether the recipient can open ${MEDIA[kind].noun} only once`,
	}),
	async: () => ({
		displayName: OPTION_LABELS.async,
		name: 'async',
		type: 'boolean',
		default: false,
		description:
			'Whether Z-API answers at once and prepares the file in the background (Z-API’s async). Whether it was sent shows in the delivery webhook.',
	}),
	waveform: () => ({
		displayName: OPTION_LABELS.waveform,
		name: 'waveform',
		type: 'boolean',
		default: false,
		description: 'Whether WhatsApp shows the audio with its waveform, like a voice message',
	}),
	stickerAuthor: () => ({
		displayName: OPTION_LABELS.stickerAuthor,
		name: 'stickerAuthor',
		type: 'string',
		default: '',
		placeholder: 'e.g. Acme Store',
		description: 'The author’s name WhatsApp shows in the sticker’s details, sent as written',
	}),
};

export function mediaOptionFields(kind: MediaKind, options: MediaOption[]): INodeProperties[] {
	return options.map((option) => OPTION_FIELDS[option](kind));
}

/** A caption or author: sent as written when it has text; a number is taken as its text. */
function readText(
	this: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): string | undefined {
	if (value === undefined || value === null) return undefined;
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text !== 'string') {
		const message = `${label} must be text (got ${JSON.stringify(value) ?? 'nothing'})`;
		throw inputError(this.getNode(), message, itemIndex);
	}
	return text.trim() === '' ? undefined : text;
}

/** The media options of the item's Additional Fields, checked, as body fields (only those added). */
export function readMediaOptions(
	this: IExecuteFunctions,
	fields: IDataObject,
	options: MediaOption[],
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	for (const option of options) {
		if (fields[option] === undefined) continue;
		const value = TEXT_OPTIONS.includes(option)
			? readText.call(this, itemIndex, OPTION_LABELS[option], fields[option])
			: readBoolean.call(this, itemIndex, OPTION_LABELS[option], fields[option]);
		if (value !== undefined) body[option] = value;
	}
	return body;
}
