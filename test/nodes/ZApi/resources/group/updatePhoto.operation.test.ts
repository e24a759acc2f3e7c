import type { IBinaryData, INodeParameters } from 'n8n-workflow';

import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import type { InputItem } from '../../../../helpers/scenario';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const URL_PARAMETERS = {
	groupId: '={{ $json.groupId }}',
	photoSource: 'url',
	groupPhoto: '={{ $json.photo }}',
};

describeGroupWriteBasics(double, {
	operation: 'updatePhoto',
	endpoint: '/update-group-photo',
	parameters: URL_PARAMETERS,
	item: (groupId) => ({ groupId, photo: ' https://example.com/logo.png ' }),
	body: (groupId) => ({ groupId, groupPhoto: 'https://example.com/logo.png' }),
	output: (groupId) => ({
		groupId,
		photoSource: 'url',
		photoUrl: 'https://example.com/logo.png',
		photoUpdated: true,
	}),
	action: (groupId) => `change the photo of the group ${groupId}`,
});

// Not a real PNG: Z-API's double does not look inside, and the bytes are easy to spot in output.
const IMAGE = Buffer.from('FAKE-PNG-BYTES-0123456789-FAKE-PNG-BYTES');
const IMAGE_BASE64 = IMAGE.toString('base64');

function binaryItem(
	groupId: string,
	file: Partial<IBinaryData> = {},
	property = 'data',
): InputItem {
	return {
		json: { groupId },
		binary: {
			[property]: { data: IMAGE_BASE64, mimeType: 'image/png', fileName: 'logo.png', ...file },
		},
	};
}

const run = (
	photoSource: string,
	items: Array<Record<string, unknown> | InputItem>,
	parameters: INodeParameters = {},
) =>
	runZApi(double, {
		parameters: {
			resource: 'group',
			operation: 'updatePhoto',
			...URL_PARAMETERS,
			photoSource,
			...parameters,
		},
		items,
	});

describe('Update Photo from Base64', () => {
	test.each([
		[`data:image/png;base64,${IMAGE_BASE64}`, `data:image/png;base64,${IMAGE_BASE64}`],
		[
			`data:image/jpeg;base64,${IMAGE_BASE64.slice(0, 20)}\n${IMAGE_BASE64.slice(20)}`,
			`data:image/jpeg;base64,${IMAGE_BASE64}`,
		],
		[` ${IMAGE_BASE64} `, IMAGE_BASE64],
	])('sends %j as groupPhoto, and keeps the data out of the output', async (photo, sent) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run('base64', [{ groupId, photo }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ groupId, groupPhoto: sent });
		expect(double.group(groupId)!.photo).toBe(sent);
		expect(result.output()).toEqual([
			{
				json: { groupId, photoSource: 'base64', photoUrl: null, photoUpdated: true },
				pairedItem: { item: 0 },
			},
		]);
	});

	test.each([
		[
			'',
			'Photo Base64: no image data given (got ""): give the image as Base64, e.g. data:image/png;base64,iVBORw0KGgo…',
		],
		[
			'data:application/pdf;base64,JVBERi0x',
			'Photo Base64: the data URL is of type "application/pdf", not an image (image/png, image/jpeg…)',
		],
		[
			'not base64 at all!',
			'Photo Base64: "notbase64atall!" is not Base64 image data: use a data URL (data:image/png;base64,…) or bare Base64 text',
		],
	])('%j fails before any request', async (photo, message) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run('base64', [{ groupId, photo }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});

describe('Update Photo from a URL', () => {
	test.each([
		[
			'ftp://example.com/logo.png',
			'Photo URL: "ftp://example.com/logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
		],
		[
			'logo.png',
			'Photo URL: "logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
		],
		[
			'',
			'Photo URL: "" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
		],
	])('%j fails before any request', async (photo, message) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run('url', [{ groupId, photo }]);
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});

describe('Update Photo from a binary file', () => {
	test('sends the file as a data URL; neither output nor logs carry the image data', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run('binary', [binaryItem(groupId)]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({
			groupId,
			groupPhoto: `data:image/png;base64,${IMAGE_BASE64}`,
		});
		expect(result.output()).toEqual([
			{
				json: { groupId, photoSource: 'binary', photoUrl: null, photoUpdated: true },
				pairedItem: { item: 0 },
			},
		]);
		expect(JSON.stringify(result.output()[0].json)).not.toContain(IMAGE_BASE64);
		expect(result.logs).not.toContain(IMAGE_BASE64);
	});

	test('reads the binary field named in Input Binary Field', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run('binary', [binaryItem(groupId, { mimeType: 'image/jpeg' }, 'photo')], {
			binaryPropertyName: 'photo',
		});
		expect(result.error).toBeUndefined();
		expect(double.group(groupId)!.photo).toBe(`data:image/jpeg;base64,${IMAGE_BASE64}`);
	});

	test.each([
		[
			binaryItem('120363019502600001-group', {}, 'file'),
			{},
			'Input Binary Field: the input item has no binary field "data" (it has: file)',
		],
		[
			{ groupId: '120363019502600001-group' },
			{},
			'Input Binary Field: the input item has no binary field "data": add a node that reads or downloads the image before this one',
		],
		[
			binaryItem('120363019502600001-group', {
				mimeType: 'application/pdf',
				fileName: 'report.pdf',
			}),
			{},
			'Input Binary Field: the file "report.pdf" in "data" is of type application/pdf, not an image (image/png, image/jpeg…)',
		],
		[
			binaryItem('120363019502600001-group', { data: '' }),
			{},
			'Input Binary Field: the file in "data" is empty',
		],
		[
			binaryItem('120363019502600001-group'),
			{ binaryPropertyName: ' ' },
			'Input Binary Field: no field name given (got " "): give the binary field that holds the image, e.g. data',
		],
	])('%j %j fails before any request', async (item, parameters, message) => {
		double.addGroup({ name: 'Team' });
		const result = await run('binary', [item], parameters);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});
