/**
 * A received file as n8n binary data: downloaded (transport/download.ts), stored through n8n's binary
 * helpers (so the filesystem and S3 binary modes keep it out of the database), with its type and a
 * name. Used by the Z-API Trigger's Download Media option and by Message → Download Media.
 */
import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

import type { DownloadHelpers, DownloadLimits } from '../transport/download';
import { downloadFile } from '../transport/download';
import {
	canonicalType,
	extensionOfName,
	extensionOfType,
	isUnknownType,
	typeOfContent,
} from './mediaTypes';

export const DEFAULT_MAX_MEDIA_MB = 16;

export type MediaHelpers = DownloadHelpers &
	Pick<IExecuteFunctions['helpers'], 'prepareBinaryData'>;

/** What is known of the file before it is downloaded: Z-API's fields (the trigger's `media`). */
export interface MediaToDownload {
	url: URL;
	mimeType?: string | null;
	fileName?: string | null;
	/** The name's stem when the file has none: the message id, or the kind (`voice-note`). */
	baseName: string;
}

/** The file's type: Z-API's, else the answer's, else its first bytes; without parameters (;codecs=). */
function typeOf(media: MediaToDownload, contentType: string | undefined, data: Buffer): string {
	for (const candidate of [media.mimeType, contentType]) {
		if (typeof candidate === 'string' && !isUnknownType(candidate)) return canonicalType(candidate);
	}
	return typeOfContent(data.subarray(0, 48)) ?? 'application/octet-stream';
}

function nameOf(media: MediaToDownload, type: string): string {
	const given = media.fileName?.trim();
	if (given) return given.replace(/[/\\]/g, '_');
	const extension = extensionOfType(type) ?? extensionOfName(media.url.pathname);
	const stem = media.baseName.replace(/[^A-Za-z0-9._-]/g, '_') || 'media';
	return extension ? `${stem}.${extension}` : stem;
}

export async function downloadMedia(
	helpers: MediaHelpers,
	media: MediaToDownload,
	limits: DownloadLimits,
): Promise<{ binary: IBinaryData; bytes: number }> {
	const { data, contentType } = await downloadFile(helpers, media.url, limits);
	const type = typeOf(media, contentType, data);
	const binary = await helpers.prepareBinaryData(data, nameOf(media, type), type);
	return { binary, bytes: data.length };
}
