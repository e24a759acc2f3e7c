'use strict';
/** What the queue test asserts about a phase; every check prints a line, the failures are kept. */

const failures = [];

function check(ok, message) {
	console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
	if (!ok) failures.push(message);
	return ok;
}

function distinct(values) {
	return new Set(values).size;
}

/** The items a node output in an execution's run data. */
function nodeItems(run, node) {
	return run.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? [];
}

/** Every execution a success; one create per execution, no group twice; items in = items out. */
function checkAllSucceeded(phase) {
	const { count, runs, creates, names, load } = phase;
	check(
		load.refused.length === 0,
		`${count} webhook calls accepted (refused: ${load.refused.length})`,
	);
	check(
		runs.length === count,
		`${runs.length} executions recorded in Postgres (expected ${count})`,
	);
	const statuses = countBy(runs.map((run) => run.status));
	check(
		statuses.success === count,
		`every execution "success" in Postgres: ${JSON.stringify(statuses)}`,
	);
	check(creates.length === count, `${creates.length} create-group requests at the double`);
	const created = creates.map((request) => request.body.groupName);
	check(
		distinct(created) === count && names.every((name) => created.includes(name)),
		`${distinct(created)} distinct groups created, each name sent exactly once`,
	);
	// The connected number (GET /device) is kept per execution in a module-level map of each worker.
	check(
		phase.deviceLookups === count,
		`${phase.deviceLookups} connected-number lookups: one per execution, none shared between them`,
	);
	if (runs.some((run) => run.data)) {
		const wrong = runs.filter(
			(run) =>
				nodeItems(run, 'Webhook').length !== 1 ||
				nodeItems(run, 'Create Group').length !== 1 ||
				!/-group$/.test(nodeItems(run, 'Create Group')[0]?.json?.phone ?? ''),
		);
		const ids = runs.map((run) => nodeItems(run, 'Create Group')[0]?.json?.phone);
		check(
			wrong.length === 0 && distinct(ids) === count,
			`output items = input items: 1 item in, 1 group (id and link) out in each execution` +
				(wrong.length ? `; not so in ${wrong.map((run) => run.id).join(', ')}` : ''),
		);
	}
}

/** Each listed worker ran a share; no execution ran twice; together they ran all of the phase. */
function checkShares(phase, workerNames) {
	const ids = new Set(phase.runs.map((run) => run.id));
	const byWorker = {};
	const seen = new Map();
	for (const [name, share] of Object.entries(phase.shares)) {
		byWorker[name] = [...share.started].filter((id) => ids.has(id)).length;
		for (const id of share.started) if (ids.has(id)) seen.set(id, (seen.get(id) ?? 0) + 1);
	}
	const twice = [...seen].filter(([, times]) => times > 1);
	check(
		workerNames.every((name) => byWorker[name] > 0),
		`worker shares: ${workerNames.map((name) => `${name} ${byWorker[name] ?? 0}`).join(', ')}`,
	);
	check(
		twice.length === 0 && seen.size === ids.size,
		`every execution started by exactly one worker (${seen.size} of ${ids.size}; twice: ${twice.length})`,
	);
	return byWorker;
}

/** No token of any credential in any text. */
function checkNoSecrets(texts, secrets) {
	for (const [label, text] of Object.entries(texts)) {
		const found = Object.entries(secrets).filter(([, value]) => text.includes(value));
		check(
			found.length === 0,
			`no token in ${label} (${Math.round(text.length / 1024)} KiB)` +
				(found.length ? `: found ${found.map(([key]) => key).join(', ')}` : ''),
		);
	}
}

function countBy(values) {
	const counts = {};
	for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
	return counts;
}

module.exports = {
	check,
	failures,
	checkAllSucceeded,
	checkShares,
	checkNoSecrets,
	countBy,
	distinct,
	nodeItems,
};
