'use strict';
/** Posting events the way Z-API does (JSON over HTTP), timing the answers; a process's CPU time. */
const fs = require('node:fs');
const http = require('node:http');
const { execFileSync } = require('node:child_process');

/**
 * A poster over keep-alive connections (at most `sockets` at once; more requests wait for one).
 * post(url, body) resolves { status, ms } (status 0 and `error` when no answer came).
 */
function createPoster(sockets = 1) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
	const post = (url, body, startedAt = performance.now()) =>
		new Promise((resolve) => {
			const text = typeof body === 'string' ? body : JSON.stringify(body);
			const request = http.request(
				url,
				{
					agent,
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(text),
					},
				},
				(response) => {
					response.resume();
					response.on('end', () =>
						resolve({ status: response.statusCode, ms: performance.now() - startedAt }),
					);
				},
			);
			request.on('error', (error) =>
				resolve({ status: 0, ms: performance.now() - startedAt, error: error.code ?? 'error' }),
			);
			request.end(text);
		});
	return { post, close: () => agent.destroy() };
}

const TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	} catch {
		return 100;
	}
})();

/** User + system CPU time (ms) a process has used so far, from /proc/<pid>/stat. */
function cpuMs(pid) {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (2nd field) is in parentheses and may hold spaces: count after it.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

const sorted = (values) => [...values].sort((x, y) => x - y);
/** Nearest-rank percentile of the values. */
function percentile(values, p) {
	const list = sorted(values);
	if (!list.length) return NaN;
	return list[Math.min(list.length - 1, Math.max(0, Math.ceil((p / 100) * list.length) - 1))];
}
const median = (values) => percentile(values, 50);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { createPoster, cpuMs, percentile, median, sleep };
