/**
 * Send Image Status and Send Video Status: the media sends' Source fields and readers (URL, Base64 or
 * a binary field, shared/mediaFields.ts and mediaRead.ts) and their Caption, the only optional field
 * both of Z-API's pages list.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { mediaFieldLabel, mediaValue } from '../../shared/media';
import { mediaOptionFields, mediaSourceFields, readMediaOptions } from '../../shared/mediaFields';
import { readMedia } from '../../shared/mediaRead';
import { inputError } from '../../shared/nodeErrors';
import type { DescribedOperation, OperationContext } from '../../shared/operation';
import { readPassParameter } from '../../shared/passParameters';
import { sendStatus } from './statusSend';

export interface StatusMediaSend {
	operation: 'sendImage' | 'sendVideo';
	kind: 'image' | 'video';
	endpoint: string;
	/** `an image status`. */
	what: string;
	/** The largest file Z-API documents for this kind, in MB (send-video-status.md: 10 MB). */
	maxMegabytes?: number;
	toolDescription: string;
}

const OPTIONS = ['caption'] as const;

export function statusMediaOperation(send: StatusMediaSend): DescribedOperation {
	const { kind } = send;
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['status'], operation: [send.operation] } },
			[
				...mediaSourceFields(kind),
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: mediaOptionFields(kind, [...OPTIONS]),
				},
			],
		),
		toolDescription: send.toolDescription,
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ timeout }: OperationContext,
		): Promise<IDataObject> {
			const media = await readMedia.call(this, itemIndex, kind);
			// A file sent as data can be measured before it is sent; a URL is Z-API's to download.
			const bytes = media.base64 ? Math.floor((media.base64.length * 3) / 4) : 0;
			if (send.maxMegabytes && bytes > send.maxMegabytes * 1024 * 1024) {
				const size = (bytes / (1024 * 1024)).toFixed(1);
				const message = `${mediaFieldLabel(kind, media.source)}: the file is ${size} MB; Z-API takes at most ${send.maxMegabytes} MB for a ${kind} status`;
				throw inputError(this.getNode(), message, itemIndex);
			}
			const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
			const body = {
				[kind]: mediaValue(media),
				...readMediaOptions.call(this, fields, [...OPTIONS], itemIndex),
			};
			return await sendStatus.call(this, {
				endpoint: send.endpoint,
				body,
				itemIndex,
				timeout,
				what: send.what,
			});
		},
	};
}
