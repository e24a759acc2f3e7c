/**
 * What the webhook's property tests check calls with: where a call carries its secret, settings that
 * let every classified event through, and what any answer and any item must look like.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Call, CallResult } from '../../helpers/trigger';
import { EVENT_FIXTURES, WEBHOOK_ID, loadEvent } from '../../helpers/trigger';
import { ALL_EVENTS, call } from './calls';

/**
 * The ways a call carries its secret, with the other query parameters it has. Each entry is one
 * form n8n hands the trigger: the query, or the last segment of the URL's path.
 */
export const SECRET_FORMS: Record<string, (secret: unknown, query?: IDataObject) => Partial<Call>> =
	{
		query: (secret, query = {}) => ({ query: { ...query, secret } as IDataObject }),
		// The path webhook (secret.ts): a path holds text only, so anything else is written as JSON.
		path: (secret, query = {}) => ({
			webhookName: 'setup',
			query,
			path: `/webhook/${WEBHOOK_ID}/${WEBHOOK_ID}/zapi/${segment(secret)}`,
		}),
	};

function segment(secret: unknown): string {
	const text = typeof secret === 'string' ? secret : (JSON.stringify(secret) ?? '');
	try {
		return encodeURIComponent(text);
	} catch {
		return text; // a lone surrogate: no URL could carry it
	}
}

/** Every event chosen and no filter: whatever classify() recognises starts the workflow. */
export const EVERY_EVENT: INodeParameters = {
	events: [...ALL_EVENTS, 'messageSentByMe'],
	ignoreOwnMessages: false,
};

/** A call with every event chosen, the right secret in the query unless `extra` says otherwise. */
export async function callEvery(body: unknown, extra: Partial<Call> = {}): Promise<CallResult> {
	return await call(EVERY_EVENT, body, extra);
}

/**
 * What n8n answers must be one of: an execution with one item, a 200 saying why the event was
 * ignored, or a 4xx. Never 5xx, never the catch-all's log line (a throw inside the webhook).
 */
export function expectAnswered(result: CallResult): void {
	expect(result.logs).not.toContain('could not handle a call');
	if (result.started) {
		expect(result.status).toBe(200);
		expect(result.items).toHaveLength(1);
	} else if (result.status === 200) {
		expect(result.answer).toEqual({ message: expect.stringMatching(/^Event ignored: /) });
	} else {
		expect(result.status).toBeGreaterThanOrEqual(400);
		expect(result.status).toBeLessThan(500);
	}
}

/** The fields of the item that next nodes map, and their types (`reply` and `media`: objects). */
const MAPPED: Array<[string, (value: unknown) => boolean]> = [
	['event', (value) => typeof value === 'string' && value !== ''],
	['chatId', (value) => value === null || typeof value === 'string'],
	['groupId', (value) => value === null || typeof value === 'string'],
	['text', (value) => value === null || typeof value === 'string'],
	['isGroup', (value) => typeof value === 'boolean'],
	['fromMe', (value) => typeof value === 'boolean'],
	['messageId', (value) => value === null || typeof value === 'string'],
	['participantPhone', (value) => value === null || typeof value === 'string'],
];
export const MAPPED_FIELDS = [...MAPPED.map(([name]) => name), 'participants', 'reply', 'media'];

const textList = (value: unknown) =>
	Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const textOrNull = (value: unknown) => value === null || typeof value === 'string';

/** The item's own fields have their types, whatever the payload held. */
export function expectValidItem(item: IDataObject): void {
	const wrong = MAPPED.filter(([name, valid]) => !valid(item[name])).map(([name]) => name);
	if (item.participants !== undefined && !textList(item.participants)) wrong.push('participants');
	const reply = item.reply as IDataObject | undefined;
	if (
		reply !== undefined &&
		!(
			textList(reply.optionIds) &&
			textList(reply.optionTexts) &&
			['optionId', 'optionText', 'optionDescription', 'pollMessageId', 'answeredMessageId', 'from']
				.map((name) => reply[name])
				.every(textOrNull)
		)
	) {
		wrong.push('reply');
	}
	const media = item.media as IDataObject | undefined;
	if (
		media !== undefined &&
		!(
			typeof media.type === 'string' &&
			['url', 'mimeType', 'fileName', 'caption'].map((name) => media[name]).every(textOrNull) &&
			(media.seconds === null || typeof media.seconds === 'number')
		)
	) {
		wrong.push('media');
	}
	expect(wrong).toEqual([]);
}

/** The valid fixtures, by name. */
export const FIXTURES: Array<[string, IDataObject]> = EVENT_FIXTURES.map((name) => [
	name,
	loadEvent(name),
]);
