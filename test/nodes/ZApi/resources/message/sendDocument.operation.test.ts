import type { IDataObject } from 'n8n-workflow';

import { runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { InputItem } from '../../../../helpers/scenario';
import {
	FILES,
	PHONE,
	additionalFieldNames,
	base64,
	binaryItem,
	describeMediaSendBasics,
	mediaParameters,
} from './mediaSend';
import type { TestFile } from './mediaSend';

const double = useZApiDouble();

const NO_EXTENSION = (from: string) =>
	`File Extension: the document's extension cannot be told from ${from}: add File Extension in Additional Fields, e.g. pdf`;
const TEXT = Buffer.from('just some text, no known format');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeMediaSendBasics(double, {
	operation: 'sendDocument',
	kind: 'document',
	what: 'a document',
	url: { value: 'https://example.com/files/Invoice%207.PDF', endpoint: '/send-document/pdf' },
	binary: {
		file: { bytes: FILES.pdf, mimeType: 'application/pdf', fileName: 'Invoice 7.pdf' },
		endpoint: '/send-document/pdf',
		body: { fileName: 'Invoice 7.pdf' },
	},
	reply: true,
	wrong: [
		[
			'url',
			'https://example.com/download.php?id=7',
			NO_EXTENSION('the URL, whose path ends in no known file extension'),
		],
		[
			'url',
			'ftp://example.com/invoice.pdf',
			'Document URL: "ftp://example.com/invoice.pdf" is not an http(s) address: give the document\'s public URL, e.g. https://example.com/invoice.pdf',
		],
		['base64', base64(TEXT), NO_EXTENSION('the data, whose type is not known')],
		[
			'base64',
			`data:application/octet-stream;base64,${base64(TEXT)}`,
			NO_EXTENSION('the data, whose type is not known'),
		],
		[
			'binary',
			{ bytes: TEXT, mimeType: 'application/octet-stream', fileName: 'README' },
			NO_EXTENSION('the binary file, which has no extension in its name and no known type'),
		],
	],
});

const requests = () => double.requests.map((request) => [request.endpoint, request.body]);
const run = (
	source: string,
	items: Array<Record<string, unknown> | InputItem>,
	fields: IDataObject = {},
) =>
	runZApi(double, {
		parameters: mediaParameters('sendDocument', 'document', source, fields),
		items,
	});

describe('Send Document: the extension in the path', () => {
	test.each<[string, TestFile, string, string]>([
		['its name', { bytes: FILES.docx, mimeType: XLSX, fileName: 'Sales.xlsx' }, 'xlsx', XLSX],
		['its name, any extension', { bytes: TEXT, mimeType: '', fileName: 'plan.dwg' }, 'dwg', ''],
		['its type', { bytes: TEXT, mimeType: 'text/plain', fileName: 'notes' }, 'txt', 'text/plain'],
		[
			'its first bytes',
			{ bytes: FILES.pdf, mimeType: 'application/octet-stream' },
			'pdf',
			'application/pdf',
		],
	])('from a binary file: %s', async (_, file, extension, type) => {
		const result = await run('binary', [binaryItem(PHONE, file)]);
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			[
				`/send-document/${extension}`,
				{
					phone: PHONE,
					document: `data:${type || 'application/octet-stream'};base64,${base64(file.bytes)}`,
					...(file.fileName ? { fileName: file.fileName } : {}),
				},
			],
		]);
	});

	test('from a binary file with only n8n’s fileExtension', async () => {
		const item = binaryItem(PHONE, { bytes: TEXT, mimeType: 'application/octet-stream' });
		item.binary!.data.fileExtension = 'csv';
		const result = await run('binary', [item]);
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			['/send-document/csv', { phone: PHONE, document: `data:text/csv;base64,${base64(TEXT)}` }],
		]);
	});

	test.each([
		[`data:${DOCX};base64,${base64(FILES.docx)}`, 'docx', DOCX],
		[base64(FILES.pdf), 'pdf', 'application/pdf'],
		[`data:application/PDF;name=a.pdf;base64,${base64(FILES.pdf)}`, 'pdf', 'application/pdf'],
	])('from Base64 %j: .%s', async (file, extension, type) => {
		const result = await run('base64', [{ to: PHONE, file }]);
		expect(result.error).toBeUndefined();
		const data = file.slice(file.indexOf(',') + 1);
		expect(requests()).toEqual([
			[`/send-document/${extension}`, { phone: PHONE, document: `data:${type};base64,${data}` }],
		]);
	});

	test('from a URL’s path; any type of file is a document', async () => {
		const urls = ['https://example.com/report.xlsx?download=1', 'https://example.com/song.mp3'];
		const result = await run(
			'url',
			urls.map((file) => ({ to: PHONE, file })),
		);
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			['/send-document/xlsx', { phone: PHONE, document: urls[0] }],
			['/send-document/mp3', { phone: PHONE, document: urls[1] }],
		]);
	});

	test('File Extension, when given, is the one sent; the data URL gets its type', async () => {
		const result = await run(
			'base64',
			[
				{ to: PHONE, file: base64(TEXT), extension: '.DOCX' },
				{ to: PHONE, file: base64(FILES.pdf), extension: 'txt' },
			],
			{ extension: '={{ $json.extension }}' },
		);
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			['/send-document/docx', { phone: PHONE, document: `data:${DOCX};base64,${base64(TEXT)}` }],
			[
				'/send-document/txt',
				{ phone: PHONE, document: `data:application/pdf;base64,${base64(FILES.pdf)}` },
			],
		]);
	});

	test.each(['p d f', 'pdf/../status', 'a-very-long-extension'])(
		'File Extension %j fails before any request',
		async (extension) => {
			const result = await run('url', [{ to: PHONE, file: 'https://example.com/a.pdf' }], {
				extension,
			});
			expect(result.error?.message).toBe(
				`File Extension: ${JSON.stringify(extension)} is not a file extension: letters and digits only, e.g. pdf`,
			);
			expect(double.requests).toHaveLength(0);
		},
	);
});

describe('Send Document: the file name', () => {
	test('File Name is sent trimmed; without it, a binary file’s name; a URL sends none', async () => {
		const pdf = { bytes: FILES.pdf, mimeType: 'application/pdf', fileName: 'scan-0042.pdf' };
		const withName = await run('binary', [binaryItem(PHONE, pdf)], {
			fileName: ' Invoice 2025-001.pdf ',
		});
		const without = await run('url', [{ to: PHONE, file: 'https://example.com/a.pdf' }], {
			fileName: '',
		});
		expect(withName.error ?? without.error).toBeUndefined();
		expect(double.requests.map((request) => request.body.fileName)).toEqual([
			'Invoice 2025-001.pdf',
			undefined,
		]);
	});

	test('caption is not offered (Z-API’s Portuguese page only), nor Delay Typing', () => {
		expect(additionalFieldNames('sendDocument')).toEqual([
			'extension',
			'fileName',
			'messageId',
			'delayMessage',
		]);
	});
});
