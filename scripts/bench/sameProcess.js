'use strict';
/**
 * (a) beside (d) in one n8n process: the `sameProcess` workflow (workflows.js) runs the minimal node
 * and the Z-API node once each to warm up, then (a) (d) (d) (a) four times on the same items.
 * Each node's time is n8n's own executionTime of it; its CPU, the n8n process's while it ran.
 *
 * Why beside the per-process figures: each `n8n execute` is a fresh process, whose speed on a shared
 * 2-core machine moves by ±30 % from one process to the next (the pairs of one run went from 0.65 to
 * 1.64), and whose first items run code V8 has not compiled yet: the first run of a node in a process
 * pays for compiling its code and the paths of n8n and Node it takes (the Z-API node's requests do
 * not go through the redirect-following wrapper the minimal node's do). A long-running `n8n start`
 * pays that once. Here both nodes run warm, in the same process, interleaved; each (a) still looks up
 * the connected number (a credential of its own per node) and reads its credential, as (d) does. What
 * the warm-ups cost beyond a warm run is printed too.
 */
const { SAME_PROCESS_ORDER } = require('./workflows');

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The measured nodes of one kind (names as workflows.js gives them). */
function namesOf(kind) {
	return SAME_PROCESS_ORDER.flatMap((k, i) =>
		k === kind ? [kind === 'a' ? `Z-API ${i + 1}` : `Minimal ${i + 1}`] : [],
	);
}

/**
 * Runs the workflow `rounds` times through `execute` (bench.js: one `n8n execute`, checked, with
 * `byNode`) and resolves the lines to print.
 */
async function runSameProcess({ execute, rounds, items }) {
	const results = [];
	for (let round = 1; round <= rounds; round++) {
		const { byNode } = await execute('sameProcess');
		const mean = (kind, field) =>
			namesOf(kind).reduce((sum, name) => sum + byNode[name][field], 0) / namesOf(kind).length;
		const result = { warmUp: {} };
		for (const kind of ['a', 'd']) {
			result[kind] = mean(kind, 'time') / items;
			result[`${kind}Cpu`] = mean(kind, 'cpu') / items;
			result.warmUp[kind] = byNode[`Warm-up (${kind})`].time - mean(kind, 'time');
		}
		results.push(result);
	}
	const ratios = (x, y) => results.map((r) => r[x] / r[y]);
	const shown = (values) =>
		`${values.map((x) => x.toFixed(2)).join(' ')}, median ${median(values).toFixed(2)}`;
	const wall = ratios('a', 'd');
	const verdict = median(wall) <= 1 ? 'met' : 'missed';
	const ms = (value, digits = 3) => `${value.toFixed(digits)} ms`;
	const medianOf = (pick) => median(results.map(pick));
	return [
		`In one n8n process (each node once to warm up, then a d d a ×${SAME_PROCESS_ORDER.length / 4} on the same ${items} items; n8n's executionTime of each node; ${rounds} run(s)):`,
		`  (a) Z-API node ${ms(medianOf((r) => r.a))}, (d) minimal node ${ms(medianOf((r) => r.d))} per item (medians)`,
		`  node / minimal node, in one process: ${shown(wall)} (target ≤ 1.00: ${verdict}); CPU while the nodes ran: ${shown(ratios('aCpu', 'dCpu'))}`,
		`  the first run in the process, beyond a warm one (once per process, medians): (a) +${ms(
			medianOf((r) => r.warmUp.a),
			0,
		)}, (d) +${ms(
			medianOf((r) => r.warmUp.d),
			0,
		)} (the first node also warms n8n up)`,
	];
}

module.exports = { runSameProcess };
