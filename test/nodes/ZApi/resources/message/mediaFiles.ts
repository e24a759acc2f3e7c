/** Files for the media send tests, and input items that carry them as an earlier node leaves them. */
import type { IBinaryData } from 'n8n-workflow';

import type { InputItem } from '../../../../helpers/scenario';

const bytes = (...parts: Array<number[] | string>) =>
	Buffer.concat(
		parts.map((part) =>
			typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
		),
	);

/** Files whose first bytes are those of their format; the rest is easy to spot in output and logs. */
export const FILES = {
	png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'FAKE-PNG-BYTES-0123456789'),
	jpeg: bytes([0xff, 0xd8, 0xff, 0xe0], 'FAKE-JPEG-BYTES-0123456789'),
	gif: bytes('GIF89a', 'FAKE-GIF-BYTES-0123456789'),
	pdf: bytes('%PDF-1.7\n', 'FAKE-PDF-BYTES-0123456789'),
	docx: bytes('PK\x03\x04', 'FAKE-DOCX-BYTES-0123456789'),
	mp3: bytes('ID3\x04\x00\x00', 'FAKE-MP3-BYTES-0123456789'),
	ogg: bytes('OggS\x00\x02', 'FAKE-OGG-BYTES-0123456789'),
	mp4: bytes([0, 0, 0, 0x20], 'ftypisom\x00\x00\x02\x00', 'FAKE-MP4-BYTES-0123456789'),
	mov: bytes([0, 0, 0, 0x14], 'ftypqt  \x00\x00\x02\x00', 'FAKE-MOV-BYTES-0123456789'),
	webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', 'FAKE-WEBP-BYTES-0123456789'),
	threeGp: bytes([0, 0, 0, 0x14], 'ftyp3gp4\x00\x00\x02\x00', 'FAKE-3GP-BYTES-0123456789'),
};

export const base64 = (file: Buffer) => file.toString('base64');

export interface TestFile {
	bytes: Buffer;
	mimeType: string;
	fileName?: string;
}

/** An input item `{to}` with `file` in binary field `property`, as an earlier node leaves it. */
export function binaryItem(to: string, file: TestFile, property = 'data'): InputItem {
	const { bytes: content, ...rest } = file;
	const binary: IBinaryData = { data: base64(content), ...rest };
	return { json: { to }, binary: { [property]: binary } };
}
