'use strict';
/**
 * Throughput with 2 workers, then 1 (same load, same run), and what n8n adds per execution. The
 * double answers each create after `delayMs`: with a long answer time the workers wait on Z-API
 * (each holds `concurrency` executions), which is where a second worker doubles the rate; with a
 * short one, two cores run out of CPU first and the figures say so (CPU per component).
 */
const { runPhase } = require('./phases');
const { check, checkAllSucceeded, checkShares } = require('./checks');
const { formatCpu } = require('./cpu');

function cpuPerExecution(phase) {
	return Object.values(phase.cpu.perGroup).reduce((a, b) => a + b, 0) / phase.count;
}

function report(phase, workers, delayMs) {
	console.log(
		`  ${phase.count} executions on ${workers} worker(s) in ${(phase.wallMs / 1000).toFixed(1)} s ` +
			`(first webhook call to last execution's end): ${phase.throughput.toFixed(2)} executions/s; ` +
			`median execution ${phase.medianRunMs} ms (the double answers in ${delayMs} ms), ` +
			`median wait in the queue ${phase.medianWaitMs} ms`,
	);
	console.log(`  CPU: ${formatCpu(phase.cpu)}`);
	console.log(`  CPU per execution, all components: ${cpuPerExecution(phase).toFixed(0)} ms`);
}

/** Runs `count` on workers A and B, then on A alone (B stopped, then started again). */
async function compareWorkers(
	context,
	{ count, delayMs, workflowId, parallel, concurrency, minSpeedUp },
) {
	const { double, cluster } = context;
	const before = double.config.answerDelayMs['/create-group'];
	double.config.answerDelayMs['/create-group'] = delayMs;
	const run = (label) => runPhase(context, { label, count, workflowId, parallel });
	try {
		const two = await run(`compare2-${delayMs}`);
		checkAllSucceeded(two);
		checkShares(two, ['A', 'B']);
		report(two, 2, delayMs);
		await cluster.stopWorker('B');
		const one = await run(`compare1-${delayMs}`);
		checkAllSucceeded(one);
		report(one, 1, delayMs);
		await cluster.startWorker('B');

		const speedUp = two.throughput / one.throughput;
		// The I/O-bound ceiling of one worker: `concurrency` executions every (answer time + overhead).
		const overheadMs = one.medianRunMs - delayMs;
		console.log(
			`  speed-up 1 → 2 workers: ${speedUp.toFixed(2)}× (${one.throughput.toFixed(2)} → ${two.throughput.toFixed(2)} executions/s); ` +
				`one worker's ceiling when it only waits on Z-API: ${concurrency} / ${((delayMs + overheadMs) / 1000).toFixed(2)} s = ` +
				`${((1000 * concurrency) / (delayMs + overheadMs)).toFixed(2)} executions/s`,
		);
		console.log(
			`  what n8n adds per execution: ${overheadMs} ms of latency on 1 worker (median run ${one.medianRunMs} ms − ` +
				`the double's ${delayMs} ms), ${cpuPerExecution(one).toFixed(0)} ms of CPU (main, worker, Postgres, Redis)`,
		);
		if (minSpeedUp) {
			check(speedUp >= minSpeedUp, `speed-up ${speedUp.toFixed(2)}× ≥ ${minSpeedUp}×`);
		}
		return { two, one, speedUp, overheadMs };
	} finally {
		double.config.answerDelayMs['/create-group'] = before;
	}
}

module.exports = { compareWorkers, report };
