/**
 * Channel → Update Picture from a binary file of the input item: Z-API's `pictureUrl` takes Base64
 * (newsletter/update-channel-picture.md), so the file goes as a data URL, and never into the output.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

// Not a real JPEG: the double does not look inside, and the bytes are easy to spot in output.
const IMAGE_BASE64 = Buffer.from('FAKE-JPEG-BYTES-0123456789-FAKE-JPEG-BYTES').toString('base64');

test('POST /update-newsletter-picture {id, pictureUrl: the file as a data URL}', async () => {
	const channelId = double.addChannel({ name: 'Acme News' });
	const result = await runZApi(double, {
		parameters: {
			resource: 'channel',
			operation: 'updatePicture',
			channelId: { __rl: true, mode: 'list', value: channelId, cachedResultName: 'Acme News' },
			photoSource: 'binary',
			binaryPropertyName: 'logo',
		},
		items: [
			{
				json: {},
				binary: { logo: { data: IMAGE_BASE64, mimeType: 'image/jpeg', fileName: 'logo.jpg' } },
			},
		],
	});

	expect(result.error).toBeUndefined();
	expect(double.requests).toHaveLength(1);
	expect(double.requests[0]).toMatchObject({
		method: 'POST',
		endpoint: '/update-newsletter-picture',
	});
	expect(double.requests[0].body).toEqual({
		id: channelId,
		pictureUrl: `data:image/jpeg;base64,${IMAGE_BASE64}`,
	});
	expect(result.output()).toEqual([
		{
			json: { channelId, photoSource: 'binary', photoUrl: null, photoUpdated: true },
			pairedItem: { item: 0 },
		},
	]);
	expect(result.logs).not.toContain(IMAGE_BASE64);
	expect(double.channels.get(channelId)?.picture).toBe(`data:image/jpeg;base64,${IMAGE_BASE64}`);
	expectNoSecrets(result.text, double);
});

test('a file that is not an image is refused before any request', async () => {
	const channelId = double.addChannel({});
	const result = await runZApi(double, {
		parameters: {
			resource: 'channel',
			operation: 'updatePicture',
			channelId: { __rl: true, mode: 'id', value: channelId },
			photoSource: 'binary',
			binaryPropertyName: 'data',
		},
		items: [
			{
				json: {},
				binary: { data: { data: IMAGE_BASE64, mimeType: 'application/pdf', fileName: 'a.pdf' } },
			},
		],
	});
	expect(result.error?.message).toBe(
		'Input Binary Field: the file "a.pdf" in "data" is of type application/pdf, not an image (image/png, image/jpeg…)',
	);
	expect(double.requests).toHaveLength(0);
});
