/**
 * Group → Create's photo in workflows saved with version 1 of the node (typeVersion 1): the options it
 * was released with (Photo Source, Photo URL, Photo Base64, Input Binary Field) read and behave as they
 * did. Version 2's Photo: createPhoto.test.ts.
 */
import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ZApi } from '../../../../../nodes/ZApi/ZApi.node';
import { CREATE_GROUP, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { InputItem } from '../../../../helpers/scenario';

const double = useZApiDouble();

const PNG_BASE64 =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG = `data:image/png;base64,${PNG_BASE64}`;
const URL = 'https://example.com/logo.png';
const GROUP = '120363019502600001-group';
const json = { name: 'Sales Team', participants: '5511999998888', invite: true };
const withImage = (field: string): InputItem => ({
	json,
	binary: { [field]: { data: PNG_BASE64, mimeType: 'image/png', fileName: 'logo.png' } },
});

/** Runs Create (version 1) with these Additional Fields; resolves the photo sent, or the error. */
async function createWith(additionalFields: INodeParameters, item: InputItem = { json }) {
	const result = await runZApi(double, {
		items: [item],
		parameters: { ...CREATE_GROUP, additionalFields },
		typeVersion: 1,
	});
	const photo = double.requests.find((request) => request.endpoint === '/update-group-photo');
	return { error: result.error?.message, sent: photo?.body, output: result.output?.() };
}

const { properties } = new ZApi().description;
const createFields = properties.find(
	(property) =>
		property.name === 'additionalFields' &&
		property.displayOptions?.show?.operation?.includes('create'),
)!.options as INodeProperties[];

describe('Group → Create (version 1), the photo: the same fields and words as Update Photo', () => {
	test('Photo Source (URL, Base64, Binary File) shows Photo URL, Photo Base64 or Input Binary Field', () => {
		const option = (displayName: string) =>
			createFields.find((field) => field.displayName === displayName)!;
		const updatePhoto = properties.filter((property) =>
			property.displayOptions?.show?.operation?.includes('updatePhoto'),
		);
		const same = (displayName: string) => {
			const twin = updatePhoto.find((property) => property.displayName === displayName)!;
			expect(option(displayName)).toMatchObject({
				type: twin.type,
				placeholder: twin.placeholder,
				description: expect.stringContaining(twin.description!),
			});
		};
		['Photo URL', 'Photo Base64', 'Input Binary Field'].forEach(same);
		const source = updatePhoto.find((property) => property.name === 'photoSource')!;
		expect(option('Photo Source')).toMatchObject({
			name: 'groupPhotoSource',
			default: 'url',
			options: source.options,
		});
		expect((source.options as INodePropertyOptions[]).map((choice) => choice.name)).toEqual([
			'Base64',
			'Binary File',
			'URL',
		]);
		// The names saved in workflows before Photo Source existed stay.
		expect(option('Photo URL').name).toBe('groupPhoto');
		expect(option('Photo Base64').name).toBe('groupPhoto');
		expect(option('Input Binary Field')).toMatchObject({
			name: 'groupPhotoBinaryProperty',
			default: 'data',
		});
	});
});

describe('Group → Create (version 1), a workflow saved before Photo Source existed does what it did', () => {
	test.each([
		['an image URL', { groupPhoto: URL }, URL],
		['a data URL', { groupPhoto: PNG }, PNG],
		[
			'bare Base64, line breaks removed',
			{ groupPhoto: `${PNG_BASE64.slice(0, 20)}\n${PNG_BASE64.slice(20)}` },
			PNG_BASE64,
		],
		[
			'an empty binary field name and a URL',
			{ groupPhotoBinaryProperty: '', groupPhoto: URL },
			URL,
		],
	])('Photo URL with %s', async (_, fields, sent) => {
		expect(await createWith(fields)).toMatchObject({
			error: undefined,
			sent: { groupId: GROUP, groupPhoto: sent },
		});
	});

	test('the binary field wins over Photo URL, as it did', async () => {
		const result = await createWith(
			{ groupPhotoBinaryProperty: 'logo', groupPhoto: URL },
			withImage('logo'),
		);
		expect(result.sent).toEqual({ groupId: GROUP, groupPhoto: PNG });
		expect(result.output?.[0].json.photoUpdated).toBe(true);
	});

	test.each([
		[
			{ groupPhoto: 'logo.png' },
			'Photo URL: "logo.png" is neither an image URL (https://…) nor Base64 image data (data:image/png;base64,…)',
		],
		[
			{ groupPhotoBinaryProperty: 'data' },
			'Input Binary Field: the input item has no binary field "data": add a node that reads or downloads the image before this one',
		],
	])('bad input %j fails before any request, naming the field', async (fields, message) => {
		expect(await createWith(fields)).toMatchObject({ error: message, sent: undefined });
		expect(double.requests).toEqual([]);
	});
});

describe('Group → Create (version 1), Photo Source decides which field is read', () => {
	test.each([
		['url', { groupPhoto: URL }, { json }, URL],
		['base64', { groupPhoto: PNG }, { json }, PNG],
		['binary', { groupPhotoBinaryProperty: 'logo' }, withImage('logo'), PNG],
		// Input Binary Field left out: its default, data, as in Update Photo.
		['binary', {}, withImage('data'), PNG],
		// A field left from another source is not read.
		['url', { groupPhoto: URL, groupPhotoBinaryProperty: 'logo' }, withImage('logo'), URL],
		['binary', { groupPhoto: URL }, withImage('data'), PNG],
	])('%s with %j', async (source, fields, item, sent) => {
		const result = await createWith({ groupPhotoSource: source, ...fields }, item);
		expect(result).toMatchObject({ error: undefined, sent: { groupId: GROUP, groupPhoto: sent } });
	});

	test.each([['url'], ['base64']])(
		'%s with no photo given sets none, like any empty field',
		async (source) => {
			expect(await createWith({ groupPhotoSource: source, groupPhoto: '' })).toMatchObject({
				error: undefined,
				sent: undefined,
			});
		},
	);

	test.each([
		[
			'url',
			{ groupPhoto: PNG },
			/^Photo URL: "data:image\/png;base64,.*" is not an http\(s\) address/,
		],
		[
			'base64',
			{ groupPhoto: URL },
			/^Photo Base64: "https:\/\/example\.com\/logo\.png" is not Base64 image data/,
		],
		['binary', {}, /^Input Binary Field: the input item has no binary field "data"/],
		[
			'file',
			{ groupPhoto: URL },
			/^Photo Source must be URL, Base64 or Binary File \(got "file"\)$/,
		],
	])('%s with %j fails before any request', async (source, fields, message) => {
		const result = await createWith({ groupPhotoSource: source, ...fields });
		expect(result.error).toMatch(message);
		expect(double.requests).toEqual([]);
	});

	test('a binary that is not an image is refused before any request', async () => {
		const result = await createWith(
			{ groupPhotoSource: 'binary' },
			{ json, binary: { data: { data: 'aGVsbG8=', mimeType: 'text/plain', fileName: 'a.txt' } } },
		);
		expect(result.error).toBe(
			'Input Binary Field: the file "a.txt" in "data" is of type text/plain, not an image (image/png, image/jpeg…)',
		);
		expect(double.requests).toEqual([]);
	});
});
