import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Media, MediaSource } from '../../shared/media';
import { mediaValue } from '../../shared/media';
import { readMedia } from '../../shared/mediaRead';
import { mediaSourceFields } from '../../shared/mediaFields';
import { typeOfExtension } from '../../shared/mediaTypes';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

// Both of Z-API's pages list fileName, messageId and delayMessage; caption is on the Portuguese only.
const SHARED: SendFieldSet = { reply: true, delayTyping: false };

const documentFields: INodeProperties[] = [
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Invoice 2025-001.pdf',
		description:
			'The name the recipient sees. Empty: with Binary File, the name of the binary file; otherwise none is sent.',
	},
	{
		displayName: 'File Extension',
		name: 'extension',
		type: 'string',
		default: '',
		placeholder: 'e.g. pdf',
		description:
			'The extension Z-API needs in the request path. Empty: taken from the file’s name or type, or from the URL’s path.',
	},
];

const properties: INodeProperties[] = [
	recipientField,
	...mediaSourceFields('document'),
	sendAdditionalFields(SHARED, documentFields),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendDocument'] } },
	properties,
);

export const toolDescription = `Sends a document (a file of any type: PDF, spreadsheet, text…) to a WhatsApp chat. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the file as a public URL (e.g. https://example.com/invoice.pdf), or as a data URL (data:application/pdf;base64,…) if the node's Document Source is Base64; optionally the file name the recipient sees (e.g. Invoice 2025-001.pdf). Returns messageId. Each call sends the document again: ${TOOL_TEXT.notRepeatable}.`;

const NO_EXTENSION_IN: Record<MediaSource, string> = {
	url: 'the URL, whose path ends in no known file extension',
	base64: 'the data, whose type is not known',
	binary: 'the binary file, which has no extension in its name and no known type',
};

/** File Extension when given (`.PDF` → `pdf`), else the file's; fails when neither is known. */
function readExtension(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	document: Media,
): string {
	const text = readOptionalText.call(this, itemIndex, 'File Extension', value);
	const extension = text.replace(/^\./, '').toLowerCase();
	if (extension !== '' && !/^[a-z0-9]{1,10}$/.test(extension)) {
		throw inputError(
			this.getNode(),
			`File Extension: ${JSON.stringify(text)} is not a file extension: letters and digits only, e.g. pdf`,
			itemIndex,
		);
	}
	if (extension !== '') return extension;
	if (document.extension) return document.extension;
	throw inputError(
		this.getNode(),
		`File Extension: the document's extension cannot be told from ${NO_EXTENSION_IN[document.source]}: add File Extension in Additional Fields, e.g. pdf`,
		itemIndex,
	);
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const document = await readMedia.call(this, itemIndex, 'document');
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const extension = readExtension.call(this, itemIndex, fields.extension, document);
	const fileName =
		readOptionalText.call(this, itemIndex, 'File Name', fields.fileName) || document.fileName;
	const body = {
		phone,
		document: mediaValue(document, document.type ?? typeOfExtension(extension)),
		...(fileName ? { fileName } : {}),
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	return await sendMessage.call(this, {
		endpoint: `/send-document/${extension}`,
		body,
		itemIndex,
		timeout,
		what: 'a document',
	});
}
