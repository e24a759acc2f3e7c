import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ItemWithBinary } from '../../shared/operation';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { zApiRequest } from '../../transport/request';

const properties: INodeProperties[] = [
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the output binary field to put the QR code image in',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['getQrCode'] } },
	properties,
);

export const toolDescription =
	'Gets the QR code that connects a WhatsApp number to Z-API, as a PNG image file in the binary data of the answer (not in its text). No input. Returns connected: false with the image, or connected: true and no image when the number is already connected. WhatsApp replaces the code every 20 seconds: do not call this more than 3 times in a row.';

const SCAN_MESSAGE =
	'Read this QR code within 20 seconds with the phone: WhatsApp → Linked devices → Link a device. WhatsApp replaces it every 20 seconds.';
const CONNECTED_MESSAGE =
	'The number is already connected to WhatsApp: there is no QR code to read.';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ALREADY_CONNECTED = /already connected/i;

/** A PNG from Base64, bare or as a data URL (line breaks allowed); undefined for anything else. */
function pngOf(text: string): Buffer | undefined {
	const base64 = text
		.trim()
		.replace(/^data:[^,]*;base64,/i, '')
		.replace(/[\r\n]+/g, '');
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
	const bytes = Buffer.from(base64, 'base64');
	return bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) ? bytes : undefined;
}

/**
 * Z-API documents "an image of the type base64" and no body: `{"value": "data:image/png;base64,…"}`
 * (what users report), `{"value": "<bare Base64>"}` or the text alone are read; `{"connected": true}`
 * or Z-API's "You are already connected" mean there is no code. Anything else is not a success.
 */
function qrCodeOf(body: unknown): IDataObject | undefined {
	if (typeof body === 'string') {
		if (ALREADY_CONNECTED.test(body)) return { connected: true };
		const png = pngOf(body);
		return png ? { png } : undefined;
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { value, connected, error } = body as IDataObject;
	const png = typeof value === 'string' ? pngOf(value) : undefined;
	if (png) return { png };
	if (connected === true || (typeof error === 'string' && ALREADY_CONNECTED.test(error))) {
		return { connected: true };
	}
	return undefined;
}

/**
 * GET /qr-code/image. The image goes into the item's binary data with `{connected: false, message}`;
 * an instance already connected gives `{connected: true, message}` and no file, not an error.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject | ItemWithBinary> {
	const field = readTextParameter.call(this, itemIndex, {
		name: 'binaryPropertyName',
		displayName: 'Put Output File in Field',
		hint: 'give the name of the binary field to put the QR code in, e.g. data',
	});
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/qr-code/image',
		itemIndex,
		timeout,
		action: 'get the QR code of the instance',
		accept: qrCodeOf,
	});
	if (!(answer.png instanceof Buffer)) return { connected: true, message: CONNECTED_MESSAGE };
	const file = await this.helpers.prepareBinaryData(answer.png, 'qr-code.png', 'image/png');
	return new ItemWithBinary({ connected: false, message: SCAN_MESSAGE }, { [field]: file });
}
