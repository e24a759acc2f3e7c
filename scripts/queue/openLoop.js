'use strict';
/**
 * An open-loop sender: event i is sent at start + i / rate seconds whatever the earlier answers, as
 * Z-API sends events when they happen, not when n8n is ready. A closed loop (the next call after an
 * answer) would slow down with the server and hide its queue; here a slow answer only adds calls in
 * flight. Each answer time is counted from when its event was due, so a sender that fell behind
 * (its own event loop busy) shows up in the figures instead of hiding them.
 */

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send(i)` (resolving { status }) for i = 0 … count-1 at `rate` per second. Resolves one
 * record per event: { index, dueAt, sentAt, answeredAt, status } (epoch ms; status is the error's
 * message when the call failed without an answer).
 */
async function openLoop(count, rate, send) {
	const start = Date.now() + 20;
	const calls = [];
	for (let index = 0; index < count; index++) {
		const dueAt = start + (index * 1000) / rate;
		const wait = dueAt - Date.now();
		if (wait > 0) await sleep(wait);
		const sentAt = Date.now();
		calls.push(
			send(index).then(
				(answer) => ({ index, dueAt, sentAt, answeredAt: Date.now(), status: answer.status }),
				(error) => ({ index, dueAt, sentAt, answeredAt: Date.now(), status: error.message }),
			),
		);
	}
	return Promise.all(calls);
}

/** The q-quantile (0 … 1) of `values`, nearest rank; NaN when empty. */
function quantile(values, q) {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** "p50 12 ms, p95 40 ms, max 95 ms" (seconds past 10 s). */
function spread(values) {
	const ms = (v) => (v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
	return `p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}`;
}

module.exports = { openLoop, quantile, spread };
