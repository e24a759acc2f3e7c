import type { IExecuteFunctions, INode } from 'n8n-workflow';

import { PHOTO_DESCRIPTIONS, PHOTO_SOURCE_OPTIONS } from '../../../../nodes/ZApi/shared/photo';
import {
	photoSourceFields,
	photoUpdated,
	readPhotoSource,
} from '../../../../nodes/ZApi/shared/photoSource';

describe('photoSourceFields: Photo Source, then the field each source shows', () => {
	test('one name for Photo URL and Photo Base64 unless Base64 has its own', () => {
		const fields = photoSourceFields({ description: 'Where it comes from', url: 'groupPhoto' });
		expect(fields.map((field) => [field.displayName, field.name, field.displayOptions])).toEqual([
			['Photo Source', 'photoSource', undefined],
			['Photo URL', 'groupPhoto', { show: { photoSource: ['url'] } }],
			['Photo Base64', 'groupPhoto', { show: { photoSource: ['base64'] } }],
			['Input Binary Field', 'binaryPropertyName', { show: { photoSource: ['binary'] } }],
		]);
		const own = photoSourceFields({ description: '', url: 'photoUrl', base64: 'photoBase64' });
		expect(own.map((field) => field.name)).toEqual([
			'photoSource',
			'photoUrl',
			'photoBase64',
			'binaryPropertyName',
		]);
	});

	test('the form every photo operation shows, with its own words where asked', () => {
		const [source, url, base64, binary] = photoSourceFields({
			description: 'Where the new group photo comes from',
			url: 'groupPhoto',
			base64Placeholder: 'e.g. data:image/png;base64,…',
		});
		expect(source).toEqual({
			displayName: 'Photo Source',
			name: 'photoSource',
			type: 'options',
			noDataExpression: true,
			options: PHOTO_SOURCE_OPTIONS,
			default: 'url',
			description: 'Where the new group photo comes from',
		});
		expect(url).toMatchObject({
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/logo.png',
			description: PHOTO_DESCRIPTIONS.url,
		});
		expect(base64).toMatchObject({
			placeholder: 'e.g. data:image/png;base64,…',
			description: PHOTO_DESCRIPTIONS.base64,
		});
		expect(binary).toMatchObject({ default: 'data', description: PHOTO_DESCRIPTIONS.binary });
		const [, , standard] = photoSourceFields({ description: '', url: 'picture' });
		expect(standard.placeholder).toBe('e.g. data:image/png;base64,iVBORw0…');
	});
});

/** A context with only what readPhotoSource uses. */
function contextOf(parameters: Record<string, unknown>) {
	const getNodeParameter = jest.fn((name: string) => parameters[name]);
	const context = {
		getNode: () => ({ name: 'Z-API' }) as INode,
		getNodeParameter,
		getInputData: () => [{ json: {} }],
	} as unknown as IExecuteFunctions;
	return { context, getNodeParameter };
}

describe('readPhotoSource: the photo the item points to', () => {
	test('reads Photo Source, then only the field it shows', async () => {
		const { context, getNodeParameter } = contextOf({
			photoSource: 'url',
			picture: ' https://example.com/logo.png ',
			binaryPropertyName: 'data',
		});
		await expect(readPhotoSource.call(context, 0, 'picture')).resolves.toEqual({
			photoSource: 'url',
			photo: 'https://example.com/logo.png',
		});
		expect(getNodeParameter.mock.calls.map(([name]) => name)).toEqual(['photoSource', 'picture']);
	});

	test("a problem names the field's label", async () => {
		const { context } = contextOf({ photoSource: 'base64', communityPhoto: '' });
		await expect(readPhotoSource.call(context, 0, 'communityPhoto')).rejects.toThrow(
			/^Photo Base64: no image data given/,
		);
	});
});

describe('photoUpdated: the output after the id', () => {
	test('the URL only for a URL, never the image data', () => {
		expect(photoUpdated({ photoSource: 'url', photo: 'https://example.com/a.png' })).toEqual({
			photoSource: 'url',
			photoUrl: 'https://example.com/a.png',
			photoUpdated: true,
		});
		expect(photoUpdated({ photoSource: 'base64', photo: 'data:image/png;base64,AAAA' })).toEqual({
			photoSource: 'base64',
			photoUrl: null,
			photoUpdated: true,
		});
	});
});
