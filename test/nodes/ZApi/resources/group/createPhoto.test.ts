/**
 * Group → Create's photo in version 2 of the node: one Photo in Additional Fields holding its Photo
 * Source and the one field that source reads. Each source sends exactly that photo; a photo asked
 * for and not given fails the item before any request, naming the field as the form labels it.
 * Version 1 (saved workflows): createPhoto.version1.test.ts.
 */
import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

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
const WITHOUT_PHOTO = 'or remove Photo from Additional Fields to create the group without one';

/** Runs Create (version 2) with this Photo; resolves the error, the requests and the output. */
async function createWithPhoto(photo: unknown, item: InputItem = { json }) {
	const additionalFields = (photo === undefined ? {} : { photo }) as INodeParameters;
	const result = await runZApi(double, {
		items: [item],
		parameters: { ...CREATE_GROUP, additionalFields },
		typeVersion: 2,
	});
	return {
		error: result.error?.message,
		requests: double.requests.map(({ method, endpoint, body }) => ({ method, endpoint, body })),
		output: result.error ? undefined : result.output()[0].json,
	};
}

const CREATE = {
	method: 'POST',
	endpoint: '/create-group',
	body: { groupName: 'Sales Team', phones: ['5511999998888'], autoInvite: true },
};
const photoRequest = (groupPhoto: string) => ({
	method: 'POST',
	endpoint: '/update-group-photo',
	body: { groupId: GROUP, groupPhoto },
});

const description = new ZApi().description;
const createFields = description.properties.find(
	(property) =>
		property.name === 'additionalFields' &&
		property.displayOptions?.show?.operation?.includes('create'),
)!;
const options = createFields.options as INodeProperties[];
const photoOption = options.find((option) => option.name === 'photo')!;
const photoValues = (photoOption.options as INodePropertyCollection[])[0].values;
const updatePhoto = description.properties.filter((property) =>
	property.displayOptions?.show?.operation?.includes('updatePhoto'),
);
/** Whether n8n shows `property` for these values in a node of this version (its own rules). */
const shown = (property: INodeProperties, values: INodeParameters, typeVersion: number) =>
	NodeHelpers.displayParameter(values, property, { typeVersion } as INode, description);
/** The labels of Photo's fields n8n shows for a source. */
const photoLabels = (photoSource: string) =>
	photoValues.filter((value) => shown(value, { photoSource }, 2)).map((value) => value.displayName);

describe('Group → Create (version 2), the form: one Photo, its source and the field it reads', () => {
	test('the node is versions 1 and 2; new nodes are version 2', () => {
		expect(description).toMatchObject({ version: [1, 2], defaultVersion: 2 });
	});

	test('Additional Fields offers Photo once in version 2, the four photo options only in version 1', () => {
		const offered = (typeVersion: number) =>
			options
				.filter((option) => shown(option, {}, typeVersion))
				.map((option) => option.displayName);
		expect(offered(2)).toEqual([
			'Admins',
			'Group Description',
			'Ignore Follow-Up Errors',
			'Only Numbers on WhatsApp',
			'Photo',
			'Welcome Message',
		]);
		expect(offered(1)).toEqual([
			'Admins',
			'Group Description',
			'Ignore Follow-Up Errors',
			'Input Binary Field',
			'Only Numbers on WhatsApp',
			'Photo Source',
			'Photo URL',
			'Welcome Message',
		]);
	});

	test('Photo is one block: Photo Source first, then the one field of the chosen source', () => {
		expect(photoOption).toMatchObject({
			type: 'fixedCollection',
			typeOptions: { multipleValues: false },
			default: { photo: {} },
		});
		expect(photoLabels('url')).toEqual(['Photo Source', 'Photo URL']);
		expect(photoLabels('base64')).toEqual(['Photo Source', 'Photo Base64']);
		expect(photoLabels('binary')).toEqual(['Photo Source', 'Input Binary Field']);
		// The source picked when Photo is added: URL, as in Update Photo.
		const source = photoValues[0];
		const twin = updatePhoto.find((property) => property.name === 'photoSource')!;
		expect(source).toMatchObject({ type: 'options', default: 'url', options: twin.options });
		expect((source.options as INodePropertyOptions[]).map((choice) => choice.name)).toEqual([
			'Base64',
			'Binary File',
			'URL',
		]);
	});

	test('each photo field is required and reads as in Update Photo, with a placeholder that fits', () => {
		const placeholders = [
			'e.g. https://example.com/logo.png',
			'e.g. data:image/png;base64,…',
			'e.g. data',
		];
		expect(photoValues.slice(1).map((value) => value.placeholder)).toEqual(placeholders);
		for (const value of photoValues.slice(1)) {
			const twin = updatePhoto.find((property) => property.displayName === value.displayName)!;
			expect(value).toMatchObject({
				required: true,
				type: twin.type,
				default: twin.default,
				description: twin.description,
			});
		}
	});
});

