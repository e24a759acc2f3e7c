import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { readRecipient } from '../../shared/recipient';
import { messageInChatFields } from './messageInChat';
import { readSendFields, sendAdditionalFields, sendMessage } from '../../shared/send';
import type { SendFieldSet } from '../../shared/send';
import { TOOL_TEXT } from '../../shared/toolDescription';
import { readPassParameter } from '../../shared/passParameters';

// messageId is the message reacted to here, a required field of its own, not a reply.
const SHARED: SendFieldSet = { reply: false, delayTyping: false };

const properties: INodeProperties[] = [
	...messageInChatFields(
		'The messageId of the message to react to, sent or received: from the answer of a send, or from the Z-API Trigger',
	),
	{
		displayName: 'Reaction',
		name: 'reaction',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 👍',
		description: 'One emoji, e.g. 👍, ❤️ or 🇧🇷',
	},
	sendAdditionalFields(SHARED),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendReaction'] } },
	properties,
);

export const toolDescription = `Reacts to a WhatsApp message (sent or received) with an emoji. Input: the chat the message is in, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (e.g. 120363019502650977-group); the messageId of the message (from the answer of a send or from a received message, e.g. 3EB0C767D26A1D8A5A4F); one emoji (e.g. 👍). Returns messageId (the reaction's own id) and reactedToMessageId. Each call sends the reaction again: ${TOOL_TEXT.notRepeatable}.`;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** One emoji: a single grapheme (skin tones, flags, ZWJ families and keycaps are one) that is an emoji. */
function readReaction(this: IExecuteFunctions, itemIndex: number): string {
	const reaction = readTextParameter.call(this, itemIndex, {
		name: 'reaction',
		displayName: 'Reaction',
		hint: 'give one emoji, e.g. 👍',
	});
	const graphemes = [...segmenter.segment(reaction)];
	if (graphemes.length !== 1 || !EMOJI.test(reaction)) {
		throw inputError(
			this.getNode(),
			`Reaction must be one emoji, e.g. 👍 (got ${JSON.stringify(reaction)})`,
			itemIndex,
		);
	}
	return reaction;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const messageId = readTextParameter.call(this, itemIndex, {
		name: 'messageId',
		displayName: 'Message ID',
		hint: 'give the messageId of the message to react to, e.g. 3EB0C767D26A1D8A5A4F',
	});
	const reaction = readReaction.call(this, itemIndex);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const body = {
		phone,
		reaction,
		messageId,
		...readSendFields.call(this, fields, SHARED, itemIndex),
	};
	const sent = await sendMessage.call(this, {
		endpoint: '/send-reaction',
		body,
		itemIndex,
		timeout,
		what: 'a reaction',
	});
	// Z-API's messageId is the reaction's own: the message reacted to is kept beside it.
	return { ...sent, reaction, reactedToMessageId: messageId };
}
