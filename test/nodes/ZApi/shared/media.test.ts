import { mediaFromBase64, mediaFromUrl, mediaValue } from '../../../../nodes/ZApi/shared/media';

const PDF = Buffer.from('%PDF-1.7\nsome pdf bytes here').toString('base64');

describe('mediaFromUrl', () => {
	test('an http(s) address, trimmed; the type and extension of its path when known', () => {
		expect(mediaFromUrl('document', ' https://example.com/a/Report.PDF?x=1#top ')).toEqual({
			source: 'url',
			url: 'https://example.com/a/Report.PDF?x=1#top',
			type: 'application/pdf',
			extension: 'pdf',
		});
		expect(mediaFromUrl('document', 'https://example.com/get.php?id=1')).toEqual({
			source: 'url',
			url: 'https://example.com/get.php?id=1',
			type: undefined,
			extension: undefined,
		});
	});

	test.each([
		[undefined, 'nothing is not an http(s) address'],
		[42, '42 is not an http(s) address'],
		['https://example.com/a b.png', '"https://example.com/a b.png" is not an http(s) address'],
		['mailto:someone@example.com', '"mailto:someone@example.com" is not an http(s) address'],
	])('%j is refused', (value, start) => {
		expect(() => mediaFromUrl('image', value)).toThrow(start);
	});
});

describe('mediaFromBase64', () => {
	test('a data URL keeps its data; its type is made canonical; bare data gets its type from its bytes', () => {
		expect(mediaFromBase64('document', `data:Application/PDF;base64,${PDF}`)).toEqual({
			source: 'base64',
			base64: PDF,
			type: 'application/pdf',
			extension: 'pdf',
		});
		expect(mediaFromBase64('document', PDF)).toEqual({
			source: 'base64',
			base64: PDF,
			type: 'application/pdf',
			extension: 'pdf',
		});
	});

	test('a document of unknown type is taken (its extension then comes from File Extension)', () => {
		expect(mediaFromBase64('document', 'QUJD')).toEqual({ source: 'base64', base64: 'QUJD' });
	});

	test('the same data of unknown type is refused for images, audio and video', () => {
		for (const kind of ['image', 'audio', 'video'] as const) {
			expect(() => mediaFromBase64(kind, 'QUJD')).toThrow(
				'the type of the data cannot be told from its first bytes',
			);
		}
	});
});

describe('mediaValue', () => {
	test('a URL as it is; data as a data URL, octet-stream when no type is known', () => {
		expect(mediaValue({ source: 'url', url: 'https://example.com/a.pdf' })).toBe(
			'https://example.com/a.pdf',
		);
		expect(mediaValue({ source: 'base64', base64: 'QUJD' })).toBe(
			'data:application/octet-stream;base64,QUJD',
		);
		expect(mediaValue({ source: 'base64', base64: 'QUJD' }, 'text/plain')).toBe(
			'data:text/plain;base64,QUJD',
		);
	});
});
