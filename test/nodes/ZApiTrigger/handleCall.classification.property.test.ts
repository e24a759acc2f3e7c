/**
 * webhook() through n8n-core's WebhookContext: fields the trigger does not know, added to a valid
 * fixture anywhere in its keys (properties, fixed seeds), never change what the call is answered,
 * the classified event, or the item's own fields; Z-API's fields reach the item as they came.
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { CallResult } from '../../helpers/trigger';
import { FIXTURES, MAPPED_FIELDS, callEvery } from './answers';
import { PROTOTYPE_NAMES, anyJson, anyText, settings } from './garbage';

/** Keys no code reads: `x_` and any text, or a name every object inherits. */
const unknownFields = fc.dictionary(
	fc.oneof(
		anyText.map((key) => `x_${key}`),
		fc.constantFrom(...PROTOTYPE_NAMES),
	),
	anyJson,
	{ minKeys: 1, maxKeys: 6 },
);

const baselines = new Map<string, CallResult>();

/** The answer to the fixture as it is, once per fixture, settings and version. */
async function baseline(
	name: string,
	payload: IDataObject,
	parameters: INodeParameters,
	typeVersion: number,
): Promise<CallResult> {
	const key = JSON.stringify([name, parameters, typeVersion]);
	if (!baselines.has(key))
		baselines.set(key, await callEvery(payload, { typeVersion, parameters }));
	return baselines.get(key)!;
}

/** `__proto__` read as a field, as JSON.parse makes it. */
function ownValue(object: unknown, key: string): unknown {
	return Object.getOwnPropertyDescriptor(object, key)?.value;
}

function without(item: IDataObject, keys: string[]): IDataObject {
	return Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key)));
}

describe('unknown fields', () => {
	it('change neither the answer, nor the event, nor the fields of the item', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...FIXTURES),
				unknownFields,
				fc.boolean(),
				settings,
				fc.constantFrom(1, 2),
				async ([name, payload], extra, first, parameters, typeVersion) => {
					const body = first ? { ...extra, ...payload } : { ...payload, ...extra };
					const before = await baseline(name, payload, parameters, typeVersion);
					const result = await callEvery(body, { typeVersion, parameters });
					expect([result.status, result.answer]).toEqual([before.status, before.answer]);
					if (!before.started) return;
					const [item] = result.items;
					const [expected] = before.items;
					for (const field of MAPPED_FIELDS)
						expect([field, item[field]]).toEqual([field, expected[field]]);
					const added = Object.keys(extra);
					for (const key of added) expect(ownValue(item, key)).toBe(extra[key]);
					if (typeVersion === 1) {
						for (const key of added) expect(ownValue(item.payload, key)).toBe(extra[key]);
						expect(without(item.payload as IDataObject, added)).toEqual(payload);
						expect(without(item, [...added, 'payload'])).toEqual(without(expected, ['payload']));
					} else {
						expect(without(item, added)).toEqual(expected);
					}
				},
			),
			{ seed: 2311, numRuns: 1500 },
		);
	});
});
