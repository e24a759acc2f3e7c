/**
 * The file types of the media sends: what each kind (image, audio, video, document, sticker, video
 * note) accepts, the type of a file extension, the extension of a type, and the type of bare Base64
 * data from its first bytes. Z-API states no formats of its own: its pages defer to WhatsApp's media
 * policy (developers.facebook.com/docs/whatsapp/api/media), which the accepted lists follow, WebP
 * images too. Stickers are WebP there, but Z-API's own sticker example sends a PNG: Z-API converts.
 */

export type MediaKind = 'image' | 'document' | 'audio' | 'video' | 'sticker' | 'ptv';

/** The family of types a kind's files are of: a sticker is an image, a video note (PTV) a video. */
const FAMILY: Record<MediaKind, string> = {
	image: 'image',
	document: 'application',
	audio: 'audio',
	video: 'video',
	sticker: 'image',
	ptv: 'video',
};

/** Extension → MIME type. The first extension of a type is the one a type gets (jpg, mp3, m4a…). */
const TYPE_OF_EXTENSION: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif',
	svg: 'image/svg+xml',
	bmp: 'image/bmp',
	tif: 'image/tiff',
	tiff: 'image/tiff',
	heic: 'image/heic',
	heif: 'image/heif',
	avif: 'image/avif',
	mp3: 'audio/mpeg',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	opus: 'audio/ogg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	amr: 'audio/amr',
	wav: 'audio/wav',
	flac: 'audio/flac',
	weba: 'audio/webm',
	mp4: 'video/mp4',
	m4v: 'video/mp4',
	'3gp': 'video/3gpp',
	mov: 'video/quicktime',
	avi: 'video/x-msvideo',
	mkv: 'video/x-matroska',
	webm: 'video/webm',
	wmv: 'video/x-ms-wmv',
	mpeg: 'video/mpeg',
	mpg: 'video/mpeg',
	pdf: 'application/pdf',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	ppt: 'application/vnd.ms-powerpoint',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	odt: 'application/vnd.oasis.opendocument.text',
	ods: 'application/vnd.oasis.opendocument.spreadsheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
	rtf: 'application/rtf',
	txt: 'text/plain',
	csv: 'text/csv',
	json: 'application/json',
	xml: 'application/xml',
	zip: 'application/zip',
	rar: 'application/vnd.rar',
	'7z': 'application/x-7z-compressed',
	epub: 'application/epub+zip',
};

const EXTENSION_OF_TYPE: Record<string, string> = {};
for (const [extension, type] of Object.entries(TYPE_OF_EXTENSION)) {
	EXTENSION_OF_TYPE[type] ??= extension;
}

/** Other names in use for the same types: a file labelled audio/mp3 is sent as audio/mpeg. */
const ALIASES: Record<string, string> = {
	'image/jpg': 'image/jpeg',
	'image/pjpeg': 'image/jpeg',
	'audio/mp3': 'audio/mpeg',
	'audio/mpeg3': 'audio/mpeg',
	'audio/x-mp3': 'audio/mpeg',
	'audio/x-mpeg': 'audio/mpeg',
	'audio/m4a': 'audio/mp4',
	'audio/x-m4a': 'audio/mp4',
	'audio/x-aac': 'audio/aac',
	'audio/x-wav': 'audio/wav',
	'audio/wave': 'audio/wav',
	'application/ogg': 'audio/ogg',
	'video/3gp': 'video/3gpp',
};

const CONVERT = 'convert it, or send it as a file with Send Document';

/**
 * The types each kind accepts, how messages name them, and what to do with a file of the same family
 * the kind does not take. Documents take any type.
 */
export const ACCEPTED: Record<
	Exclude<MediaKind, 'document'>,
	{ types: string[]; what: string; otherwise: string }
> = {
	image: {
		types: ['image/jpeg', 'image/png', 'image/webp'],
		what: 'an image WhatsApp shows (JPEG, PNG or WebP)',
		otherwise: CONVERT,
	},
	audio: {
		types: ['audio/mpeg', 'audio/ogg', 'audio/opus', 'audio/mp4', 'audio/aac', 'audio/amr'],
		what: 'audio WhatsApp plays (MP3, OGG/Opus, M4A, AAC or AMR)',
		otherwise: CONVERT,
	},
	video: {
		types: ['video/mp4', 'video/3gpp'],
		what: 'a video WhatsApp plays (MP4 or 3GP)',
		otherwise: CONVERT,
	},
	sticker: {
		types: ['image/webp', 'image/png', 'image/jpeg'],
		what: 'a sticker image (WebP, PNG or JPEG)',
		otherwise: 'convert it to WebP or PNG',
	},
	// WhatsApp records video notes as MP4, and Z-API's examples send MP4.
	ptv: {
		types: ['video/mp4'],
		what: 'a video note WhatsApp plays (MP4)',
		otherwise: 'convert it to MP4, or send it with Send Video',
	},
};

