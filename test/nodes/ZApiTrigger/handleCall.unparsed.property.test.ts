/**
 * webhook() through n8n-core's WebhookContext with what n8n hands over unparsed (no body, text, a
 * Buffer, a form) and any content-type and content-length (properties, fixed seeds).
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { MAX_BODY_BYTES } from '../../../nodes/ZApiTrigger/handleCall';
import { callEvery, expectAnswered } from './answers';
import { anyBody, anyText, anyType, fieldName, fixture } from './garbage';

describe('bodies n8n hands over unparsed, and the headers', () => {
	const contentType = fc.option(
		fc.constantFrom(
			'application/json',
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'application/xml',
			'application/octet-stream',
		),
	);
	const unparsed = fc.oneof(
		fc.constant(undefined),
		fc.constant({}),
		anyText,
		fixture.map((payload) => JSON.stringify(payload)),
		fixture.map((payload) => Buffer.from(JSON.stringify(payload))),
		anyText.map((text) => Buffer.from(text)),
	);
	const anyLength = fc.option(
		fc.oneof(
			fc.nat().map(String),
			fc.constantFrom('', 'abc', '-1', '1e400', 'Infinity', '0x10', ' 12 ', '1,5'),
		),
	);

	it('a body that is not a parsed JSON object: 4xx, nothing started', async () => {
		await fc.assert(
			fc.asyncProperty(unparsed, contentType, anyLength, async (body, type, length) => {
				const headers = {
					'content-type': type ?? undefined,
					'content-length': length ?? undefined,
				};
				const result = await callEvery(body, { headers });
				expectAnswered(result);
				expect(result.started).toBe(false);
				expect(result.status).toBeGreaterThanOrEqual(400);
			}),
			{ seed: 2304, numRuns: 600 },
		);
	});

	it('a content-length over the limit: 413 for any body, nothing started', async () => {
		const over = fc.oneof(
			fc.integer({ min: MAX_BODY_BYTES + 1, max: Number.MAX_SAFE_INTEGER }).map(String),
			fc.constantFrom('1e400', 'Infinity', '9'.repeat(40)),
		);
		await fc.assert(
			fc.asyncProperty(fc.oneof(fixture, anyBody), over, async (body, length) => {
				const result = await callEvery(body, { headers: { 'content-length': length } });
				expect(result).toMatchObject({ status: 413, started: false });
			}),
			{ seed: 2305, numRuns: 400 },
		);
	});

	it('a valid event without a content-length, or with one under the limit or unreadable, starts', async () => {
		const readable = fc.oneof(
			fc.integer({ min: 0, max: MAX_BODY_BYTES }).map(String),
			fc.constantFrom('', 'abc', '-1', '0x10'),
		);
		await fc.assert(
			fc.asyncProperty(fixture, fc.option(readable), async (payload, length) => {
				const result = await callEvery(payload, {
					headers: { 'content-length': length ?? undefined },
				});
				expect(result).toMatchObject({ status: 200, started: true });
			}),
			{ seed: 2306, numRuns: 300 },
		);
	});

	it('a form (querystring.parse: no prototype, texts and lists of texts): never a 5xx', async () => {
		const formValue = fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }));
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(fieldName, formValue, { maxKeys: 8 }),
				fc.oneof(anyType, fc.array(anyType, { minLength: 2, maxLength: 3 })),
				async (fields, type) => {
					const body = Object.assign(Object.create(null) as IDataObject, fields, { type });
					const result = await callEvery(body, {
						headers: { 'content-type': 'application/x-www-form-urlencoded' },
					});
					expectAnswered(result);
				},
			),
			{ seed: 2307, numRuns: 500 },
		);
	});
});
