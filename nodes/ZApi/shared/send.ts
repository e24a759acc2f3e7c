/**
 * What every send shares: the Additional Fields every send endpoint documents (reply to a message,
 * Z-API Send Delay, and Delay Typing where both of Z-API's pages list it), their readers, and the one
 * door a send goes through so that a retry never sends a message twice.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { zApiRequest } from '../transport/request';
import { inputError } from './nodeErrors';
import { readOptionalText } from './parameters';
import { sendOnce } from './retryState';

export const MESSAGE_MAY_HAVE_BEEN_SENT =
	'The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.';

/** Which of the shared fields an endpoint takes (Z-API's English and Portuguese pages both list it). */
export interface SendFieldSet {
	reply: boolean;
	delayTyping: boolean;
}

const replyField: INodeProperties = {
	displayName: 'Reply To Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 3EB0C767D26A1D8A5A4F',
	description:
		'The messageId of a message in the same chat to reply to (quote): from the answer of a send, or from the Z-API Trigger',
};

const delayMessageField: INodeProperties = {
	displayName: 'Z-API Send Delay (Seconds)',
	name: 'delayMessage',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 15 },
	default: 1,
	description:
		'Seconds Z-API holds this message before sending it, from 1 to 15; left out, Z-API waits 1 to 3 seconds. To space out the items of a run, use Options → Item Interval instead.',
};

const delayTypingField: INodeProperties = {
	displayName: 'Delay Typing (Seconds)',
	name: 'delayTyping',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 15 },
	default: 1,
	description:
		'Seconds the chat shows “typing…” before the message is sent, from 1 to 15. Leave it out to use Z-API’s default.',
};

/** The shared fields an endpoint takes, to put in its Additional Fields. */
export function sendFields(set: SendFieldSet): INodeProperties[] {
	return [
		delayMessageField,
		...(set.delayTyping ? [delayTypingField] : []),
		...(set.reply ? [replyField] : []),
	];
}

/**
 * The Additional Fields collection of a send: its own optional fields and the shared ones it takes,
 * in alphabetical order as n8n lists them.
 */
export function sendAdditionalFields(
	set: SendFieldSet,
	own: INodeProperties[] = [],
): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...own, ...sendFields(set)].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

function readDelay(
	this: IExecuteFunctions,
	fields: IDataObject,
	name: 'delayMessage' | 'delayTyping',
	label: string,
	itemIndex: number,
): number | undefined {
	const value = fields[name];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 15) {
		throw inputError(
			this.getNode(),
			`${label} must be a whole number of seconds from 1 to 15 (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return seconds;
}

/** The shared fields of the item's Additional Fields, checked, as body fields (only those given). */
export function readSendFields(
	this: IExecuteFunctions,
	fields: IDataObject,
	set: SendFieldSet,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	const delayMessage = readDelay.call(this, fields, 'delayMessage', 'Z-API Send Delay', itemIndex);
	if (delayMessage !== undefined) body.delayMessage = delayMessage;
	if (set.delayTyping) {
		const delayTyping = readDelay.call(this, fields, 'delayTyping', 'Delay Typing', itemIndex);
		if (delayTyping !== undefined) body.delayTyping = delayTyping;
	}
	if (set.reply) {
		const messageId = readOptionalText.call(
			this,
			itemIndex,
			'Reply To Message ID',
			fields.messageId,
		);
		if (messageId !== '') body.messageId = messageId;
	}
	return body;
}

export interface SendRequest {
	/** `/send-image`, `/send-document/pdf`… */
	endpoint: string;
	/** The whole body, `phone` included. */
	body: IDataObject & { phone: string };
	itemIndex: number;
	timeout: number;
	/** What is sent, in words: `an image`. */
	what: string;
}

/**
 * Sends once per run of the node (a retry pass gets the first outcome, never a second message) and
 * outputs `{phone, zaapId, messageId, id}`, Z-API's answer.
 */
export async function sendMessage(
	this: IExecuteFunctions,
	{ endpoint, body, itemIndex, timeout, what }: SendRequest,
): Promise<IDataObject> {
	return await sendOnce(this, `${endpoint}:${itemIndex}:${JSON.stringify(body)}`, async () => {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint,
			body,
			itemIndex,
			timeout,
			action: `send ${what} to ${body.phone}`,
			ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
			expect: ['messageId'],
		});
		return {
			phone: body.phone,
			zaapId: answer.zaapId ?? null,
			messageId: answer.messageId,
			id: answer.id ?? null,
		} as IDataObject;
	});
}