/** A MIME type as compared and sent: lower case, without parameters (;codecs=…), aliases resolved. */
export function canonicalType(type: string): string {
	const bare = type.split(';')[0].trim().toLowerCase();
	return ALIASES[bare] ?? bare;
}

/** A type that says nothing about the content: the file's type is then found another way. */
export function isUnknownType(type: string | undefined): boolean {
	return !type || ['application/octet-stream', 'binary/octet-stream'].includes(canonicalType(type));
}

// MP4 and 3GP files, and WebM, hold sound alone as often as video: on an audio send they are audio.
const AS_AUDIO: Record<string, string> = {
	'video/mp4': 'audio/mp4',
	'video/3gpp': 'audio/3gpp',
	'video/webm': 'audio/webm',
};

const AS_VIDEO: Record<string, string> = Object.fromEntries(
	Object.entries(AS_AUDIO).map(([video, audio]) => [audio, video]),
);

/** The type a file extension stands for (`.MP3`, `mp3`), as the kind reads it; undefined if unknown. */
export function typeOfExtension(extension: string, kind?: MediaKind): string | undefined {
	const type = TYPE_OF_EXTENSION[extension.replace(/^\./, '').toLowerCase()];
	return type && kind === 'audio' ? (AS_AUDIO[type] ?? type) : type;
}

export function extensionOfType(type: string): string | undefined {
	const canonical = canonicalType(type);
	return EXTENSION_OF_TYPE[canonical] ?? EXTENSION_OF_TYPE[AS_VIDEO[canonical]];
}

/** The extension at the end of a file name or URL path (`report.final.PDF` → `pdf`), if any. */
export function extensionOfName(name: string): string | undefined {
	return /\.([a-z0-9]{1,10})$/i.exec(name.trim())?.[1].toLowerCase();
}

function ascii(bytes: Buffer, start: number, end: number): string {
	return bytes.subarray(start, end).toString('latin1');
}

/**
 * The type of a file from its first bytes (at least 16), for the formats users send: PDF, PNG, JPEG,
 * GIF, WebP, WAV, OGG, MP3, AAC, AMR, MP4/3GP/M4A, WebM. Undefined for anything else (ZIP-based
 * Office files among them: their bytes do not say which of docx, xlsx or zip they are).
 */
export function typeOfContent(bytes: Buffer, kind?: MediaKind): string | undefined {
	const type = sniff(bytes);
	return type && kind === 'audio' ? (AS_AUDIO[type] ?? type) : type;
}

function sniff(bytes: Buffer): string | undefined {
	if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
	if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
		return 'image/png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'image/gif';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return 'audio/wav';
	if (ascii(bytes, 0, 4) === 'OggS') return 'audio/ogg';
	if (ascii(bytes, 0, 3) === 'ID3') return 'audio/mpeg';
	if (ascii(bytes, 0, 5) === '#!AMR') return 'audio/amr';
	if (ascii(bytes, 4, 8) === 'ftyp') {
		const brand = ascii(bytes, 8, 12);
		if (brand.startsWith('3g')) return 'video/3gpp';
		if (/^M4[ABP] $/.test(brand)) return 'audio/mp4';
		if (brand === 'qt  ') return 'video/quicktime';
		return 'video/mp4';
	}
	if (bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'video/webm';
	// MPEG audio frames start with 11 set bits; layer bits 00 are AAC (ADTS), the others MP3.
	if (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) {
		return (bytes[1] & 0x06) === 0 ? 'audio/aac' : 'audio/mpeg';
	}
	return undefined;
}

/** The operation that sends a type: what an error about a wrong type suggests. */
export function operationFor(type: string): string {
	const family = canonicalType(type).split('/')[0];
	if (family === 'image') return 'Send Image';
	if (family === 'audio') return 'Send Audio';
	if (family === 'video') return 'Send Video';
	return 'Send Document';
}

/**
 * Why a kind does not take a type (`is of type …` completes it), or undefined when it does.
 * `strict` is false for a URL's extension: Z-API reads the file itself, so only an extension of
 * another kind (a .pdf on Send Image) is refused, not an image format WhatsApp may not show (.svg).
 */
export function refusal(kind: MediaKind, type: string, strict = true): string | undefined {
	if (kind === 'document') return undefined;
	const canonical = canonicalType(type);
	const { types, what, otherwise } = ACCEPTED[kind];
	if (types.includes(canonical)) return undefined;
	const sameKind = canonical.startsWith(`${FAMILY[kind]}/`);
	if (sameKind && !strict) return undefined;
	const advice = sameKind ? otherwise : `send it with ${operationFor(canonical)}`;
	return `not ${what}: ${advice}`;
}
