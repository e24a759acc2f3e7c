'use strict';
/**
 * Preloaded into the n8n process the benchmark runs (NODE_OPTIONS=--require …): when that process
 * exits, it writes to the file named by Z_API_BENCH_PEAK_FILE, as JSON:
 *   maxRSS  its peak resident memory (the kernel's, in KiB);
 *   cpu     the CPU time it used (user + system, all its threads) as it grew, [ms since the epoch,
 *           µs] every 20 ms or so: the bench takes from it the CPU time of the node's own run (its
 *           startTime and executionTime in n8n's run data), without n8n's start and exit. CPU time
 *           hardly moves when other programs load the machine; wall time does.
 * Processes n8n starts itself (its task runner) do not inherit it.
 */
const fs = require('node:fs');

const file = process.env.Z_API_BENCH_PEAK_FILE;
delete process.env.Z_API_BENCH_PEAK_FILE;
delete process.env.NODE_OPTIONS;
if (file) {
	const used = () => {
		const { user, system } = process.cpuUsage();
		return user + system;
	};
	const cpu = [[Date.now(), used()]];
	setInterval(() => cpu.push([Date.now(), used()]), 20).unref();
	process.on('exit', () => {
		cpu.push([Date.now(), used()]);
		fs.writeFileSync(file, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpu }));
	});
}