describe('Group → Create (version 2), each source sends its photo right after the create', () => {
	test.each([
		['URL', { photoSource: 'url', photoUrl: URL }, { json }, URL],
		// n8n saves no value that is at its default: URL is the default source.
		['URL, the default source', { photoUrl: ` ${URL} ` }, { json }, URL],
		['Base64, a data URL', { photoSource: 'base64', photoBase64: PNG }, { json }, PNG],
		[
			'Base64, bare with a line break',
			{ photoSource: 'base64', photoBase64: `${PNG_BASE64.slice(0, 20)}\n${PNG_BASE64.slice(20)}` },
			{ json },
			PNG_BASE64,
		],
		[
			'Binary File "logo"',
			{ photoSource: 'binary', binaryPropertyName: 'logo' },
			withImage('logo'),
			PNG,
		],
		// Input Binary Field left at its default: data.
		['Binary File, the default field', { photoSource: 'binary' }, withImage('data'), PNG],
		// Only the chosen source's field is read.
		[
			'Binary File with a URL left',
			{ photoSource: 'binary', photoUrl: URL },
			withImage('data'),
			PNG,
		],
		[
			'URL with Base64 left',
			{ photoSource: 'url', photoUrl: URL, photoBase64: PNG },
			{ json },
			URL,
		],
	])('%s', async (_, photo, item, sent) => {
		const result = await createWithPhoto({ photo }, item);
		expect(result.error).toBeUndefined();
		// The connected number, the create, then the photo: nothing else, nothing twice.
		expect(result.requests).toEqual([
			{ method: 'GET', endpoint: '/device', body: undefined },
			CREATE,
			photoRequest(sent),
		]);
		expect(result.output).toMatchObject({ groupId: GROUP, photoUpdated: true });
	});

	test('the photo is read from the item: an expression per item', async () => {
		const result = await createWithPhoto(
			{ photo: { photoUrl: '={{ $json.logo }}' } },
			{
				json: { ...json, logo: URL },
			},
		);
		expect(result.requests.at(-1)).toEqual(photoRequest(URL));
	});

	test('without Photo no photo is set', async () => {
		const result = await createWithPhoto(undefined);
		expect(result.error).toBeUndefined();
		expect(result.requests.map((request) => request.endpoint)).not.toContain('/update-group-photo');
		expect(result.output).not.toHaveProperty('photoUpdated');
	});
});

