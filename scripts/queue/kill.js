'use strict';
/**
 * A worker killed mid-run (SIGKILL: nothing finishes, nothing reported), then started again. n8n
 * 2.41.1 never runs a stalled job again (Bull maxStalledCount 0): the executions that were running
 * on the dead worker end as n8n records them (crashed/error), each of them at most one create at
 * the double (the request may have left before the kill), none created twice.
 */
const { runPhase } = require('./phases');
const { check, countBy, distinct } = require('./checks');

async function killPhase(context, { count, workflowId, parallel, concurrency, victim = 'B' }) {
	const { cluster } = context;
	let killed;
	let killing;
	// The kill comes once a third of the creates reached the double; the worker restarts at once.
	const during = ({ creates }) => {
		if (killing || creates < count / 3) return;
		killing = (async () => {
			const worker = cluster.workers.get(victim);
			const log = worker.log.stdout;
			const started = [...log.matchAll(/Worker started execution (\d+) \(job/g)].map((m) => m[1]);
			const finished = new Set(
				[...log.matchAll(/Worker finished execution (\d+) \(job/g)].map((m) => m[1]),
			);
			await cluster.killWorker(victim);
			// What the log said just before the kill; a line lost in the pipe counts as in flight.
			const logAfter = worker.log.stdout;
			const startedAfter = [...logAfter.matchAll(/Worker started execution (\d+) \(job/g)].map(
				(m) => m[1],
			);
			const inFlight = [...new Set([...started, ...startedAfter])].filter(
				(id) => !finished.has(id),
			);
			killed = { at: Date.now(), inFlight, pid: worker.child.pid };
			console.log(
				`  killed worker ${victim} (pid ${worker.child.pid}, SIGKILL) with ${inFlight.length} executions in flight: ${inFlight.join(', ')}`,
			);
			const restarted = await cluster.startWorker(victim);
			console.log(`  worker ${victim} started again (pid ${restarted.child.pid})`);
		})();
	};
	const phase = await runPhase(
		{ ...context, afterSettle: () => killing },
		{ label: 'kill', count, workflowId, parallel, during, withData: true },
	);
	if (!check(killed, `worker ${victim} killed during the run`)) return phase;

	const statuses = countBy(phase.runs.map((run) => run.status));
	const accounted = ['success', 'crashed', 'error'].reduce((sum, s) => sum + (statuses[s] ?? 0), 0);
	check(
		phase.runs.length === count && accounted === count,
		`every execution accounted for (success, crashed or error): ${JSON.stringify(statuses)} of ${count}`,
	);
	const names = phase.creates.map((request) => request.body.groupName);
	check(
		distinct(names) === names.length,
		`no group created twice: ${names.length} creates at the double, ${distinct(names)} distinct names`,
	);
	// Which executions were on the killed worker: its log shows those it started; a job it had taken
	// from the queue but not logged yet shows up as "not finished, and started by no other worker".
	const notSuccess = phase.runs.filter((run) => run.status !== 'success');
	const otherWorkers = cluster.workerLogs().filter((log) => log.pid !== killed.pid);
	const elsewhere = notSuccess.filter((run) =>
		otherWorkers.some((log) => log.text.includes(`Worker started execution ${run.id} (job`)),
	);
	check(
		notSuccess.length <= concurrency && elsewhere.length === 0,
		`the ${notSuccess.length} executions that did not succeed were on the killed worker ` +
			`(none started by another worker; at most its concurrency, ${concurrency}): ` +
			notSuccess.map((run) => `${run.id} ${run.status}`).join(', '),
	);
	const successes = statuses.success ?? 0;
	const extra = names.length - successes;
	check(
		extra >= 0 && extra <= notSuccess.length,
		`creates at the double (${names.length}) = successes (${successes}) + ${extra} ` +
			`(at most the ${notSuccess.length} that were in flight on the killed worker)`,
	);
	const messages = countBy(
		notSuccess.map((run) => run.data?.resultData?.error?.message ?? '(none)'),
	);
	console.log(`  what n8n recorded for them: ${JSON.stringify(messages)}`);
	phase.killed = killed;
	phase.statuses = statuses;
	return phase;
}

module.exports = { killPhase };
