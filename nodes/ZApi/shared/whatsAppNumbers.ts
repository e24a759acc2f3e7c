/**
 * Which numbers have WhatsApp: Z-API's batch check, POST /phone-exists-batch {"phones": [...]}, for
 * Contact → Check Numbers and Group → Create's "Only Numbers on WhatsApp". It only reads, so n8n's
 * Retry On Fail may run it again.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { toNodeApiError } from '../transport/errors';
import { zApiRequest } from '../transport/request';
import { phoneDigits } from './phones';

/** Z-API documents at most 50,000 numbers per request (English and Portuguese pages alike). */
export const MAX_BATCH_SIZE = 50_000;

/** One number's answer. */
export interface NumberCheck {
	/** The number as sent: digits, country code first. */
	phone: string;
	exists: boolean;
	/** The number as WhatsApp has it (in Brazil with or without the 9th digit, as it was registered). */
	outputPhone: string;
	/** WhatsApp's private ID of the number (`…@lid`); null without WhatsApp. */
	lid: string | null;
	[key: string]: string | boolean | null;
}

/** `phones` cut into requests of at most `size` numbers. */
export function batches(phones: string[], size: number): string[][] {
	const cut: string[][] = [];
	for (let start = 0; start < phones.length; start += size)
		cut.push(phones.slice(start, start + size));
	return cut;
}

/** A list for a message: the first ten, then how many more. */
export function listed(phones: string[], max = 10): string {
	const shown = phones.slice(0, max).join(', ');
	return phones.length > max ? `${shown} and ${phones.length - max} more` : shown;
}

function existsOf(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	// The single check's example writes "exists" as text; take "true"/"false" too.
	if (value === 'true' || value === 'false') return value === 'true';
	return undefined;
}

/**
 * Z-API's answer for `sent`, one check per number in the order sent; a string saying what is wrong
 * when the answer is not the documented array. Entries are matched by `inputPhone` (the order of the
 * answer is not documented), or by position when no entry carries an `inputPhone`.
 */
export function readCheckAnswer(sent: string[], answer: unknown): NumberCheck[] | string {
	if (!Array.isArray(answer)) return 'the answer is not a list';
	const entries = answer.filter(
		(entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
	);
	const byInput = new Map(
		entries
			.filter((entry) => phoneDigits(entry.inputPhone) !== '')
			.map((entry) => [phoneDigits(entry.inputPhone), entry]),
	);
	const positional = byInput.size === 0 && entries.length === sent.length;
	const checks: NumberCheck[] = [];
	for (const [index, phone] of sent.entries()) {
		const entry = positional ? entries[index] : byInput.get(phone);
		if (!entry) return `no answer for ${phone}`;
		const exists = existsOf(entry.exists);
		if (exists === undefined) return `no "exists" for ${phone}`;
		const lid = typeof entry.lid === 'string' && entry.lid.trim() ? entry.lid.trim() : null;
		checks.push({ phone, exists, outputPhone: phoneDigits(entry.outputPhone) || phone, lid });
	}
	return checks;
}

function actionFor(batch: string[], start: number, total: number): string {
	if (batch.length === total) {
		return total === 1
			? `check whether ${batch[0]} has WhatsApp`
			: `check which of ${total} numbers have WhatsApp`;
	}
	return `check which of numbers ${start + 1} to ${start + batch.length} (of ${total}) have WhatsApp`;
}

/**
 * Checks `phones` (digits; each is sent once) in requests of at most `batchSize` numbers, one after
 * the other. Returns one check per distinct number, in the order given; any failed request fails the
 * whole check (a NodeApiError from the transport, or for an answer that is not the documented one).
 */
export async function checkWhatsAppNumbers(
	this: IExecuteFunctions,
	phones: string[],
	options: { itemIndex: number; timeout: number; batchSize?: number },
): Promise<NumberCheck[]> {
	const { itemIndex, timeout, batchSize = MAX_BATCH_SIZE } = options;
	const distinct = [...new Set(phones)];
	const checks: NumberCheck[] = [];
	let start = 0;
	for (const batch of batches(distinct, Math.min(batchSize, MAX_BATCH_SIZE))) {
		const action = actionFor(batch, start, distinct.length);
		const answer: unknown = await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/phone-exists-batch',
			body: { phones: batch },
			itemIndex,
			timeout,
			action,
			changes: false,
		});
		const read = readCheckAnswer(batch, answer);
		if (typeof read === 'string') {
			throw toNodeApiError(
				this.getNode(),
				{
					message: `Z-API answered without the expected data when trying to ${action} (${read})`,
					description:
						'Z-API documents a list with exists, inputPhone, outputPhone and lid for each number sent. The request only reads, so it changed nothing: you can run it again.',
					httpCode: '200',
					mayHaveReachedZApi: false,
				},
				itemIndex,
			);
		}
		checks.push(...read);
		start += batch.length;
	}
	return checks;
}

/** A group's participants sorted by WhatsApp, for Group → Create's "Only Numbers on WhatsApp". */
export interface ParticipantsCheck {
	/** Each participant that has WhatsApp → the form to add it in: WhatsApp's (outputPhone). */
	onWhatsApp: Map<string, string>;
	/** The participants without WhatsApp, as given. */
	withoutWhatsApp: string[];
}

/**
 * Checks a group's participants. `@lid` IDs are WhatsApp accounts by definition and the batch check
 * takes numbers only: they are kept as they are, unchecked (no request when there is nothing else).
 */
export async function checkParticipants(
	this: IExecuteFunctions,
	participants: string[],
	options: { itemIndex: number; timeout: number },
): Promise<ParticipantsCheck> {
	const isLid = (phone: string) => /@lid$/i.test(phone);
	const numbers = participants.filter((phone) => !isLid(phone));
	const checks = numbers.length ? await checkWhatsAppNumbers.call(this, numbers, options) : [];
	const forms = new Map(checks.map((check) => [check.phone, check]));
	const onWhatsApp = new Map<string, string>();
	const withoutWhatsApp: string[] = [];
	for (const phone of participants) {
		const check = forms.get(phone);
		if (isLid(phone)) onWhatsApp.set(phone, phone);
		else if (check?.exists) onWhatsApp.set(phone, check.outputPhone);
		else withoutWhatsApp.push(phone);
	}
	return { onWhatsApp, withoutWhatsApp };
}
