/**
 * The in-process comparison of `npm run bench` (scripts/bench/sameProcess.js) without n8n: its two
 * workflows, and what it makes of the nodes' times.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchWorkflows, SAME_PROCESS_ORDERS } = require('../../../scripts/bench/workflows');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { gapsOf, runSameProcess } = require('../../../scripts/bench/sameProcess');

type Node = { name: string; type: string; credentials?: { zApiApi: { id: string } } };
type Workflow = { id: string; nodes: Node[] };

const double = {
	url: 'http://127.0.0.1:1',
	config: { instanceId: 'I', instanceToken: 'T', clientToken: 'C' },
};
const measured = (workflow: Workflow) => workflow.nodes.slice(5);
const kindOf = (node: Node) => (node.type.endsWith('.zApi') ? 'a' : 'd');

describe('the sameProcess workflows', () => {
	const { sameProcess, ownCredentials } = benchWorkflows({ items: 3, double });

	it('warm up each node, then run (a) and (d) as often, in two orientations that swap every place', () => {
		expect(sameProcess).toHaveLength(2);
		const [first, second] = sameProcess.map((workflow: Workflow) => measured(workflow).map(kindOf));
		expect(first).toEqual(SAME_PROCESS_ORDERS[0]);
		expect(second).toEqual(first.map((kind: string) => (kind === 'a' ? 'd' : 'a')));
		expect(first.filter((kind: string) => kind === 'a')).toHaveLength(first.length / 2);
		for (const workflow of sameProcess as Workflow[]) {
			expect(workflow.nodes.slice(3, 5).map((node) => [node.name, kindOf(node)])).toEqual([
				['Warm-up (d)', 'd'],
				['Warm-up (a)', 'a'],
			]);
		}
	});

	it('give every node after the first a credential of its own (each (a) looks up the connected number)', () => {
		for (const workflow of sameProcess as Workflow[]) {
			const ids = workflow.nodes.slice(4).map((node) => node.credentials!.zApiApi.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.every((id) => ownCredentials.some((own: { id: string }) => own.id === id))).toBe(
				true,
			);
		}
	});

	it('--aa: the minimal node in every measured place', () => {
		const { sameProcess: aa } = benchWorkflows({ items: 3, double, aa: true });
		for (const workflow of aa as Workflow[]) {
			expect(new Set(measured(workflow).map(kindOf))).toEqual(new Set(['d']));
		}
	});
});

describe('runSameProcess', () => {
	const { sameProcess } = benchWorkflows({ items: 100, double });

	/**
	 * A fake `n8n execute`: each node's time from `timeOf(kind, place)`; CPU the same; its gaps between
	 * creates the time per item (median), and half as much again (mean).
	 */
	const executeWith =
		(timeOf: (kind: string, place: number) => number) => async (workflow: Workflow) => ({
			byNode: Object.fromEntries(
				workflow.nodes.slice(3).map((node, i) => {
					const time = i < 2 ? 3 * timeOf(kindOf(node), 0) : timeOf(kindOf(node), i - 1);
					const gaps = { median: time / 100, mean: (1.5 * time) / 100 };
					return [node.name, { time, cpu: time, gaps }];
				}),
			),
		});
	const lineOf = (lines: string[]) => lines.find((line) => line.includes('node / minimal node'));

	it('prints (a) / (d) per process and their median, with the verdict', async () => {
		const lines = await runSameProcess({
			execute: executeWith((kind) => (kind === 'a' ? 110 : 100)),
			workflows: sameProcess,
			rounds: 2,
			items: 100,
		});
		expect(lineOf(lines)).toContain(
			'in one process: 1.10 1.10, median 1.10 (target ≤ 1.00: missed)',
		);
		expect(lines.join('\n')).toContain(
			'(a) Z-API node 1.100 ms, (d) minimal node 1.000 ms per item',
		);
	});

	it('prints the gaps between creates: the usual item as (a) − (d) in µs per process, all items as (a) / (d)', async () => {
		const lines = await runSameProcess({
			execute: executeWith((kind) => (kind === 'a' ? 110 : 100)),
			workflows: sameProcess,
			rounds: 2,
			items: 100,
		});
		const line = lines.find((text: string) => text.includes('as the double saw it'));
		expect(line).toContain('the usual item (median gap) (a) 1100.0 µs, (d) 1000.0 µs');
		expect(line).toContain('(a) − (d) 100.0 100.0, median 100.0 µs');
		expect(line).toContain('all items (mean gap) (a) / (d): 1.10 1.10, median 1.10');
	});

	it('one slow place (a major garbage collection at the same point of every run) does not move it', async () => {
		const lines = await runSameProcess({
			execute: executeWith((kind, place) => (place === 12 ? 150 : 95)),
			workflows: sameProcess,
			rounds: 2,
			items: 100,
		});
		expect(lineOf(lines)).toContain('in one process: 1.00 1.00, median 1.00 (target ≤ 1.00: met)');
	});

	it('says when it is the --aa check', async () => {
		const lines = await runSameProcess({
			execute: executeWith(() => 100),
			workflows: sameProcess,
			rounds: 1,
			items: 100,
			aa: true,
		});
		expect(lines[0]).toMatch(/^--aa: the minimal node ran in the Z-API node's places/);
	});
});

describe("gapsOf: a node's creates as the double received them", () => {
	it('gives the median and the mean gap from one create to the next', () => {
		expect(gapsOf([10, 11, 13, 16, 26])).toEqual({ median: 2.5, mean: 4 });
	});

	it('gives 0 for fewer than two creates', () => {
		expect(gapsOf([5])).toEqual({ median: 0, mean: 0 });
	});
});
