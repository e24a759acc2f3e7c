/**
 * What the webhook's property tests share: where a call carries its secret, settings that let every
 * classified event through, what any answer must look like, and random JSON with the shapes that
 * break parsers (lone surrogates, prototype names, huge texts, deep nesting).
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Call, CallResult } from '../../helpers/trigger';
import { EVENT_FIXTURES, loadEvent } from '../../helpers/trigger';
import { ALL_EVENTS, call } from './calls';

/**
 * The ways a call carries its secret, with the other query parameters it has. Each entry is one
 * form n8n hands the trigger; a new form (the URL's path, read through getParamsData) is one more.
 */
export const SECRET_FORMS: Record<string, (secret: unknown, query?: IDataObject) => Partial<Call>> =
	{
		query: (secret, query = {}) => ({ query: { ...query, secret } as IDataObject }),
	};

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

/** The valid fixtures, by name. */
export const FIXTURES: Array<[string, IDataObject]> = EVENT_FIXTURES.map((name) => [
	name,
	loadEvent(name),
]);

// ---- random JSON --------------------------------------------------------------------------------

/** Any code unit, lone surrogates included (n8n's JSON parser keeps `"\ud800"` as one). */
const unit = fc.oneof(
	fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
	fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
	fc.constantFrom(' ', '\n', '\u0000', '\u200b', '\ufeff', '-', '@'),
);
export const anyText = fc.string({ unit, maxLength: 24 });

/** Names an object inherits, and names the code looks values up by. */
export const PROTOTYPE_NAMES = [
	'__proto__',
	'constructor',
	'toString',
	'valueOf',
	'hasOwnProperty',
];
const TYPES = [
	'ReceivedCallback',
	'MessageStatusCallback',
	'DeliveryCallback',
	'ConnectedCallback',
	'DisconnectedCallback',
	'PresenceChatCallback',
];

/** A `type` Z-API might send, in any case and spacing, or any other text. */
export const anyType = fc.oneof(
	fc
		.tuple(fc.constantFrom(...TYPES), fc.boolean(), fc.constantFrom('', ' ', '\t'))
		.map(([type, lower, pad]) => `${pad}${lower ? type.toLowerCase() : type}${pad}`),
	fc.constantFrom(...PROTOTYPE_NAMES),
	anyText,
);

const leaf = fc.oneof(
	anyText,
	fc.constantFrom(null, true, false, 0, -0, 1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
);
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		leaf,
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.oneof(anyText, fc.constantFrom(...PROTOTYPE_NAMES)), tie('value'), {
			maxKeys: 4,
		}),
	),
})).value;

/** Values nested `depth` times in arrays or objects, as JSON.parse builds them (no recursion limit). */
export function nested(depth: number, inObjects: boolean): unknown {
	let value: unknown = 'bottom';
	for (let level = 0; level < depth; level++) value = inObjects ? { message: value } : [value];
	return value;
}
