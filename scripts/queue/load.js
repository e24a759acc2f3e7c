'use strict';
/**
 * Drives a workflow through n8n's webhook: a bounded loop of HTTP POSTs (at most `parallel` in
 * flight), then waits until Postgres holds no execution that is still new or running.
 */

/** POSTs bodies[i] to url, `parallel` at a time; resolves { sent, refused: [{ index, status }] }. */
async function post(url, bodies, { parallel = 20, onSent } = {}) {
	let next = 0;
	const refused = [];
	async function lane() {
		while (next < bodies.length) {
			const index = next++;
			try {
				const response = await fetch(url, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(bodies[index]),
				});
				await response.text();
				if (!response.ok) refused.push({ index, status: response.status });
			} catch (error) {
				refused.push({ index, status: error.message });
			}
			onSent?.(index);
		}
	}
	await Promise.all(Array.from({ length: parallel }, lane));
	return { sent: bodies.length, refused };
}

/** `SELECT status, count(*)` for executions with id > afterId: { success: 10, running: 2, … }. */
function statusCounts(postgres, workflowId, afterId) {
	const rows = postgres.psql(
		`SELECT status, count(*) FROM execution_entity WHERE "workflowId" = '${workflowId}' AND id > ${afterId} GROUP BY status;`,
	);
	const counts = {};
	for (const line of rows.trim().split('\n').filter(Boolean)) {
		const [status, count] = line.split('|');
		counts[status] = Number(count);
	}
	return counts;
}

/** The highest execution id so far (0 when none): later phases count from there. */
function lastExecutionId(postgres) {
	return Number(postgres.psql('SELECT coalesce(max(id), 0) FROM execution_entity;').trim());
}

/**
 * Waits until `expected` executions exist and none is new/running/waiting; resolves the counts.
 * With `quietMs`, also when the counts have not moved for that long: an event the main lost never
 * comes, an execution stuck "new" never leaves it; the caller counts what is missing or stuck.
 */
async function settle(
	postgres,
	workflowId,
	afterId,
	expected,
	{ timeoutMs = 600000, quietMs } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let last = { counts: '', at: Date.now() };
	for (;;) {
		const counts = statusCounts(postgres, workflowId, afterId);
		const total = Object.values(counts).reduce((a, b) => a + b, 0);
		const open = (counts.new ?? 0) + (counts.running ?? 0) + (counts.waiting ?? 0);
		if (total >= expected && open === 0) return counts;
		const now = JSON.stringify(counts);
		if (now !== last.counts) last = { counts: now, at: Date.now() };
		if (quietMs && Date.now() - last.at >= quietMs) return counts;
		if (Date.now() > deadline) {
			throw new Error(`executions did not settle in ${timeoutMs} ms: ${JSON.stringify(counts)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

/**
 * The executions after `afterId`: [{ id, status, createdAt, startedAt, stoppedAt (ms) }] with
 * their run data (flatted, as n8n stores it) parsed into `data` when `withData`.
 */
function executions(postgres, workflowId, afterId, { withData = false, flatted } = {}) {
	const columns = `e.id, e.status, (extract(epoch from e."createdAt") * 1000)::bigint, (extract(epoch from e."startedAt") * 1000)::bigint, (extract(epoch from e."stoppedAt") * 1000)::bigint`;
	const sql = withData
		? `SELECT json_build_array(${columns}, d.data) FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = '${workflowId}' AND e.id > ${afterId} ORDER BY e.id;`
		: `SELECT json_build_array(${columns}) FROM execution_entity e WHERE e."workflowId" = '${workflowId}' AND e.id > ${afterId} ORDER BY e.id;`;
	return postgres
		.psql(sql)
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [id, status, createdAt, startedAt, stoppedAt, data] = JSON.parse(line);
			const execution = { id: String(id), status, createdAt, startedAt, stoppedAt };
			if (withData && data) execution.data = flatted.parse(data);
			return execution;
		});
}

module.exports = { post, settle, executions, statusCounts, lastExecutionId };
