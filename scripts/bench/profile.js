'use strict';
/**
 * Where the Z-API node's time goes, beside the minimal node's, from a V8 CPU profile (node
 * --cpu-prof) of one `n8n execute` of the `profile` workflow (workflows.js): each node once to warm
 * up, then (d) (a) in turn on the same items, one node after the other in that process.
 *
 * Each sample belongs to the node whose execute is on its stack; the samples between two of the
 * same node (waiting for the double, socket callbacks) belong to it too; the gap between two nodes
 * (n8n's engine passing the items on) and the first two runs (the warm-ups, which compile each
 * node's code and paths) count for neither. A run ends where the other node's starts, so the
 * workflow never runs the same node twice in a row. Comparing
 * the two nodes inside one process leaves out what differs from one n8n process to the next, which
 * is more than what the nodes differ by.
 *
 * For each node:
 *   groups  each sample in the group of its innermost frame that has a source file (native frames
 *           such as a socket write count for the JavaScript that called them);
 *   calls   each sample with a function of the node's package on the stack, for the innermost such
 *           function, split into that function's own code and what it called (n8n's
 *           getNodeParameter and getNode, its HTTP helper; Node's URL…) and waited for;
 *   runs    how many runs of the node were counted (to divide by, with the number of items).
 */
const fs = require('node:fs');

// The profile workflow's first two nodes: (d) then (a), once each.
const WARM_UP_RUNS = 2;

const GROUPS = [
	['the Z-API node (this package)', /n8n-nodes-z-api\//],
	['the minimal node (the bench fixture)', /n8n-nodes-bench-minimal\//],
	[
		"n8n's expression evaluation ({{ }})",
		/@n8n\/expression-runtime|n8n-workflow\/dist\/cjs\/(expression|workflow-expression|workflow-data-proxy|extensions)|\/luxon\/|\/recast\/|\/ast-types\/|\/esprima|@n8n\/tournament|jmespath/,
	],
	[
		"n8n's HTTP helper and Node's HTTP stack",
		/\/axios\/|@n8n\/backend-network|node:_http|node:http|node:net|node:internal\/stream|node:stream|node:dns|node:internal\/http|form-data|proxy-from-env|follow-redirects|node:events/,
	],
];

/** The file of each node's execute, and of its package's code. */
const NODES = {
	zApi: { execute: /n8n-nodes-z-api\/.*ZApi\.node\.js$/, package: /\/n8n-nodes-z-api\// },
	minimal: {
		execute: /n8n-nodes-bench-minimal\/.*ZApiMinimal\.node\.js$/,
		package: /\/n8n-nodes-bench-minimal\//,
	},
};

/** Resolves { zApi, minimal }, each { runs, ms, groups, calls }, or undefined without samples. */
function summarizeProfile(file) {
	const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const stacks = new Map();
	const stackOf = (id) => {
		if (stacks.has(id)) return stacks.get(id);
		const stack = [];
		for (let current = id; current !== undefined; current = parent.get(current)) {
			stack.push(nodes.get(current).callFrame);
		}
		stacks.set(id, stack); // innermost first
		return stack;
	};
	// A node's execute, not the loading of its file when n8n starts.
	const kindOf = (stack) =>
		Object.keys(NODES).find((kind) =>
			stack.some(
				(frame) => frame.functionName === 'execute' && NODES[kind].execute.test(frame.url),
			),
		);

	const samples = profile.samples.map((id, i) => ({
		stack: stackOf(id),
		us: profile.timeDeltas[i + 1] ?? 0,
	}));
	const seen = [];
	samples.forEach((sample, i) => {
		const kind = kindOf(sample.stack);
		if (kind) seen.push({ i, kind });
	});
	if (seen.length === 0) return undefined;

	// Runs: a new one starts where the node on the stack changes; the warm-ups are left out.
	const result = {};
	for (const kind of Object.keys(NODES)) {
		result[kind] = { runs: 0, ms: 0, groups: new Map(), calls: new Map() };
	}
	let run = 0;
	for (let j = 0; j < seen.length; j++) {
		const { i, kind } = seen[j];
		if (j > 0 && seen[j - 1].kind !== kind) run += 1;
		if (run < WARM_UP_RUNS) continue;
		const next = seen[j + 1];
		const last = next?.kind === kind ? next.i - 1 : i;
		if (j === 0 || seen[j - 1].kind !== kind) result[kind].runs += 1;
		for (let k = i; k <= last; k++) count(result[kind], kind, samples[k]);
	}
	for (const summary of Object.values(result)) {
		summary.groups = [...summary.groups].map(([name, ms]) => ({ name, ms }));
		summary.calls = [...summary.calls.values()].sort((x, y) => y.ms - x.ms);
	}
	return result.zApi.runs && result.minimal.runs ? result : undefined;
}

function count(summary, kind, { stack, us }) {
	const ms = us / 1000;
	summary.ms += ms;
	const own = stack.find((frame) => NODES[kind].package.test(frame.url));
	if (own) {
		const name = `${own.functionName || '(anonymous)'} (${own.url.replace(/^.*\/(dist|nodes)\//, '')}:${own.lineNumber + 1})`;
		const call = summary.calls.get(name) ?? { name, ms: 0, ownMs: 0 };
		call.ms += ms;
		if (stack[0] === own) call.ownMs += ms;
		summary.calls.set(name, call);
	}
	const leaf = stack[0].functionName;
	let group;
	if (leaf === '(idle)') group = 'idle: waiting for the network and timers';
	else if (leaf === '(garbage collector)') group = 'garbage collection';
	else {
		const frame = stack.find((candidate) => candidate.url) ?? stack[0];
		group = GROUPS.find(([, pattern]) => pattern.test(frame.url))?.[0];
		group ??= 'the rest of n8n (engine, node parameters, run data) and V8';
	}
	summary.groups.set(group, (summary.groups.get(group) ?? 0) + ms);
}

module.exports = { summarizeProfile };
