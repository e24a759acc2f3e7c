/**
 * Random JSON for the webhook's property tests, with the shapes that break parsers: lone surrogates,
 * names every object inherits, documented fields with any value, deep nesting.
 */
import fc from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import { ALL_EVENTS } from './calls';
import { EVERY_EVENT, FIXTURES, SECRET_FORMS } from './answers';

/** Any code unit, lone surrogates included (n8n's JSON parser keeps `"\ud800"` as one). */
const unit = fc.oneof(
	fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
	fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
	fc.constantFrom(' ', '\n', '\u0000', '\u200b', '\ufeff', '-', '@'),
);
export const anyText = fc.string({ unit, maxLength: 24 });

/** Names every object inherits: a lookup by name in a plain object finds them. */
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

/** Every top-level field of the fixtures, and those the trigger reads that they lack. */
export const FIELDS = [
	...new Set(FIXTURES.flatMap(([, payload]) => Object.keys(payload))),
	...['notification', 'text', 'image', 'audio', 'video', 'document', 'sticker', 'ids'],
];
export const fieldName = fc.oneof(fc.constantFrom(...FIELDS, ...PROTOTYPE_NAMES), anyText);
export const fixture = fc.constantFrom(...FIXTURES).map(([, payload]) => payload);
export const secretForm = fc.constantFrom(...Object.values(SECRET_FORMS));

/** Settings a workflow may have: all events, one, filters (a Chats list reads the credential). */
export const settings = fc.constantFrom<INodeParameters>(
	EVERY_EVENT,
	{ events: ['messageReceived'] },
	{ events: ALL_EVENTS, filters: { chatType: 'groups', ignoreApiMessages: true } },
	{ events: ALL_EVENTS, filters: { chatType: 'private', chats: '5544999999999' } },
);

/** Any JSON, a body shaped like an event with random fields, or a fixture with fields replaced. */
export const anyBody = fc.oneof(
	anyJson,
	fc
		.tuple(anyType, fc.dictionary(fieldName, anyJson, { maxKeys: 8 }))
		.map(([type, fields]) => ({ ...fields, type })),
	fc
		.tuple(fixture, fc.dictionary(fieldName, anyJson, { maxKeys: 4 }))
		.map(([payload, fields]) => ({ ...payload, ...fields })),
);
