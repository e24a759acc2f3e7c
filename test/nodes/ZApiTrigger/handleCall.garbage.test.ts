/**
 * webhook() through n8n-core's WebhookContext with garbage (properties, fixed seeds): whatever the
 * body, the query and the headers, an execution with one item, a 200 "ignored" or a 4xx; never a
 * 5xx, never an execution without the secret.
 */
import type { IDataObject } from 'n8n-workflow';

import { callEvery, expectAnswered, nested } from './garbage';

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
});
