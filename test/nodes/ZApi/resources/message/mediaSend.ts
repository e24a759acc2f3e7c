/**
 * For the media sends (Send Image, Document, Audio, Video, Sticker, Video Note): the checks each one must pass, run
 * with runZApi against the Z-API double.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { ZApi } from '../../../../../nodes/ZApi/ZApi.node';
import type { InputItem, NodeSettings, ZApiDouble } from '../../../../helpers/scenario';
import { expectNoSecrets, runZApi } from '../../../../helpers/scenario';
import { base64, binaryItem } from './mediaFiles';
import type { TestFile } from './mediaFiles';

export * from './mediaFiles';

export const PHONE = '5511988887777';

export const OUTPUT = {
	phone: PHONE,
	zaapId: 'ZAAP3EB0DOUBLE0000000001',
	messageId: '3EB0DOUBLE0000000001',
	id: '3EB0DOUBLE0000000001',
};

/** The operation's parameters, reading `to` and `file` from the item, and `fields` as Additional Fields. */
export function mediaParameters(
	operation: string,
	kind: string,
	mediaSource: string,
	additionalFields: IDataObject = {},
): INodeParameters {
	return {
		resource: 'message',
		operation,
		phone: '={{ $json.to }}',
		mediaSource,
		[kind]: '={{ $json.file }}',
		binaryPropertyName: '={{ $json.field ?? "data" }}',
		additionalFields,
	} as INodeParameters;
}

/** The names of the operation's Additional Fields, as the node describes them. */
export function additionalFieldNames(operation: string): string[] {
	const collection = new ZApi().description.properties.find(
		(property) =>
			property.name === 'additionalFields' &&
			property.displayOptions?.show?.operation?.includes(operation),
	)!;
	return (collection.options as Array<{ name: string }>).map((option) => option.name);
}

export interface MediaSendSpec {
	operation: string;
	/** The body field that carries the file, and the parameter named after it: `image`… */
	kind: 'image' | 'document' | 'audio' | 'video' | 'sticker' | 'ptv';
	/** How the form names the kind (`Video Note`), when not the kind capitalised. */
	label?: string;
	/** `an image`: the action in error messages is `send <what> to <phone>`. */
	what: string;
	/** A good URL, and the path the send goes to with it. */
	url: { value: string; endpoint: string };
	/** A good binary file, the path it goes to, and body fields it adds (a document's fileName). */
	binary: { file: TestFile; endpoint: string; body?: IDataObject };
	/** Whether Reply To Message ID is offered (both of Z-API's pages document messageId). */
	reply: boolean;
	/** A file of the wrong type from each source, and the exact message. */
	wrong: Array<['url' | 'base64', string, string] | ['binary', TestFile, string]>;
}

