/**
 * Send Image, Audio, Video, Sticker and Video Note: one shape, told apart by the kind of file, the endpoint,
 * the options both of Z-API's pages list for it, and whether it takes a reply. (Send Document adds a
 * file name and the extension in its path: it has its own file.)
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { MediaKind } from './mediaTypes';
import { mediaValue } from './media';
import { readMedia } from './mediaRead';
import type { MediaOption } from './mediaFields';
import { mediaOptionFields, mediaSourceFields, readMediaOptions } from './mediaFields';
import type { DescribedOperation, OperationContext } from './operation';
import { readRecipient, recipientField } from './recipient';
import type { SendFieldSet } from './send';
import { readSendFields, sendAdditionalFields, sendMessage } from './send';
import { readPassParameter } from './passParameters';

export interface MediaSend {
	operation: string;
	kind: Exclude<MediaKind, 'document'>;
	/** `/send-image`: the body field is the kind (`image`). */
	endpoint: string;
	/** What is sent, in words, for error messages: `an image`. */
	what: string;
	shared: SendFieldSet;
	options: MediaOption[];
	toolDescription: string;
}

export function mediaSendOperation(send: MediaSend): DescribedOperation {
	const { kind, shared, options } = send;
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['message'], operation: [send.operation] } },
			[
				recipientField,
				...mediaSourceFields(kind),
				sendAdditionalFields(shared, mediaOptionFields(kind, options)),
			],
		),
		toolDescription: send.toolDescription,
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ timeout }: OperationContext,
		): Promise<IDataObject> {
			const phone = await readRecipient.call(this, itemIndex);
			const media = await readMedia.call(this, itemIndex, kind);
			const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
			const body = {
				phone,
				[kind]: mediaValue(media),
				...readMediaOptions.call(this, fields, options, itemIndex),
				...readSendFields.call(this, fields, shared, itemIndex),
			};
			return await sendMessage.call(this, {
				endpoint: send.endpoint,
				body,
				itemIndex,
				timeout,
				what: send.what,
			});
		},
	};
}
