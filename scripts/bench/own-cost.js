'use strict';
/**
 * The nodes' own code per item, without n8n: the built Z-API node's Group → Create and the bench's
 * minimal node run `execute` in this process on a stand-in for n8n's context whose every call answers
 * at once (the parameter read gives the same value n8n's expression would, the HTTP helper a fixed
 * answer, the credential a fixed one). What is left is what each node's own JavaScript costs per
 * item: its checks, its awaits and what it allocates, with none of n8n's or the network's cost.
 *
 *   npm run build && node scripts/bench/own-cost.js [--items N] [--runs R]
 *
 * Each run is a new execution (its own execution id and credential id, as in sameProcess.js: each
 * run of the Z-API node looks up the connected number once); after warm-up runs of both, the nodes
 * alternate, and the figure is each node's median over the runs.
 */
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const ROOT = path.join(__dirname, '..', '..');
const PARTICIPANT = '5511988887777';
const CONNECTED = '5511911112222';

function parseArgs(argv) {
	const options = { items: 300, runs: 200 };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--items') options.items = Number(argv[++i]);
		else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
		else throw new Error(`unknown option ${argv[i]}`);
	}
	return options;
}

/** A stand-in for n8n's execute context for one run of `items` items. */
function contextFor(run, items, type) {
	const input = Array.from({ length: items }, (_, i) => ({ json: { i } }));
	const node = {
		name: 'Create Group',
		type,
		typeVersion: 1,
		credentials: { zApiApi: { id: `own-cost-${run}`, name: 'Z-API' } },
		parameters: {
			resource: 'group',
			operation: 'create',
			groupName: "={{ 'Bench group ' + $json.i }}",
			phones: PARTICIPANT,
			autoInvite: true,
		},
	};
	const executeData = {};
	let created = 0;
	return {
		getInputData: () => input,
		getNode: () => structuredClone(node),
		getNodeParameter: (name, itemIndex, fallback) =>
			name === 'groupName'
				? `Bench group ${input[itemIndex].json.i}`
				: (node.parameters[name] ?? fallback),
		getCredentials: async () => ({
			instanceId: 'OWNCOST',
			instanceToken: 'own-cost-token',
			clientToken: 'own-cost-client-token',
			baseUrl: 'http://127.0.0.1:9',
		}),
		getExecuteData: () => executeData,
		getExecutionId: () => `own-cost-${run}`,
		continueOnFail: () => false,
		helpers: {
			httpRequestWithAuthentication: async (_type, { url }) => ({
				statusCode: 200,
				headers: {},
				body: url.endsWith('/device')
					? { phone: CONNECTED }
					: { phone: `1203630${run}${created++}-group`, invitationLink: null, phonesNotAdded: [] },
			}),
		},
	};
}

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
	const { items, runs } = parseArgs(process.argv.slice(2));
	const { ZApi } = require(path.join(ROOT, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'));
	const { ZApiMinimal } = require('./minimal-node/nodes/ZApiMinimal.node.js');
	const nodes = {
		a: { node: new ZApi(), type: 'n8n-nodes-z-api.zApi', times: [] },
		d: { node: new ZApiMinimal(), type: 'n8n-nodes-bench-minimal.zApiMinimal', times: [] },
	};
	let run = 0;
	async function once(kind, count = items) {
		const { node, type } = nodes[kind];
		const context = contextFor(run++, count, type);
		const started = process.hrtime.bigint();
		const [output] = await node.execute.call(context);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		if (output.length !== count || output.some((item) => !item.json.groupId)) {
			throw new Error(`${kind}: ${output.length} groups for ${count} items`);
		}
		return ms;
	}
	for (let warm = 0; warm < 50; warm++) for (const kind of ['a', 'd']) await once(kind);
	for (let i = 0; i < runs; i++) {
		for (const kind of i % 2 ? ['d', 'a'] : ['a', 'd']) nodes[kind].times.push(await once(kind));
	}
	const perItem = (kind) => (1000 * median(nodes[kind].times)) / items;
	// What an item allocates: the heap after a short run over the heap after a full collection before
	// it, for runs of 10 and 30 items (small enough for the young generation: nothing is freed in
	// between), the difference over 20. The run's own share (its credential, the lookup) drops out.
	const heapAfterRun = async (kind, count) => {
		gc();
		const before = process.memoryUsage().heapUsed;
		await once(kind, count);
		return process.memoryUsage().heapUsed - before;
	};
	const allocated = {};
	for (const kind of ['a', 'd']) {
		const bytes = [];
		for (let i = 0; i < 15; i++) {
			bytes.push(((await heapAfterRun(kind, 30)) - (await heapAfterRun(kind, 10))) / 20);
		}
		allocated[kind] = median(bytes);
	}
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
	console.log(
		[
			`The nodes' own code per item, n8n's calls answered at once (Node ${process.version}, ${items} items, median of ${runs} runs each, alternating):`,
			`  (a) Z-API node, Group → Create  ${perItem('a').toFixed(2)} µs`,
			`  (d) minimal node                ${perItem('d').toFixed(2)} µs`,
			`  (a) − (d)                       ${(perItem('a') - perItem('d')).toFixed(2)} µs`,
			`Allocated per item (median of 15 pairs of runs of 30 and 10 items each, the stand-in context's answers included): (a) ${kb(allocated.a)}, (d) ${kb(allocated.d)}`,
			`Command: npm run build && node scripts/bench/own-cost.js --items ${items} --runs ${runs}`,
		].join('\n'),
	);
}

module.exports = { contextFor };

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
