'use strict';
/**
 * Preloaded into the n8n process the benchmark runs (NODE_OPTIONS=--require …): when that process
 * exits, it writes its peak resident memory (the kernel's maxRSS, in KiB) to the file named by
 * Z_API_BENCH_PEAK_FILE. Processes n8n starts itself (its task runner) do not inherit it.
 */
const fs = require('node:fs');

const file = process.env.Z_API_BENCH_PEAK_FILE;
delete process.env.Z_API_BENCH_PEAK_FILE;
delete process.env.NODE_OPTIONS;
if (file) {
	process.on('exit', () => {
		fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
	});
}
