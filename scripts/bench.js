#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: how fast is the Z-API node compared with doing the same by hand?
 * Against the local Z-API double on 127.0.0.1, N items (default 300) go through
 *   (a) the Z-API node's Group → Create, in a real n8n (the release the end-to-end tests install);
 *   (b) n8n's own HTTP Request node sending the same POST with the same headers, in that same n8n;
 *   (c) a bare keep-alive loop with Node's own http client.
 * (a) and (b) alternate, a b a b, for at least 3 rounds; each round also runs the same workflow
 * without the node (just the N items), whose time is subtracted. Times are n8n's own: the
 * execution's startedAt/stoppedAt. It prints figures and never fails on speed; it fails only when a
 * run did not do its work (not N groups created).
 *   --items N   items per run (default 300)
 *   --rounds R  rounds (default 3, at least 3)
 *   --n8n V     n8n release (default: the newest pinned one)
 *   --profile   also run (a) once under V8's CPU profiler and print where its time goes
 */
const { fork, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { N8nInstance } = require('./n8n/instance');
const { packPackage } = require('./n8n/pack');
const { DEFAULT_N8N, N8N_RELEASES } = require('./n8n/versions');
const { formatDuration } = require('./n8n/run');
const { benchWorkflows, createRequest } = require('./bench/workflows');
const { summarizeProfile } = require('./bench/profile');

const ROOT = path.resolve(__dirname, '..');
const PEAK_PRELOAD = path.join(__dirname, 'bench', 'peak-memory.js');

function usage(problem) {
	if (problem) console.error(`bench: ${problem}\n`);
	console.error(
		'Usage: npm run bench [-- --items N] [-- --rounds R] [-- --n8n <version>] [-- --profile]',
	);
	process.exit(2);
}

function parseArgs(argv) {
	const options = { items: 300, rounds: 3, version: DEFAULT_N8N, profile: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = () => inline ?? argv[++i];
		if (flag === '--items') options.items = Number(value());
		else if (flag === '--rounds') options.rounds = Number(value());
		else if (flag === '--n8n') options.version = value();
		else if (flag === '--profile') options.profile = true;
		else if (flag === '--help' || flag === '-h') usage();
		else usage(`unknown option ${argv[i]}`);
	}
	if (!Number.isInteger(options.items) || options.items < 1)
		usage('--items must be a whole number');
	if (!Number.isInteger(options.rounds) || options.rounds < 3) usage('--rounds must be 3 or more');
	if (!N8N_RELEASES[options.version]) usage(`n8n ${options.version} is not a pinned release`);
	return options;
}

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(3)} ms`;

/** The double in its own process; resolves { url, config, creates(), stop() }. */
function startDouble() {
	const child = fork(path.join(__dirname, 'bench', 'double-process.js'), {
		env: { ...process.env, Z_API_BENCH_CLIENT_TOKEN: 'BENCHCLIENTTOKEN01' },
	});
	const ask = (type) =>
		new Promise((resolve) => {
			const onMessage = (message) => {
				if (message.type !== type) return;
				child.off('message', onMessage);
				resolve(message);
			};
			child.on('message', onMessage);
			child.send({ type });
		});
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('message', ({ url, config }) =>
			resolve({
				url,
				config,
				creates: async () => (await ask('creates')).times,
				stop: () =>
					new Promise((done) => {
						child.once('exit', done);
						child.send({ type: 'stop' });
					}),
			}),
		);
	});
}

/** Milliseconds to `require` the built node and credential in a fresh Node, n8n-workflow apart. */
function requireTimes(nodeBin) {
	const script = `
		const { performance } = require('node:perf_hooks');
		const t0 = performance.now();
		require('n8n-workflow');
		const t1 = performance.now();
		require(${JSON.stringify(path.join(ROOT, 'dist/nodes/ZApi/ZApi.node.js'))});
		require(${JSON.stringify(path.join(ROOT, 'dist/credentials/ZApiApi.credentials.js'))});
		const t2 = performance.now();
		console.log(JSON.stringify({ workflow: t1 - t0, node: t2 - t1 }));`;
	const runs = [];
	for (let i = 0; i < 7; i++) {
		const result = spawnSync(nodeBin, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`require of the built node failed:\n${result.stderr}`);
		runs.push(JSON.parse(result.stdout));
	}
	return {
		node: median(runs.map((run) => run.node)),
		workflow: median(runs.map((run) => run.workflow)),
	};
}

/** (c): N POSTs one after the other on one keep-alive connection. Resolves total ms. */
async function bareLoop(double, items) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const { hostname, port } = new URL(double.url);
	const post = (i) =>
		new Promise((resolve, reject) => {
			const { path: requestPath, headers, body } = createRequest(double, i);
			const request = http.request(
				{ agent, hostname, port, method: 'POST', path: requestPath, headers },
				(response) => {
					const chunks = [];
					response.on('data', (chunk) => chunks.push(chunk));
					response.on('end', () => {
						const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
						if (response.statusCode !== 200 || !answer.phone) {
							reject(new Error(`bare loop: HTTP ${response.statusCode}`));
						} else resolve();
					});
				},
			);
			request.on('error', reject);
			request.end(body);
		});
	const start = performance.now();
	for (let i = 0; i < items; i++) await post(i);
	const total = performance.now() - start;
	agent.destroy();
	return total;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const { items } = options;
	const double = await startDouble();
	const peakFile = path.join(os.tmpdir(), `n8n-nodes-z-api-bench-peak-${process.pid}`);
	try {
		const n8n = await N8nInstance.create({ version: options.version, name: 'bench' });
		const workflows = benchWorkflows({ items, double });
		await n8n.installPackage(await packPackage());
		await n8n.importCredentials([workflows.credential]);
		await n8n.importWorkflows([workflows.empty, workflows.zApi, workflows.httpRequest]);
		const nodeVersion = n8n.install.node.version;
		console.log(
			`n8n ${options.version} (Node ${nodeVersion}), Z-API double at ${double.url}, ${items} items, ${options.rounds} rounds`,
		);

		/** One `n8n execute`: n8n's own duration, the node's executionTime, peak memory, creates. */
		async function execute(kind, { profileDir } = {}) {
			const workflow = workflows[kind];
			fs.rmSync(peakFile, { force: true });
			const result = await n8n.execute(workflow.id, {
				timeoutMs: 600000,
				env: profileDir
					? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` }
					: { NODE_OPTIONS: `--require ${PEAK_PRELOAD}`, Z_API_BENCH_PEAK_FILE: peakFile },
			});
			const run = result.run;
			const target = workflow.nodes[3]?.name;
			const creates = await double.creates();
			const error = run?.data?.resultData?.error;
			if (!run || run.status !== 'success' || error) {
				throw new Error(
					`${workflow.name}: the run failed (${error?.message ?? `exit ${result.code ?? result.signal}`})`,
				);
			}
			const expected = target ? items : 0;
			const output = target ? run.data.resultData.runData[target][0].data.main[0] : [];
			if (
				creates.length !== expected ||
				output.filter((item) => item.json.phone).length !== expected
			) {
				throw new Error(
					`${workflow.name}: expected ${expected} groups, the double saw ${creates.length} creates and n8n output ${output.length} items`,
				);
			}
			return {
				duration: new Date(run.stoppedAt).getTime() - new Date(run.startedAt).getTime(),
				nodeTime: target
					? run.data.resultData.runData[target].reduce((sum, task) => sum + task.executionTime, 0)
					: 0,
				span: creates.length > 1 ? creates.at(-1) - creates[0] : 0,
				peakKiB: profileDir ? 0 : Number(fs.readFileSync(peakFile, 'utf8')),
			};
		}

		await execute('empty'); // warm-up: disk caches, n8n's first start of this folder
		await bareLoop(double, items);
		await double.creates();
		const rounds = [];
		for (let round = 1; round <= options.rounds; round++) {
			const a = await execute('zApi');
			const b = await execute('httpRequest');
			const empty = await execute('empty');
			const bare = await bareLoop(double, items);
			if ((await double.creates()).length !== items)
				throw new Error('bare loop: wrong create count');
			rounds.push({ a, b, empty, bare });
			console.log(
				`round ${round}: Z-API node ${a.duration} ms, HTTP Request ${b.duration} ms, items only ${empty.duration} ms, bare loop ${bare.toFixed(1)} ms`,
			);
		}

		const emptyMedian = median(rounds.map((r) => r.empty.duration));
		const perItem = (kind) => median(rounds.map((r) => (r[kind].duration - emptyMedian) / items));
		const a = perItem('a');
		const b = perItem('b');
		const c = median(rounds.map((r) => r.bare / items));
		const nodeTime = (kind) => median(rounds.map((r) => r[kind].nodeTime / items));
		const span = (kind) => median(rounds.map((r) => r[kind].span / (items - 1)));
		const peak = (kind) => Math.max(...rounds.map((r) => r[kind].peakKiB)) / 1024;
		const required = requireTimes(n8n.install.node.nodeBin);
		const ratio = (x, y, target) =>
			`${(x / y).toFixed(2)} (target ≤ ${target.toFixed(1)}: ${x / y <= target ? 'met' : 'missed'})`;

		const cpus = os.cpus();
		console.log(
			[
				'',
				`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`,
				`n8n ${options.version} on Node ${nodeVersion}; bare loop on Node ${process.version}`,
				`Command: npm run bench -- --items ${items} --rounds ${options.rounds} --n8n ${options.version}`,
				'',
				`Per item (median of ${options.rounds} rounds; n8n's execution time minus the items-only workflow's ${emptyMedian} ms, ÷ ${items}):`,
				`  (a) Z-API node, Group → Create   ${ms(a)}`,
				`  (b) n8n HTTP Request node         ${ms(b)}`,
				`  (c) bare keep-alive Node loop     ${ms(c)}`,
				`  node / HTTP Request: ${ratio(a, b, 1)}`,
				`  node / bare loop:    ${ratio(a, c, 1.5)}`,
				'Cross-checks (medians per item):',
				`  the node's own executionTime in n8n's run data: (a) ${ms(nodeTime('a'))}, (b) ${ms(nodeTime('b'))}`,
				`  first to last create as the double saw them:    (a) ${ms(span('a'))}, (b) ${ms(span('b'))}`,
				`Peak memory (maxRSS) of the n8n process: (a) ${peak('a').toFixed(0)} MiB, (b) ${peak('b').toFixed(0)} MiB, items only ${peak('empty').toFixed(0)} MiB`,
				`Time to require the built node + credential: ${ms(required.node)} (n8n-workflow itself, loaded before: ${ms(required.workflow)}; median of 7 fresh processes, Node ${nodeVersion})`,
			].join('\n'),
		);
		if (options.profile) {
			const profileDir = path.join(n8n.userFolder, 'cpu-profile');
			fs.rmSync(profileDir, { recursive: true, force: true });
			const profiled = await execute('zApi', { profileDir });
			const summary = fs
				.readdirSync(profileDir)
				.map((file) => summarizeProfile(path.join(profileDir, file)))
				.find(Boolean);
			if (!summary) throw new Error('the CPU profile has no sample of the Z-API node');
			console.log(
				[
					'',
					`Where (a)'s time goes: one more run under V8's CPU profiler (${(profiled.duration / items).toFixed(3)} ms per item with the profiler on), the ${summary.windowMs.toFixed(0)} ms from the node's first sample to its last:`,
					...summary.groups
						.sort((x, y) => y.ms - x.ms)
						.map(
							({ name, ms: total }) =>
								`  ${ms(total / items).padStart(10)} per item  ${((100 * total) / summary.windowMs).toFixed(0).padStart(3)} %  ${name}`,
						),
					`  (profile: ${path.relative(ROOT, profileDir)}; open it in Chrome DevTools → Performance)`,
				].join('\n'),
			);
		}
		console.log(`\nDone in ${formatDuration(Date.now() - started)}.`);
	} finally {
		fs.rmSync(peakFile, { force: true });
		await double.stop();
	}
}

main().catch((error) => {
	console.error(`\nbench failed: ${error.message}`);
	process.exit(1);
});
