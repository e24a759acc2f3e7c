'use strict';
/**
 * (a) beside (d) in one n8n process: the `sameProcess` workflows (workflows.js) run the minimal node
 * and the Z-API node once each to warm up, then (a) (d) (d) (a) four times on the same items, or,
 * every other round, (d) (a) (a) (d). Each node's time is n8n's own executionTime of it; its CPU,
 * the n8n process's while it ran.
 *
 * Why beside the per-process figures: each `n8n execute` is a fresh process, whose speed on a shared
 * 2-core machine moves by ±30 % from one process to the next, and whose first items run code V8 has
 * not compiled yet: the first run of a node in a process pays for compiling its code and the paths
 * of n8n and Node it takes, once (a long-running `n8n start` pays it once). Here both nodes run warm,
 * in the same process, interleaved; each (a) still looks up the connected number (a credential of
 * its own per node) and reads its credential, as (d) does.
 *
 * Each round's figure is the median of its (a) runs over the median of its (d) runs: what strikes
 * one run at the same point every time (n8n's major garbage collection hit the 14th run of every
 * process by 50 %) does not move it, and it strikes (a) in one orientation and (d) in the other.
 * Checked by running (d) in place of (a) (an A/A run): it must print 1.00 within the spread.
 */
const { SAME_PROCESS_ORDERS, sameProcessName } = require('./workflows');

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * A node's creates as the double received them (performance.now() times): the median and the mean
 * gap from one create to the next, in ms. The gap is one item's whole round: the double's answer, n8n
 * and the node between that answer and the next request, and the request. The median is the usual
 * item; the mean counts the items a garbage collection or the machine slowed down.
 */
function gapsOf(hrTimes) {
	const gaps = hrTimes.slice(1).map((time, i) => time - hrTimes[i]);
	if (gaps.length === 0) return { median: 0, mean: 0 };
	return { median: median(gaps), mean: gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length };
}

/** The names of the measured nodes of `kind` in the workflow of orientation `order`. */
function namesOf(order, kind) {
	return SAME_PROCESS_ORDERS[order].flatMap((k, i) =>
		k === kind ? [sameProcessName(order, i)] : [],
	);
}

/**
 * Runs the workflows, alternating, `rounds` times in all through `execute` (bench.js: one `n8n
 * execute`, checked, with `byNode`) and resolves the lines to print.
 */
async function runSameProcess({ execute, workflows, rounds, items, aa = false }) {
	const results = [];
	for (let round = 0; round < rounds; round++) {
		const order = round % SAME_PROCESS_ORDERS.length;
		const { byNode } = await execute(workflows[order]);
		const of = (kind, field) => median(namesOf(order, kind).map((name) => byNode[name][field]));
		const result = { warmUp: {} };
		const gap = (kind, field) =>
			median(namesOf(order, kind).map((name) => byNode[name].gaps[field]));
		for (const kind of ['a', 'd']) {
			result[kind] = of(kind, 'time') / items;
			result[`${kind}Cpu`] = of(kind, 'cpu') / items;
			result[`${kind}Gap`] = gap(kind, 'median');
			result[`${kind}MeanGap`] = gap(kind, 'mean');
			result.warmUp[kind] = byNode[`Warm-up (${kind})`].time - of(kind, 'time');
		}
		results.push(result);
	}
	const ratios = (x, y) => results.map((r) => r[x] / r[y]);
	const shown = (values) =>
		`${values.map((x) => x.toFixed(2)).join(' ')}, median ${median(values).toFixed(2)}`;
	const wall = ratios('a', 'd');
	const verdict = median(wall) <= 1 ? 'met' : 'missed';
	const ms = (value, digits = 3) => `${value.toFixed(digits)} ms`;
	const us = (value) => `${(1000 * value).toFixed(1)} µs`;
	const medianOf = (pick) => median(results.map(pick));
	const runs = SAME_PROCESS_ORDERS[0].length / 2;
	return [
		...(aa
			? [
					'--aa: the minimal node ran in the Z-API node\'s places below, so "node / minimal node" is (d) / (d): its spread around 1.00 is what a difference must beat to count.',
				]
			: []),
		`In one n8n process (each node once to warm up, then ${runs} runs of each, a d d a / d a a d in turn, on the same ${items} items; n8n's executionTime of each node; ${rounds} process(es)):`,
		`  (a) Z-API node ${ms(medianOf((r) => r.a))}, (d) minimal node ${ms(medianOf((r) => r.d))} per item (medians)`,
		`  node / minimal node, in one process: ${shown(wall)} (target ≤ 1.00: ${verdict}); CPU while the nodes ran: ${shown(ratios('aCpu', 'dCpu'))}`,
		`  per item as the double saw it (the gap from one create to the next, ${items - 1} per run; medians over the runs, then the processes): the usual item (median gap) (a) ${us(medianOf((r) => r.aGap))}, (d) ${us(medianOf((r) => r.dGap))}, (a) − (d) ${results.map((r) => us(r.aGap - r.dGap).replace(' µs', '')).join(' ')}, median ${us(medianOf((r) => r.aGap - r.dGap))}; all items (mean gap) (a) / (d): ${shown(ratios('aMeanGap', 'dMeanGap'))}`,
		`  the first run in the process, beyond a warm one (once per process, medians): (a) +${ms(
			medianOf((r) => r.warmUp.a),
			0,
		)}, (d) +${ms(
			medianOf((r) => r.warmUp.d),
			0,
		)} (the first node also warms n8n up)`,
	];
}

module.exports = { gapsOf, runSameProcess };
