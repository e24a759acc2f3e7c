import { readPacing, waitBefore } from '../../../../nodes/ZApi/shared/pacing';
import { CREATE_GROUP, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

describe('pacing', () => {
	it('waits nothing by default, and never before the first item', () => {
		const pacing = readPacing({});
		expect([0, 1, 2, 50].map((index) => waitBefore(index, pacing))).toEqual([0, 0, 0, 0]);
		expect(waitBefore(0, readPacing({ delayBetweenItems: 5000, itemsPerBatch: 1 }))).toBe(0);
	});

	it('waits the delay before every later item', () => {
		const pacing = readPacing({ delayBetweenItems: 3000 });
		expect([0, 1, 2, 3].map((index) => waitBefore(index, pacing))).toEqual([0, 3000, 3000, 3000]);
	});

	it('adds the batch interval before each batch after the first', () => {
		const pacing = readPacing({ delayBetweenItems: 1000, itemsPerBatch: 2, batchInterval: 60000 });
		expect([0, 1, 2, 3, 4].map((index) => waitBefore(index, pacing))).toEqual([
			0, 1000, 61000, 1000, 61000,
		]);
	});

	it('treats negative, empty and non-numeric values as no pacing', () => {
		expect(readPacing({ delayBetweenItems: -5, itemsPerBatch: 'x', batchInterval: null })).toEqual({
			delayBetweenItems: 0,
			itemsPerBatch: 0,
			batchInterval: 0,
		});
	});
});

describe('pacing through the engine (Group → Create, three items)', () => {
	const items = [
		{ name: 'One', participants: '5511999998881', invite: true },
		{ name: 'Two', participants: '5511999998882', invite: true },
		{ name: 'Three', participants: '5511999998883', invite: true },
	];
	const createTimes = () =>
		double.requests.filter((request) => request.endpoint === '/create-group').map((r) => r.at);
	/** The time between one create reaching the double and the next: what the node's waits add to. */
	const gaps = () =>
		createTimes().flatMap((at, index, all) => (index ? [at - all[index - 1]] : []));

	// Waits are checked as gaps between requests at the double. A missing wait shows as a gap shorter
	// than the wait, however busy the machine; the bounds that say "no wait here" are as loose as the
	// wait they rule out (a busy machine only makes gaps longer, so no tight upper bound).
	it('sends at once by default', async () => {
		const result = await runZApi(double, { parameters: CREATE_GROUP, items });
		expect(result.error).toBeUndefined();
		expect(createTimes()).toHaveLength(3);
		// No wait at all: not even a second, when the node advises 3000 ms and up for bulk work.
		expect(Math.max(...gaps())).toBeLessThan(1000);
	});

	it('waits Delay Between Items before each later item', async () => {
		const result = await runZApi(double, {
			items,
			parameters: { ...CREATE_GROUP, options: { delayBetweenItems: 400 } },
		});
		expect(result.error).toBeUndefined();
		const [first, second, third] = createTimes();
		expect(second - first).toBeGreaterThanOrEqual(390);
		expect(third - second).toBeGreaterThanOrEqual(390);
	});

	it('waits Batch Interval between batches only', async () => {
		const result = await runZApi(double, {
			items,
			parameters: { ...CREATE_GROUP, options: { itemsPerBatch: 2, batchInterval: 1000 } },
		});
		expect(result.error).toBeUndefined();
		const [first, second, third] = createTimes();
		// Within the batch: less than one Batch Interval, so none was waited.
		expect(second - first).toBeLessThan(1000);
		expect(third - second).toBeGreaterThanOrEqual(990);
		expect(result.output().map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
	});
});
