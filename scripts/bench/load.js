'use strict';
/**
 * `npm run bench:load` (`npm run bench -- --load`): N distinct Z-API "message received" events
 * (distinct messageId and phone) at R per second, open loop (each sent on its schedule whatever the
 * answers; at most `concurrency` connections, later ones wait for one, and that wait counts in their
 * answer time, timed from their scheduled moment), through the Z-API Trigger and then, in the same
 * n8n, through n8n's Webhook node (`first: 'webhook'` swaps them). Every event must start exactly
 * one execution: the executions' data is read back from n8n's database and each event's messageId
 * looked for in it. Fails when one is lost or doubled, never on speed.
 */
const { table } = require('../table');
const { startTriggerBench, EVENT } = require('./trigger-n8n');
const { settledExecutions, lastExecutionId } = require('./trigger-executions');
const { createPoster, cpuMs, percentile, sleep } = require('./trigger-http');

const LABELS = { trigger: 'Z-API Trigger', webhook: 'Webhook node' };
const TAG = { trigger: 'T', webhook: 'W' };
const KEY = 'BENCHLOAD[TW]\\d{6}';

function event(target, i) {
	return {
		...EVENT,
		messageId: `BENCHLOAD${TAG[target]}${String(i).padStart(6, '0')}`,
		phone: `55449${String(i).padStart(8, '0')}`,
		momment: EVENT.momment + i,
	};
}

/** Sends the events on schedule; resolves the answers and the time span. */
async function sendOnSchedule(bench, target, { events, rate, concurrency }) {
	const poster = createPoster(concurrency);
	const url = bench.urls[target];
	const pending = [];
	const cpuBefore = cpuMs(bench.pid);
	const start = performance.now();
	for (let i = 0; i < events; i++) {
		const due = start + (i * 1000) / rate;
		const wait = due - performance.now();
		if (wait > 1) await sleep(wait);
		const body = JSON.stringify(event(target, i));
		pending.push(
			poster.post(url, body, due).then((answer) => ({ ...answer, end: performance.now() })),
		);
	}
	const answers = await Promise.all(pending);
	poster.close();
	const lastAnswer = Math.max(...answers.filter((a) => a.status).map((a) => a.end), start);
	return { answers, seconds: (lastAnswer - start) / 1000, cpuBefore };
}

/** Resolves what the load did for one target (sent, answered, executions, lost, doubled…). */
async function loadTarget(bench, target, options) {
	const afterId = await lastExecutionId(bench.executions);
	const sent = await sendOnSchedule(bench, target, options);
	await settledExecutions(bench.executions, { afterId });
	const cpu = cpuMs(bench.pid) - sent.cpuBefore;
	const runs = (await bench.executions({ afterId, pattern: KEY })).filter(
		(run) => run.workflowId === bench.workflowIds[target],
	);
	const seen = new Map();
	for (const run of runs) for (const key of run.keys) seen.set(key, (seen.get(key) ?? 0) + 1);
	let lost = 0;
	let doubled = 0;
	for (let i = 0; i < options.events; i++) {
		const count = seen.get(event(target, i).messageId) ?? 0;
		if (count === 0) lost++;
		if (count > 1) doubled++;
	}
	const answered = sent.answers.filter((a) => a.status);
	const times = answered.map((a) => a.ms);
	const statuses = {};
	for (const a of sent.answers) {
		const key = a.status || a.error;
		statuses[key] = (statuses[key] ?? 0) + 1;
	}
	return {
		statuses: Object.entries(statuses)
			.map(([status, count]) => `${status} ×${count}`)
			.join(', '),
		label: LABELS[target],
		sent: options.events,
		answered: answered.length,
		ok: answered.filter((a) => a.status >= 200 && a.status < 300).length,
		executions: runs.length,
		failed: runs.filter((run) => run.status !== 'success').length,
		// An execution whose data holds no event, or more than one, is neither lost nor doubled.
		odd: runs.filter((run) => run.keys.length !== 1).length,
		lost,
		doubled,
		throughput: answered.length / sent.seconds,
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		max: Math.max(...times),
		cpu: cpu / options.events,
	};
}

/**
 * Runs the load on both targets, prints them side by side with `command`; throws when an event
 * was lost or doubled (or an execution failed or held other than one event).
 */
async function runLoad({
	version,
	events,
	rate,
	concurrency = 1000,
	first = 'trigger',
	pack,
	startEnv = {},
	command,
}) {
	const bench = await startTriggerBench({ version, name: 'bench-load', pack, startEnv });
	try {
		console.log(
			`\nLoad: ${events} distinct events at ${rate}/s (open loop, up to ${concurrency} connections) through each target in turn, ${first === 'trigger' ? 'Z-API Trigger' : 'Webhook node'} first; n8n ${version} (Node ${bench.nodeVersion}), one n8n start, SQLite`,
		);
		const warm = createPoster(1);
		for (const target of ['trigger', 'webhook']) {
			for (let i = 0; i < 30; i++) await warm.post(bench.urls[target], EVENT);
		}
		warm.close();
		const order = first === 'trigger' ? ['trigger', 'webhook'] : ['webhook', 'trigger'];
		const results = {};
		for (const target of order) {
			results[target] = await loadTarget(bench, target, { events, rate, concurrency });
			console.log(`${LABELS[target]}: done`);
		}
		const rows = [
			['sent', (r) => r.sent],
			['answered', (r) => r.answered],
			['2xx', (r) => r.ok],
			['answers (status × count)', (r) => r.statuses],
			['executions', (r) => r.executions],
			['  not success', (r) => r.failed],
			['lost', (r) => r.lost],
			['doubled', (r) => r.doubled],
			['throughput (answered/s)', (r) => r.throughput.toFixed(1)],
			['answer p50', (r) => `${(r.p50 / 1000).toFixed(2)} s`],
			['answer p95', (r) => `${(r.p95 / 1000).toFixed(2)} s`],
			['answer max', (r) => `${(r.max / 1000).toFixed(2)} s`],
			['n8n CPU per event', (r) => `${r.cpu.toFixed(1)} ms`],
		];
		const t = results.trigger;
		const w = results.webhook;
		console.log(
			[
				'',
				table(rows, [
					{ title: '', value: ([name]) => name },
					{ title: LABELS.trigger, value: ([, value]) => value(t) },
					{ title: LABELS.webhook, value: ([, value]) => value(w) },
				]),
				`  trigger / webhook: p95 answer ${(t.p95 / w.p95).toFixed(2)} (goal ≤ 1.2), throughput ${(t.throughput / w.throughput).toFixed(2)}, CPU per event ${(t.cpu / w.cpu).toFixed(2)}`,
				'  (answer times from each event’s scheduled send; lost = no execution holds its messageId, doubled = more than one)',
				`Command: ${command}`,
			].join('\n'),
		);
		const wrong = Object.values(results).filter((r) => r.lost || r.doubled || r.failed || r.odd);
		if (wrong.length) {
			throw new Error(
				wrong
					.map(
						(r) =>
							`${r.label}: ${r.lost} lost, ${r.doubled} doubled, ${r.failed} executions not successful, ${r.odd} without exactly one event`,
					)
					.join('; '),
			);
		}
		return results;
	} finally {
		await bench.stop();
	}
}

module.exports = { runLoad };
