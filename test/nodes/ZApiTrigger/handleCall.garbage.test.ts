/**
 * webhook() through n8n-core's WebhookContext with any JSON body (properties, fixed seeds): an
 * execution with one well-typed item, a 200 "ignored" or a 4xx; never a 5xx, never an execution
 * without the secret. Unparsed bodies and headers: handleCall.unparsed.property.test.ts; the query:
 * handleCall.secret.property.test.ts.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { MAX_BODY_BYTES } from '../../../nodes/ZApiTrigger/handleCall';
import { callEvery, expectAnswered, expectValidItem, FIXTURES } from './answers';
import { SECRET, call } from './calls';
import { anyBody, anyText, FIELDS, fixture, nested, secretForm, settings } from './garbage';

describe('any JSON body', () => {
	it('with the secret: one item, 200 ignored or 4xx, never a 5xx', async () => {
		await fc.assert(
			fc.asyncProperty(
				anyBody,
				settings,
				fc.constantFrom(1, 2),
				secretForm,
				async (body, parameters, typeVersion, form) => {
					const result = await call(parameters, body, { typeVersion, ...form(SECRET) });
					expectAnswered(result);
					if (result.started) expectValidItem(result.items[0]);
				},
			),
			{ seed: 2301, numRuns: 2500 },
		);
	});

	it('without the secret: 401 and nothing started', async () => {
		await fc.assert(
			fc.asyncProperty(anyBody, fc.option(anyText), secretForm, async (body, given, form) => {
				fc.pre(given !== SECRET);
				const extra = given === null ? { query: {} } : form(given);
				const result = await callEvery(body, extra);
				expect(result).toMatchObject({ status: 401, started: false });
			}),
			{ seed: 2302, numRuns: 1000 },
		);
	});

	/** Texts of about 1 MB (under and over the limit, in 1 to 3 bytes a character) and deep nesting. */
	const bulky = fc.oneof(
		fc
			.tuple(
				fc.constantFrom(500_000, 1_000_000, MAX_BODY_BYTES + 1),
				fc.constantFrom('a', 'é', '😀', '\ud800'),
			)
			.map(([length, character]) => {
				const value = character.repeat(Math.ceil(length / character.length));
				return { value, bytes: Buffer.byteLength(JSON.stringify(value)) };
			}),
		fc
			.tuple(fc.constantFrom(10, 1_000, 10_000, 200_000), fc.boolean())
			.map(([depth, inObjects]) => ({
				value: nested(depth, inObjects),
				bytes: depth * (inObjects ? 14 : 2),
			})),
	);

	it('with texts of about 1 MB and values nested up to 200,000 deep: never a 5xx', async () => {
		await fc.assert(
			fc.asyncProperty(
				fixture,
				fc.constantFrom(...FIELDS),
				bulky,
				fc.constantFrom(1, 2),
				async (payload, field, { value, bytes }, typeVersion) => {
					const body = { ...payload, [field]: value };
					const length = JSON.stringify(payload).length + bytes;
					const result = await callEvery(body, {
						typeVersion,
						headers: { 'content-length': String(length) },
					});
					expectAnswered(result);
					if (length > MAX_BODY_BYTES) expect(result.status).toBe(413);
				},
			),
			{ seed: 2303, numRuns: 60 },
		);
	});
});

describe('regressions', () => {
	it.each([
		['arrays', false],
		['objects', true],
	])(
		'version 2 starts with a text nested 100,000 times in %s (it answered 500)',
		async (_label, inObjects) => {
			const text = nested(100_000, inObjects);
			const result = await callEvery(
				{ type: 'ReceivedCallback', phone: '5544999999999', text },
				{ typeVersion: 2, headers: { 'content-length': '600000' } },
			);
			expectAnswered(result);
			expect(result.started).toBe(true);
			const [item] = result.items;
			expect(item.text).toBeNull();
			// toBe: Jest's deep equality would overflow its own stack here.
			expect((item.zapi as IDataObject).text).toBe(text);
		},
	);

	it("version 2 keeps a field named __proto__ as a field (it set the item's prototype)", async () => {
		const body = JSON.parse(
			'{"type":"ReceivedCallback","phone":"5544999999999","__proto__":{"participants":["x"]}}',
		) as IDataObject;
		const result = await callEvery(body, { typeVersion: 2 });
		const [item] = result.items;
		expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toEqual({
			participants: ['x'],
		});
		expect(item.participants).toBeUndefined();
	});

	it.each(['constructor', '__proto__'])(
		'type %j is an unknown type (it answered 500)',
		async (type) => {
			const result = await callEvery({ ...FIXTURES[0][1], type });
			expect(result).toMatchObject({
				status: 200,
				answer: { message: 'Event ignored: a type of event the trigger does not know' },
			});
		},
	);
});
