'use strict';
/**
 * The executions n8n saved, read from its SQLite database (read-only, while n8n runs) by the Node
 * that runs n8n: Node 24 has node:sqlite, the Node that runs the bench may not.
 */
const { execFile } = require('node:child_process');

const SCRIPT = `
const { DatabaseSync } = require('node:sqlite');
const [file, afterId, pattern] = process.argv.slice(1);
const db = new DatabaseSync(file, { readOnly: true });
const rows = db
	.prepare(
		pattern
			? 'SELECT e.id, e.workflowId, e.status, d.data FROM execution_entity e LEFT JOIN execution_data d ON d.executionId = e.id WHERE e.id > ?'
			: 'SELECT e.id, e.workflowId, e.status FROM execution_entity e WHERE e.id > ?',
	)
	.all(Number(afterId));
const matcher = pattern ? new RegExp(pattern, 'g') : undefined;
const out = rows.map(({ id, workflowId, status, data }) => ({
	id: Number(id),
	workflowId,
	status,
	...(matcher ? { keys: [...new Set(String(data ?? '').match(matcher) ?? [])] } : {}),
}));
process.stdout.write(JSON.stringify(out));
`;

/**
 * Resolves [{ id, workflowId, status, keys? }] for the executions with an id above `afterId`;
 * with `pattern` (a RegExp source), `keys` lists the distinct texts of the execution's data that
 * match it (the data is n8n's flatted JSON: each distinct text appears once in it).
 */
function readExecutions(nodeBin, dbFile, { afterId = 0, pattern = '' } = {}) {
	return new Promise((resolve, reject) => {
		execFile(
			nodeBin,
			['--no-warnings', '-e', SCRIPT, dbFile, String(afterId), pattern],
			{ maxBuffer: 256 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error) reject(new Error(`reading n8n's executions failed: ${stderr || error.message}`));
				else resolve(JSON.parse(stdout));
			},
		);
	});
}

/**
 * Waits until the executions above `afterId` stop changing: none new and none still running for
 * `quietMs`. Resolves them (as readExecutions).
 */
async function settledExecutions(read, options = {}, { quietMs = 2000, timeoutMs = 300000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	let since = Date.now();
	for (;;) {
		const runs = await read(options);
		const running = runs.filter((run) => ['new', 'running'].includes(run.status)).length;
		const shape = `${runs.length}/${running}`;
		if (shape !== last) {
			last = shape;
			since = Date.now();
		} else if (!running && Date.now() - since >= quietMs) return runs;
		if (Date.now() > deadline) return runs;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** The highest execution id so far (0 when none). */
async function lastExecutionId(read) {
	return (await read()).reduce((max, run) => Math.max(max, run.id), 0);
}

module.exports = { readExecutions, settledExecutions, lastExecutionId };
