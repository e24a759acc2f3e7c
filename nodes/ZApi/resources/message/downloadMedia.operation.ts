/**
 * Message → Download Media: the file of a received media message as binary data, for workflows that
 * decide later whether they need it (the Z-API Trigger's Download Media does it before the workflow
 * starts). From the trigger's item (its `media`, or Z-API's own fields on a version 1 item) or from a
 * URL. The file is on Z-API's storage host: it is fetched without the credential (transport/download.ts).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { mediaOf } from '../../shared/receivedMedia';
import { DEFAULT_MAX_MEDIA_MB, downloadMedia } from '../../shared/mediaDownload';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { ItemWithBinary } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { MediaDownloadError, mediaUrl } from '../../transport/download';

const properties: INodeProperties[] = [
	{
		displayName: 'Download From',
		name: 'downloadFrom',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Z-API Trigger Item',
				value: 'triggerItem',
				description:
					'The media of the input item: a message the Z-API Trigger received (its media field)',
			},
			{ name: 'URL', value: 'url', description: 'A media URL, e.g. from a Z-API payload' },
		],
		default: 'triggerItem',
	},
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://storage.example.com/voice-note.ogg',
		description:
			"The file's http(s) address, e.g. the media URL of a message the Z-API Trigger received",
		displayOptions: { show: { downloadFrom: ['url'] } },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the output binary field to put the file in',
	},
	{
		displayName: 'Size Limit (MB)',
		name: 'maxMediaSize',
		type: 'number',
		typeOptions: { minValue: 0.1, numberPrecision: 1 },
		default: DEFAULT_MAX_MEDIA_MB,
		description: 'Larger files are not downloaded: the item fails with the file’s size',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['downloadMedia'] } },
	properties,
);

export const toolDescription =
	'Downloads the file of a received WhatsApp media message (image, audio, voice note, video, document or sticker) into the binary data of the answer, from its media URL (an http or https address, e.g. the media.url of a received message). Returns fileName, mimeType and fileSize with the file. Reading only: it sends nothing.';

interface Source {
	url: unknown;
	mimeType?: string | null;
	fileName?: string | null;
	type?: string | null;
	what: string;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The trigger item's media: its `media` (version 2), else Z-API's content keys (version 1). */
function fromTriggerItem(this: IExecuteFunctions, itemIndex: number): Source {
	const json = this.getInputData()[itemIndex]?.json ?? {};
	const media = isObject(json.media) ? json.media : mediaOf(json);
	if (!media) {
		throw inputError(
			this.getNode(),
			'Download From: the input item has no media: it must be an image, audio, voice note, video, document or sticker message from the Z-API Trigger (its media field), or choose URL',
			itemIndex,
		);
	}
	const text = (value: unknown) => (typeof value === 'string' ? value : null);
	return {
		url: media.url,
		mimeType: text(media.mimeType),
		fileName: text(media.fileName),
		type: text(media.type),
		what: 'The media field of the input item',
	};
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<ItemWithBinary> {
	const from = this.getNodeParameter('downloadFrom', itemIndex) as unknown;
	const source: Source =
		from === 'url'
			? { url: this.getNodeParameter('mediaUrl', itemIndex), what: 'Media URL' }
			: fromTriggerItem.call(this, itemIndex);
	let url: URL;
	try {
		url = mediaUrl(source.url);
	} catch (error) {
		const shown = typeof source.url === 'string' ? source.url.trim().slice(0, 60) : source.url;
		throw inputError(
			this.getNode(),
			`${source.what}: ${(error as Error).message} (got ${JSON.stringify(shown) ?? 'nothing'}): give the file's http(s) URL, e.g. https://storage.example.com/voice-note.ogg`,
			itemIndex,
		);
	}
	const field = readTextParameter.call(this, itemIndex, {
		name: 'binaryPropertyName',
		displayName: 'Put Output File in Field',
		hint: 'give the name of the binary field to put the file in, e.g. data',
	});
	const megabytes = Number(this.getNodeParameter('maxMediaSize', itemIndex, DEFAULT_MAX_MEDIA_MB));
	if (!Number.isFinite(megabytes) || megabytes <= 0) {
		throw inputError(
			this.getNode(),
			`Size Limit (MB) must be a number above 0 (got ${JSON.stringify(megabytes)}), e.g. 16`,
			itemIndex,
		);
	}
	const messageId = this.getInputData()[itemIndex]?.json?.messageId;
	const baseName =
		typeof messageId === 'string' && messageId.trim() !== '' ? messageId : (source.type ?? 'media');
	try {
		const { binary: file, bytes } = await downloadMedia(
			this.helpers,
			{ url, mimeType: source.mimeType, fileName: source.fileName, baseName },
			{ maxBytes: Math.round(megabytes * 1024 * 1024), timeoutMs: timeout },
		);
		const json: IDataObject = {
			fileName: file.fileName ?? null,
			mimeType: file.mimeType,
			fileSize: bytes,
		};
		if (source.type) json.type = source.type;
		return new ItemWithBinary(json, { [field]: file });
	} catch (error) {
		if (!(error instanceof MediaDownloadError)) {
			// n8n could not store the file (its binary data mode): not the download's fault.
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
		const message = `Could not download the media: ${error.message}`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description:
				'The file was not downloaded. Check that the link has not expired (Z-API deletes received files after 30 days), or raise the Size Limit or the node’s Timeout option.',
			itemIndex,
		});
	}
}
