import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { mentionFields, readMentions } from '../../shared/mentions';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

// Z-API documents delayTyping on /send-text only (and on pages of one language elsewhere), and
// messageId (reply) on the reply page of both languages.
const SHARED: SendFieldSet = { reply: true, delayTyping: true };

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 4 },
		placeholder: 'e.g. Hello! Your order has shipped.',
		description: 'The text to send. It is sent exactly as written, line breaks included.',
	},
	sendAdditionalFields(SHARED, mentionFields),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendText'] } },
	properties,
);

export const toolDescription = `Sends a WhatsApp text message. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (groupId in the answer of a Group operation, e.g. 120363019502650977-group); and the text, sent exactly as written. Returns messageId. Each call sends the message again: ${TOOL_TEXT.notRepeatable}.`;

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const message = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the text to send',
		trim: false,
	});
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body: IDataObject & { phone: string } = {
		phone,
		message,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	const mentioned = await readMentions.call(this, fields, phone, itemIndex, timeout);
	if (mentioned?.length) body.mentioned = mentioned;
	const sent = await sendMessage.call(this, {
		endpoint: '/send-text',
		body,
		itemIndex,
		timeout,
		what: 'a text message',
	});
	return mentioned ? { ...sent, mentioned } : sent;
}
