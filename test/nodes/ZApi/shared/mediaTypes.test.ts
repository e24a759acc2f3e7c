import {
	canonicalType,
	extensionOfName,
	extensionOfType,
	isUnknownType,
	refusal,
	typeOfContent,
	typeOfExtension,
} from '../../../../nodes/ZApi/shared/mediaTypes';

const bytes = (...parts: Array<number[] | string>) =>
	Buffer.concat(
		parts.map((part) =>
			typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
		),
	);
const PADDING = Buffer.alloc(32, 0x20);

describe('typeOfContent: the type of bare data from its first bytes', () => {
	test.each([
		['PDF', bytes('%PDF-1.4\n'), 'application/pdf'],
		['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
		['JPEG', bytes([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg'],
		['GIF', bytes('GIF87a'), 'image/gif'],
		['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
		['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
		['OGG', bytes('OggS', [0, 2]), 'audio/ogg'],
		['MP3 with ID3', bytes('ID3', [4, 0]), 'audio/mpeg'],
		['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
		['AAC (ADTS)', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
		['AMR', bytes('#!AMR\n'), 'audio/amr'],
		['MP4', bytes([0, 0, 0, 0x18], 'ftypmp42'), 'video/mp4'],
		['3GP', bytes([0, 0, 0, 0x18], 'ftyp3gp4'), 'video/3gpp'],
		['M4A', bytes([0, 0, 0, 0x18], 'ftypM4A '), 'audio/mp4'],
		['QuickTime', bytes([0, 0, 0, 0x14], 'ftypqt  '), 'video/quicktime'],
		['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3]), 'video/webm'],
		['ZIP (docx? xlsx? zip?)', bytes('PK', [3, 4]), undefined],
		['text', bytes('hello world'), undefined],
	])('%s → %s', (_, head, type) => {
		expect(typeOfContent(Buffer.concat([head, PADDING]))).toBe(type);
	});

	test('on an audio send, MP4, 3GP and WebM containers are audio', () => {
		const mp4 = bytes([0, 0, 0, 0x18], 'ftypisom', PADDING.toString('latin1'));
		expect(typeOfContent(mp4, 'audio')).toBe('audio/mp4');
		expect(typeOfContent(mp4, 'video')).toBe('video/mp4');
		expect(typeOfContent(mp4, 'document')).toBe('video/mp4');
	});
});

describe('types and extensions', () => {
	test.each([
		['image/JPG', 'image/jpeg'],
		['audio/ogg; codecs=opus', 'audio/ogg'],
		['audio/x-m4a', 'audio/mp4'],
		['application/ogg', 'audio/ogg'],
		['Application/PDF', 'application/pdf'],
	])('canonicalType(%j) = %j', (type, canonical) => {
		expect(canonicalType(type)).toBe(canonical);
	});

	test('octet-stream and nothing say nothing', () => {
		expect(
			[undefined, '', 'application/octet-stream', 'binary/octet-stream'].map(isUnknownType),
		).toEqual([true, true, true, true]);
		expect(isUnknownType('image/png')).toBe(false);
	});

	test('extensions and types, both ways', () => {
		expect(typeOfExtension('.MP3')).toBe('audio/mpeg');
		expect(typeOfExtension('mp4')).toBe('video/mp4');
		expect(typeOfExtension('mp4', 'audio')).toBe('audio/mp4');
		expect(typeOfExtension('php')).toBeUndefined();
		expect(extensionOfType('image/jpeg')).toBe('jpg');
		expect(extensionOfType('audio/mp4')).toBe('m4a');
		expect(extensionOfType('audio/3gpp')).toBe('3gp');
		expect(extensionOfType('text/plain; charset=utf-8')).toBe('txt');
		expect(extensionOfType('application/x-unknown')).toBeUndefined();
		expect(extensionOfName('Report.Final.PDF')).toBe('pdf');
		expect(extensionOfName('/files/README')).toBeUndefined();
	});
});

describe('refusal: what each kind takes', () => {
	test.each([
		['image', 'image/jpeg', undefined],
		['image', 'image/webp', undefined],
		[
			'image',
			'application/pdf',
			'not an image WhatsApp shows (JPEG, PNG or WebP): send it with Send Document',
		],
		[
			'image',
			'image/svg+xml',
			'not an image WhatsApp shows (JPEG, PNG or WebP): convert it, or send it as a file with Send Document',
		],
		['audio', 'audio/amr', undefined],
		['audio', 'audio/mp3', undefined],
		[
			'audio',
			'video/mp4',
			'not audio WhatsApp plays (MP3, OGG/Opus, M4A, AAC or AMR): send it with Send Video',
		],
		['video', 'video/3gpp', undefined],
		['video', 'image/gif', 'not a video WhatsApp plays (MP4 or 3GP): send it with Send Image'],
		['sticker', 'image/webp', undefined],
		['sticker', 'image/png', undefined],
		['sticker', 'image/gif', 'not a sticker image (WebP, PNG or JPEG): convert it to WebP or PNG'],
		['sticker', 'video/mp4', 'not a sticker image (WebP, PNG or JPEG): send it with Send Video'],
		['ptv', 'video/mp4', undefined],
		[
			'ptv',
			'video/3gpp',
			'not a video note WhatsApp plays (MP4): convert it to MP4, or send it with Send Video',
		],
		['ptv', 'audio/mpeg', 'not a video note WhatsApp plays (MP4): send it with Send Audio'],
		['document', 'application/x-anything', undefined],
		['document', 'image/png', undefined],
	] as const)('%s, %s → %s', (kind, type, why) => {
		expect(refusal(kind, type)).toBe(why);
	});

	test('a URL’s extension is refused only when it is of another kind', () => {
		expect(refusal('image', 'image/svg+xml', false)).toBeUndefined();
		expect(refusal('image', 'application/pdf', false)).toMatch(/send it with Send Document$/);
		// A sticker is of the image family, a video note of the video one.
		expect(refusal('sticker', 'image/svg+xml', false)).toBeUndefined();
		expect(refusal('ptv', 'video/quicktime', false)).toBeUndefined();
		expect(refusal('ptv', 'image/png', false)).toMatch(/send it with Send Image$/);
	});
});
