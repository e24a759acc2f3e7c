'use strict';
/**
 * `npm run bench` (or `-- --trigger-only`): the Z-API Trigger's cost per event against n8n's own
 * Webhook node, in one `n8n start` (trigger-n8n.js). The same Z-API "message received" event is
 * posted sequentially to each workflow, in alternating rounds (trigger first in odd rounds, the
 * Webhook node first in even ones), after a warm-up. Per target: median and 95th percentile of the
 * answer time, CPU time of the n8n process per event (its utime + stime across the target's calls),
 * and the executions n8n saved, which must equal the calls: it fails otherwise, never on speed.
 */
const { table } = require('../table');
const { startTriggerBench, EVENT } = require('./trigger-n8n');
const { settledExecutions, lastExecutionId } = require('./trigger-executions');
const { createPoster, cpuMs, percentile, median, sleep } = require('./trigger-http');

const WARM_UP = 30;
/** After a target's calls, n8n still saves the last executions: its CPU is read after this. */
const SETTLE_MS = 300;
const LABELS = {
	trigger: 'Z-API Trigger → No Op',
	webhook: 'Webhook → No Op',
	webhookCredential: 'Webhook → No Op, Z-API credential in the workflow',
};
const TARGETS = Object.keys(LABELS);

async function runTarget(bench, poster, target, calls) {
	await sleep(SETTLE_MS);
	const cpuBefore = cpuMs(bench.pid);
	const times = [];
	for (let i = 0; i < calls; i++) {
		const answer = await poster.post(bench.urls[target], EVENT);
		if (answer.status !== 200) {
			throw new Error(`${LABELS[target]}: HTTP ${answer.status || answer.error} on call ${i + 1}`);
		}
		times.push(answer.ms);
	}
	await sleep(SETTLE_MS);
	return { times, cpu: cpuMs(bench.pid) - cpuBefore };
}

/**
 * Runs the comparison; resolves the figures after printing them. `command` is what reproduces it.
 * Throws when an answer is not 200 or the executions do not match the calls.
 */
async function runTriggerComparison({
	version,
	calls,
	rounds,
	triggerVersion = 2,
	pack,
	startEnv = {},
	command,
}) {
	const bench = await startTriggerBench({ version, triggerVersion, pack, startEnv });
	const poster = createPoster(1);
	try {
		console.log(
			`\nZ-API Trigger v${triggerVersion} vs n8n's Webhook node: n8n ${version} (Node ${bench.nodeVersion}), one n8n start, SQLite, the secret in the registered URL's ${bench.secretIn}, ${rounds} round(s) × ${calls} sequential calls per target${
				Object.keys(startEnv).length
					? `; n8n started with ${Object.entries(startEnv)
							.map(([k, v]) => `${k}=${v}`)
							.join(' ')}`
					: ''
			}`,
		);
		for (const target of TARGETS) await runTarget(bench, poster, target, WARM_UP);
		const read = bench.executions;
		await settledExecutions(read);
		const afterId = await lastExecutionId(read);
		const results = Object.fromEntries(TARGETS.map((target) => [target, []]));
		for (let round = 1; round <= rounds; round++) {
			// Each round starts with the next target, so none is always first or last.
			const shift = (round - 1) % TARGETS.length;
			const order = [...TARGETS.slice(shift), ...TARGETS.slice(0, shift)];
			for (const target of order)
				results[target].push(await runTarget(bench, poster, target, calls));
			const last = TARGETS.map((target) => results[target].at(-1));
			console.log(
				`round ${round} (${order[0]} first): median ${last.map((r) => median(r.times).toFixed(1)).join(' / ')} ms, CPU per event ${last.map((r) => (r.cpu / calls).toFixed(2)).join(' / ')} ms (${TARGETS.join(' / ')})`,
			);
		}
		const runs = await settledExecutions(read, { afterId });
		const figures = {};
		for (const target of TARGETS) {
			const mine = runs.filter((run) => run.workflowId === bench.workflowIds[target]);
			const times = results[target].flatMap((r) => r.times);
			figures[target] = {
				label: LABELS[target],
				median: median(times),
				p95: percentile(times, 95),
				cpu: results[target].reduce((sum, r) => sum + r.cpu, 0) / (calls * rounds),
				calls: calls * rounds,
				executions: mine.length,
				succeeded: mine.filter((run) => run.status === 'success').length,
			};
		}
		const { trigger: t, webhook: w, webhookCredential: c } = figures;
		const roundRatios = (value, over = 'webhook') =>
			results.trigger.map((r, i) => (value(r) / value(results[over][i])).toFixed(2)).join(' ');
		console.log(
			[
				'',
				table(Object.values(figures), [
					{ title: 'Target', value: (f) => f.label },
					{ title: 'Answer, median', value: (f) => `${f.median.toFixed(1)} ms` },
					{ title: 'p95', value: (f) => `${f.p95.toFixed(1)} ms` },
					{ title: 'n8n CPU per event', value: (f) => `${f.cpu.toFixed(2)} ms` },
					{ title: 'Calls', value: (f) => f.calls },
					{ title: 'Executions', value: (f) => `${f.executions} (${f.succeeded} success)` },
				]),
				`  trigger / webhook: answer time (median) ${(t.median / w.median).toFixed(2)}, CPU per event ${(t.cpu / w.cpu).toFixed(2)} (goal ≤ 1.10 for both)`,
				`  round by round: answer ${roundRatios((r) => median(r.times))}; CPU ${roundRatios((r) => r.cpu)}`,
				`  trigger / Webhook with the credential in its workflow (n8n's credential check on both): answer ${(t.median / c.median).toFixed(2)}, CPU per event ${(t.cpu / c.cpu).toFixed(2)}; round by round CPU ${roundRatios((r) => r.cpu, 'webhookCredential')}`,
				`  n8n's credential check alone (Webhook with / without the credential): CPU per event +${(c.cpu - w.cpu).toFixed(2)} ms (${(c.cpu / w.cpu).toFixed(2)}×)`,
				`  (CPU: utime + stime of the n8n process over each target's calls, from /proc; the machine's other load moves it much less than the answer times)`,
				...(rounds < 3 ? [`  Only ${rounds} round(s): this checks that it runs.`] : []),
				`Command: ${command}`,
			].join('\n'),
		);
		const wrong = Object.values(figures).filter(
			(f) => f.executions !== f.calls || f.succeeded !== f.calls,
		);
		if (wrong.length) {
			throw new Error(
				wrong
					.map(
						(f) =>
							`${f.label}: ${f.calls} calls, ${f.executions} executions (${f.succeeded} success)`,
					)
					.join('; '),
			);
		}
		return figures;
	} finally {
		poster.close();
		await bench.stop();
	}
}

module.exports = { runTriggerComparison };
