/**
 * The trigger's Download Media option: the file of a media message becomes the item's binary `data`
 * before the execution starts. A download that fails or is refused never loses the event: the item
 * goes out without the file and with `mediaDownloadError` saying why. Nothing here throws.
 */
import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	IWebhookFunctions,
} from 'n8n-workflow';

import { DEFAULT_MAX_MEDIA_MB, downloadMedia } from '../ZApi/shared/mediaDownload';
import { MediaDownloadError, mediaUrl } from '../ZApi/transport/download';
import { mediaOf, zApiDownloadError } from '../ZApi/shared/receivedMedia';

export const DEFAULT_MEDIA_TIMEOUT_SECONDS = 15;

/** The Options collection's media fields. */
export const mediaOptions: INodeProperties[] = [
	{
		displayName: 'Download Media',
		name: 'downloadMedia',
		type: 'boolean',
		default: false,
		description:
			'Whether to download the file of an image, audio, voice note, video, document or sticker into the binary field "data" before the workflow starts. Z-API’s links expire; a failed download still starts the workflow, with mediaDownloadError.',
	},
	{
		displayName: 'Download Timeout (Seconds)',
		name: 'mediaTimeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_MEDIA_TIMEOUT_SECONDS,
		description:
			'With Download Media on, how long the download may take. Z-API waits for the trigger’s answer meanwhile.',
	},
	{
		displayName: 'Media Size Limit (MB)',
		name: 'maxMediaSize',
		type: 'number',
		typeOptions: { minValue: 0.1, numberPrecision: 1 },
		default: DEFAULT_MAX_MEDIA_MB,
		description:
			'With Download Media on, larger files are not downloaded (the workflow starts with mediaDownloadError)',
	},
];

function positive(value: unknown, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : fallback;
}

function readOptions(context: IWebhookFunctions) {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const download = options.downloadMedia === true || options.downloadMedia === 'true';
	return {
		download,
		maxBytes: Math.round(positive(options.maxMediaSize, DEFAULT_MAX_MEDIA_MB) * 1024 * 1024),
		timeoutMs: Math.round(positive(options.mediaTimeout, DEFAULT_MEDIA_TIMEOUT_SECONDS) * 1000),
	};
}

/** The item n8n starts the workflow with: `json`, and with Download Media on, the file. */
export async function itemWithMedia(
	context: IWebhookFunctions,
	body: IDataObject,
	json: IDataObject,
): Promise<INodeExecutionData> {
	let options: ReturnType<typeof readOptions>;
	try {
		options = readOptions(context);
	} catch {
		return { json };
	}
	const media = options.download ? mediaOf(body) : undefined;
	if (!media) return { json };
	const started = Date.now();
	try {
		if (media.url === null) {
			const said = zApiDownloadError(body);
			throw new MediaDownloadError(
				`Z-API sent no URL for the file${said ? ` (Z-API says: ${said})` : ''}`,
			);
		}
		const baseName =
			typeof body.messageId === 'string' && body.messageId.trim() !== ''
				? body.messageId
				: media.type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
		const { binary } = await downloadMedia(
			context.helpers,
			{ url: mediaUrl(media.url), mimeType: media.mimeType, fileName: media.fileName, baseName },
			options,
		);
		return { json, binary: { data: binary } };
	} catch (error) {
		const reason =
			error instanceof MediaDownloadError
				? error.message
				: 'the file could not be stored in n8n’s binary data';
		context.logger.warn(`Z-API Trigger: the media was not downloaded, ${reason}`, {
			workflowId: context.getWorkflow().id,
			node: context.getNode().name,
			milliseconds: Date.now() - started,
		});
		return { json: { ...json, mediaDownloadError: `The file was not downloaded: ${reason}` } };
	}
}