describe('Group → Create (version 2), a photo asked for and not given fails the item before any request', () => {
	test.each([
		[
			'Photo added, its block removed',
			{},
			{ json },
			`Photo is empty (got {}): choose its Photo Source and give the image, ${WITHOUT_PHOTO}`,
		],
		[
			'URL, Photo URL left empty',
			{ photo: { photoSource: 'url' } },
			{ json },
			`Photo URL is empty (got ""): give the image's public address, e.g. https://example.com/logo.png, ${WITHOUT_PHOTO}`,
		],
		[
			'URL, Photo URL blank',
			{ photo: { photoUrl: '   ' } },
			{ json },
			`Photo URL is empty (got "   "): give the image's public address, e.g. https://example.com/logo.png, ${WITHOUT_PHOTO}`,
		],
		[
			'URL, an expression that finds nothing',
			{ photo: { photoUrl: '={{ $json.logo }}' } },
			{ json },
			`Photo URL is empty (got ""): give the image's public address, e.g. https://example.com/logo.png, ${WITHOUT_PHOTO}`,
		],
		[
			'URL, an expression that gives null',
			{ photo: { photoUrl: '={{ null }}' } },
			{ json },
			`Photo URL is empty (got null): give the image's public address, e.g. https://example.com/logo.png, ${WITHOUT_PHOTO}`,
		],
		[
			'Base64, Photo Base64 left empty',
			{ photo: { photoSource: 'base64', photoBase64: '' } },
			{ json },
			`Photo Base64 is empty (got ""): give the image as Base64, e.g. data:image/png;base64,iVBORw0KGgo…, ${WITHOUT_PHOTO}`,
		],
		[
			'Base64 with only Photo URL given',
			{ photo: { photoSource: 'base64', photoUrl: URL } },
			{ json },
			`Photo Base64 is empty (got ""): give the image as Base64, e.g. data:image/png;base64,iVBORw0KGgo…, ${WITHOUT_PHOTO}`,
		],
		[
			'Binary File, no binary in the item',
			{ photo: { photoSource: 'binary' } },
			{ json },
			'Input Binary Field: the input item has no binary field "data": add a node that reads or downloads the image before this one',
		],
		[
			'Binary File, another binary field',
			{ photo: { photoSource: 'binary', binaryPropertyName: 'logo' } },
			withImage('data'),
			'Input Binary Field: the input item has no binary field "logo" (it has: data)',
		],
		[
			'Binary File, Input Binary Field emptied',
			{ photo: { photoSource: 'binary', binaryPropertyName: '' } },
			withImage('data'),
			'Input Binary Field: no field name given (got ""): give the binary field that holds the image, e.g. data',
		],
	])('%s', async (_, photo, item, message) => {
		const result = await createWithPhoto(photo, item);
		expect(result.error).toBe(message);
		expect(result.requests).toEqual([]);
	});

	test('the missing binary is named by the label the form shows for Binary File', async () => {
		const [label] = photoLabels('binary').slice(1);
		const result = await createWithPhoto({ photo: { photoSource: 'binary' } });
		expect(label).toBe('Input Binary Field');
		expect(result.error).toMatch(new RegExp(`^${label}: `));
	});

	test.each([
		['url', { photoUrl: 'logo.png' }, /^Photo URL: "logo\.png" is not an http\(s\) address/],
		[
			'base64',
			{ photoBase64: URL },
			/^Photo Base64: "https:\/\/example\.com\/logo\.png" is not Base64/,
		],
		['file', { photoUrl: URL }, /^Photo Source must be URL, Base64 or Binary File \(got "file"\)$/],
	])('a wrong value of source %s fails too, naming it', async (photoSource, fields, message) => {
		const result = await createWithPhoto({ photo: { photoSource, ...fields } });
		expect(result.error).toMatch(message);
		expect(result.requests).toEqual([]);
	});

	test('under On Error: Continue the item without its photo is an error item; the next is created', async () => {
		const result = await runZApi(double, {
			items: [json, { ...json, name: 'Support', logo: URL }],
			parameters: {
				...CREATE_GROUP,
				additionalFields: { photo: { photo: { photoUrl: '={{ $json.logo }}' } } },
			},
			settings: { onError: 'continueRegularOutput' },
			typeVersion: 2,
		});
		const items = result.output().map((item) => item.json);
		expect(items[0]).toEqual({
			error: `Photo URL is empty (got ""): give the image's public address, e.g. https://example.com/logo.png, ${WITHOUT_PHOTO}`,
		});
		expect(items[1]).toMatchObject({ groupName: 'Support', photoUpdated: true });
		expect(double.requests.filter((request) => request.endpoint === '/create-group')).toHaveLength(
			1,
		);
		expect(double.requests.at(-1)!.body).toEqual({ groupId: expect.any(String), groupPhoto: URL });
	});
});