/** The tests every media send must pass. Call inside the test file. */
export function describeMediaSendBasics(double: ZApiDouble, spec: MediaSendSpec) {
	const { operation, kind, url, binary } = spec;
	const sends = (endpoint: string) =>
		double.requests.filter((request) => request.endpoint === endpoint);
	const run = (
		source: string,
		items: Array<Record<string, unknown> | InputItem>,
		fields: IDataObject = {},
		settings?: NodeSettings,
	) =>
		runZApi(double, {
			parameters: mediaParameters(operation, kind, source, fields),
			items,
			settings,
		});

	describe(`${operation}: what every media send does`, () => {
		test(`from a URL: POST ${url.endpoint} {phone, ${kind}}; output phone, zaapId, messageId, id`, async () => {
			const group = double.addGroup({ name: 'Sales' });
			const result = await run('url', [
				{ to: '+55 (11) 98888-7777', file: ` ${url.value} ` },
				{ to: group, file: url.value },
			]);

			expect(result.error).toBeUndefined();
			expect(double.requests).toHaveLength(2);
			for (const request of double.requests) {
				expect(request.method).toBe('POST');
				expect(request.url).toBe(
					`/instances/${double.config.instanceId}/token/${double.config.instanceToken}${url.endpoint}`,
				);
				expect(request.headers['content-type']).toMatch(/^application\/json/);
			}
			expect(double.requests.map((request) => request.body)).toEqual([
				{ phone: PHONE, [kind]: url.value },
				{ phone: group, [kind]: url.value },
			]);
			expect(result.output()).toEqual([
				{ json: OUTPUT, pairedItem: { item: 0 } },
				{
					json: {
						phone: group,
						zaapId: 'ZAAP3EB0DOUBLE0000000002',
						messageId: '3EB0DOUBLE0000000002',
						id: '3EB0DOUBLE0000000002',
					},
					pairedItem: { item: 1 },
				},
			]);
			expectNoSecrets(result.text, double);
		});

		test(`from a binary file: a data URL of its type; neither output nor logs carry the data`, async () => {
			const result = await run('binary', [binaryItem(PHONE, binary.file)]);

			expect(result.error).toBeUndefined();
			expect(double.requests.map((request) => [request.endpoint, request.body])).toEqual([
				[
					binary.endpoint,
					{
						phone: PHONE,
						[kind]: `data:${binary.file.mimeType};base64,${base64(binary.file.bytes)}`,
						...binary.body,
					},
				],
			]);
			expect(result.output()).toEqual([{ json: OUTPUT, pairedItem: { item: 0 } }]);
			expect(result.logs).not.toContain(base64(binary.file.bytes));
		});

		test('from a binary field of another name; a missing one is named with those the item has', async () => {
			const named = await run('binary', [
				{ ...binaryItem(PHONE, binary.file, 'upload'), json: { to: PHONE, field: 'upload' } },
			]);
			expect(named.error).toBeUndefined();
			expect(double.requests).toHaveLength(1);

			const missing = await run('binary', [binaryItem(PHONE, binary.file, 'upload')]);
			expect(missing.error?.message).toBe(
				'Input Binary Field: the input item has no binary field "data" (it has: upload)',
			);
			expect(double.requests).toHaveLength(1);
		});

		test.each(spec.wrong)(
			'bad input from the %s source (a file of the wrong type…) fails before any request, naming the field',
			async (source, file, message) => {
				const item =
					typeof file === 'string' ? { to: PHONE, file } : binaryItem(PHONE, file as TestFile);
				const result = await run(source, [item]);
				expect(result.error?.message).toBe(message);
				expect(result.error?.name).toBe('NodeOperationError');
				expect(double.requests).toHaveLength(0);
				expectNoSecrets(result.text, double);
			},
		);

		test('an unknown Source fails the item by name', async () => {
			const result = await run('ftp', [{ to: PHONE, file: url.value }]);
			const label = `${spec.label ?? `${kind[0].toUpperCase()}${kind.slice(1)}`} Source`;
			expect(result.error?.message).toBe(`${label} must be URL, Base64 or Binary File (got "ftp")`);
			expect(double.requests).toHaveLength(0);
		});

		test(
			spec.reply
				? 'Reply To Message ID and Z-API Send Delay are sent when given'
				: 'Z-API Send Delay is sent when given; Reply To Message ID is not offered (one page only)',
			async () => {
				const fields = spec.reply
					? { messageId: ' 3EB0C767D26A1D8A5A4F ', delayMessage: '={{ $json.delay }}' }
					: { delayMessage: '={{ $json.delay }}' };
				const result = await run('url', [{ to: PHONE, file: url.value, delay: '5' }], fields);
				expect(result.error).toBeUndefined();
				expect(sends(url.endpoint).map((request) => request.body)).toEqual([
					{
						phone: PHONE,
						[kind]: url.value,
						delayMessage: 5,
						...(spec.reply ? { messageId: '3EB0C767D26A1D8A5A4F' } : {}),
					},
				]);
				expect(additionalFieldNames(operation).includes('messageId')).toBe(spec.reply);
				expect(additionalFieldNames(operation)).not.toContain('delayTyping');

				const late = await run('url', [{ to: PHONE, file: url.value, delay: 16 }], fields);
				expect(late.error?.message).toBe(
					'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got 16)',
				);
				expect(double.requests).toHaveLength(1);
			},
		);

		test('On Error: Continue gives one item per input item, in order, paired', async () => {
			const [, wrong, message] = spec.wrong.find(([source]) => source === 'url')!;
			const result = await run(
				'url',
				[
					{ to: PHONE, file: url.value },
					{ to: PHONE, file: wrong },
					{ to: '120363000000000000-group', file: url.value },
				],
				{},
				{ onError: 'continueRegularOutput' },
			);
			expect(result.error).toBeUndefined();
			const output = result.output();
			expect(output.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			expect(output[0].json).toEqual(OUTPUT);
			expect(output[1].json).toEqual({ error: message });
			expect(output[2].json).toEqual({
				error: `Z-API rejected the request (HTTP 400) when trying to send ${spec.what} to 120363000000000000-group: Group not found`,
			});
			expect(double.requests).toHaveLength(2);
			expectNoSecrets(result.text, double);
		});

		test('a connection reset after sending: Retry On Fail does not send it again', async () => {
			double.setFault(url.endpoint, { reset: 'after' });
			const result = await run(
				'url',
				[{ to: PHONE, file: url.value }],
				{},
				{
					retryOnFail: true,
					maxTries: 3,
					waitBetweenTries: 1,
				},
			);
			expect(result.error?.message).toMatch(
				new RegExp(
					`broke before it answered when trying to send ${spec.what} to ${PHONE}\\. The message may have been sent anyway: do not send it again, or it may arrive twice\\.`,
				),
			);
			expect(sends(url.endpoint)).toHaveLength(1);
			expectNoSecrets(result.text, double);
		});
	});
}
