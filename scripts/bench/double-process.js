'use strict';
/**
 * The Z-API double in a process of its own, so that the bare HTTP loop does not share its event
 * loop with the server it measures (n8n, too, runs apart from it). Started with child_process.fork:
 * it sends { url, config } once listening, and answers { type: 'creates' } with the times (ms since
 * the epoch, and of performance.now() to a microsecond) of every POST /create-group it has received,
 * and how many there were.
 */
const { startZApiDouble } = require('../../test/zapi-double/server');

// The bench stopped without asking (Ctrl+C, a kill): do not outlive it.
process.on('disconnect', () => process.exit(0));

startZApiDouble({ clientToken: process.env.Z_API_BENCH_CLIENT_TOKEN }).then((double) => {
	process.on('message', (message) => {
		if (message?.type === 'creates') {
			const creates = double.requests.filter((request) => request.endpoint === '/create-group');
			const times = creates.map((request) => request.at);
			const hrTimes = creates.map((request) => request.hrAt);
			// Only the times are kept: the records (headers, bodies) would grow with every round.
			double.requests.length = 0;
			process.send({ type: 'creates', times, hrTimes });
		}
		if (message?.type === 'stop') double.close().then(() => process.exit(0));
	});
	process.send({ type: 'ready', url: double.url, config: double.config });
});
