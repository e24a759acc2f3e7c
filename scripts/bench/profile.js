'use strict';
/**
 * Where the Z-API node's time goes, from a V8 CPU profile of one `n8n execute` (node --cpu-prof).
 * Only the samples between the first and the last one with the node's execute on the stack count;
 * each is put in the group of the innermost frame that has a source file (native frames such as a
 * socket write count for the JavaScript that called them).
 */
const fs = require('node:fs');

const GROUPS = [
	['the Z-API node (this package)', /n8n-nodes-z-api\//],
	[
		"n8n's expression evaluation ({{ }})",
		/@n8n\/expression-runtime|n8n-workflow\/dist\/cjs\/(expression|workflow-expression|workflow-data-proxy|extensions)|\/luxon\/|\/recast\/|\/ast-types\/|\/esprima|@n8n\/tournament|jmespath/,
	],
	[
		"n8n's HTTP helper and Node's HTTP stack",
		/\/axios\/|@n8n\/backend-network|node:_http|node:http|node:net|node:internal\/stream|node:stream|node:dns|node:internal\/http|form-data|proxy-from-env|follow-redirects|node:events/,
	],
];

function summarizeProfile(file) {
	const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const stackOf = (id) => {
		const stack = [];
		for (let current = id; current !== undefined; current = parent.get(current)) {
			stack.push(nodes.get(current).callFrame);
		}
		return stack; // innermost first
	};
	// The node's execute, not the loading of its file when n8n starts.
	const ours = (frame) =>
		frame.functionName === 'execute' && /n8n-nodes-z-api\/.*ZApi\.node\.js$/.test(frame.url);

	let time = profile.startTime;
	const samples = profile.samples.map((id, i) => {
		time += profile.timeDeltas[i] ?? 0;
		return { id, at: time, duration: profile.timeDeltas[i + 1] ?? 0 };
	});
	const inNode = samples.filter((sample) => stackOf(sample.id).some(ours));
	if (inNode.length === 0) return undefined;
	const from = inNode[0].at;
	const to = inNode.at(-1).at;

	const totals = new Map();
	for (const sample of samples) {
		if (sample.at < from || sample.at > to) continue;
		const stack = stackOf(sample.id);
		const leaf = stack[0].functionName;
		let group;
		if (leaf === '(idle)') group = 'idle: waiting for the network and timers';
		else if (leaf === '(garbage collector)') group = 'garbage collection';
		else {
			const frame = stack.find((candidate) => candidate.url) ?? stack[0];
			group = GROUPS.find(([, pattern]) => pattern.test(frame.url))?.[0];
			group ??= 'the rest of n8n (engine, node parameters, run data) and V8';
		}
		totals.set(group, (totals.get(group) ?? 0) + sample.duration);
	}
	return {
		windowMs: (to - from) / 1000,
		groups: [...totals].map(([name, us]) => ({ name, ms: us / 1000 })),
	};
}

module.exports = { summarizeProfile };
