import { isBase64, parseDataUrl } from '../../../../nodes/ZApi/shared/dataUrl';

describe('parseDataUrl', () => {
	test.each([
		['data:video/mp4;base64,AAAA', { type: 'video/mp4', parameters: '', data: 'AAAA' }],
		[
			'DATA:Audio/OGG;codecs=opus;BASE64,T2dn',
			{ type: 'Audio/OGG', parameters: ';codecs=opus', data: 'T2dn' },
		],
		['data:;base64,AAAA', { type: '', parameters: '', data: 'AAAA' }],
		['data:image/png;base64,', { type: 'image/png', parameters: '', data: '' }],
		// Only the first comma ends the header; the rest is data (and then not Base64).
		['data:image/png;base64,AA,AA', { type: 'image/png', parameters: '', data: 'AA,AA' }],
	])('%s', (text, expected) => {
		expect(parseDataUrl(text)).toEqual(expected);
	});

	test.each([
		'data:image/png,AAAA',
		'data:image/png;base64AAAA',
		'image/png;base64,AAAA',
		'https://example.com/a.png',
		'',
	])('%j is not a Base64 data URL', (text) => {
		expect(parseDataUrl(text)).toBeNull();
	});
});

describe('isBase64', () => {
	test.each([
		['AAAA', true],
		['iVBORw0KGgo=', true],
		['iVBORw0KGg==', true],
		['a+/b', true],
		['', false],
		['=', false],
		['==AA', false],
		['AA=A', false],
		['AA===', false],
		['AA AA', false],
		['AA-_', false],
	])('%j → %s', (text, expected) => {
		expect(isBase64(text)).toBe(expected);
	});
});

test('reads a 40 MB data URL without running out of stack', () => {
	const data = 'A'.repeat(40 * 1024 * 1024);
	const parsed = parseDataUrl(`data:video/mp4;base64,${data}`);
	expect(parsed?.data.length).toBe(data.length);
	expect(isBase64(parsed!.data)).toBe(true);
});
