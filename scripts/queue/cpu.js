'use strict';
/**
 * CPU time used by process groups (Linux /proc): each child of the test runs in a group of its own
 * (n8n with its task runner, Postgres with its backends), so a group is "one component".
 */
const fs = require('node:fs');

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU ms (user + system, with reaped children) used so far by every process of group `pgid`. */
function groupCpuMs(pgid) {
	let ticks = 0;
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat;
		try {
			stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // gone meanwhile
		}
		// Fields after the command name (which may hold spaces), from field 3 on.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) !== pgid) continue;
		ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
	}
	return ticks * TICK_MS;
}

/** The whole machine's busy and total CPU ms so far (/proc/stat), every process counted. */
function machineCpuMs() {
	const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const values = fields.slice(0, 8).map(Number);
	const total = values.reduce((a, b) => a + b, 0);
	const idle = values[3] + values[4];
	return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}

/** Snapshot of { label: pgid }; `since(before)` gives the CPU ms each used in between. */
function cpuSnapshot(groups) {
	const at = Date.now();
	const machine = machineCpuMs();
	const used = Object.fromEntries(
		Object.entries(groups).map(([label, pgid]) => [label, groupCpuMs(pgid)]),
	);
	return {
		at,
		used,
		machine,
		since(before) {
			const wallMs = at - before.at;
			const perGroup = {};
			for (const label of Object.keys(used)) {
				if (label in before.used) perGroup[label] = used[label] - before.used[label];
			}
			const busy = machine.busy - before.machine.busy;
			const machineBusy = busy / Math.max(machine.total - before.machine.total, 1);
			return { wallMs, perGroup, machineBusy };
		},
	};
}

/** "main 12.3 s (41 %), worker A 20.1 s (67 %)": CPU seconds and share of one core over the wall time. */
function formatCpu({ wallMs, perGroup, machineBusy }) {
	const parts = Object.entries(perGroup).map(
		([label, ms]) =>
			`${label} ${(ms / 1000).toFixed(1)} s (${Math.round((100 * ms) / Math.max(wallMs, 1))} %)`,
	);
	parts.push(`whole machine ${Math.round(100 * machineBusy)} % busy (all cores, all work on it)`);
	return parts.join(', ');
}

module.exports = { groupCpuMs, cpuSnapshot, formatCpu };
