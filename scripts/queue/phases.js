'use strict';
/**
 * One load phase: N webhook calls, each asking for a group of its own name, driven into the
 * cluster; then what Postgres, the double and the workers' logs say about it.
 */
const { post, settle, executions, lastExecutionId } = require('./load');
const { cpuSnapshot } = require('./cpu');
const { WEBHOOK_PATH } = require('./workflow');

/** Executions each worker log says it started / finished: { name: { started: Set, finished: Set } }. */
function workerShares(cluster) {
	const shares = {};
	for (const { name, text } of cluster.workerLogs()) {
		const share = (shares[name] ??= { started: new Set(), finished: new Set() });
		for (const [, id] of text.matchAll(/Worker started execution (\d+) \(job/g))
			share.started.add(id);
		for (const [, id] of text.matchAll(/Worker finished execution (\d+) \(job/g))
			share.finished.add(id);
	}
	return shares;
}

/** The process groups whose CPU a phase reports: main, each worker, Postgres, Redis. */
function components(context) {
	const groups = { main: context.cluster.main.child.pid };
	for (const [name, worker] of context.cluster.workers) groups[`worker ${name}`] = worker.child.pid;
	groups.postgres = context.postgres.pid;
	groups.redis = context.redis.pid;
	return groups;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

/**
 * Runs one phase. `during({ creates })` is called every 100 ms until the executions settle (the
 * kill phase uses it). Resolves everything the checks need.
 */
async function runPhase(context, { label, count, workflowId, parallel, withData, during }) {
	const { postgres, double, cluster, flatted } = context;
	const afterId = lastExecutionId(postgres);
	const firstRequest = double.requests.length;
	const names = Array.from(
		{ length: count },
		(_, i) => `${label}-${String(i + 1).padStart(5, '0')}`,
	);
	const bodies = names.map((name, i) => ({
		name,
		phones: [`55119${String(10000000 + i).slice(-8)}`],
	}));
	const cpuBefore = cpuSnapshot(components(context));
	const started = Date.now();
	const url = `${cluster.main.url}/webhook/${WEBHOOK_PATH}`;
	const createsSoFar = () =>
		double.requests.slice(firstRequest).filter((r) => r.endpoint === '/create-group').length;
	const poll = during ? setInterval(() => during({ creates: createsSoFar() }), 100) : undefined;
	const load = await post(url, bodies, { parallel });
	const postedMs = Date.now() - started;
	const counts = await settle(postgres, workflowId, afterId, count - load.refused.length);
	clearInterval(poll);
	await context.afterSettle?.();
	const cpu = cpuSnapshot(components(context)).since(cpuBefore);
	const runs = executions(postgres, workflowId, afterId, { withData, flatted });
	const requests = double.requests.slice(firstRequest);
	const creates = requests.filter((r) => r.endpoint === '/create-group');
	const deviceLookups = requests.filter((r) => r.endpoint === '/device').length;
	const first = Math.min(...runs.map((run) => run.createdAt));
	const last = Math.max(...runs.map((run) => run.stoppedAt ?? 0));
	const done = runs.filter((run) => run.status === 'success');
	return {
		label,
		count,
		names,
		bodies,
		load,
		postedMs,
		counts,
		runs,
		creates,
		deviceLookups,
		cpu,
		wallMs: last - first,
		throughput: (1000 * done.length) / Math.max(last - first, 1),
		medianRunMs: median(done.map((run) => run.stoppedAt - run.startedAt)),
		medianWaitMs: median(done.map((run) => run.startedAt - run.createdAt)),
		shares: workerShares(cluster),
	};
}

module.exports = { runPhase, workerShares, components, median };
