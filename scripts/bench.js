#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: how fast is the Z-API node compared with doing the same by hand?
 * Against the local Z-API double on 127.0.0.1, N items (default 300) go through
 *   (a) the Z-API node's Group → Create, in a real n8n (the release the end-to-end tests install);
 *   (b) n8n's own HTTP Request node sending the same POST with the same headers, in that same n8n;
 *   (c) a bare keep-alive loop with Node's own http client;
 *   (d) a minimal node (scripts/bench/minimal-node/), installed beside the package: the same
 *       credential, parameters, expression and request as (a), one item after the other, and nothing
 *       else. It is the limit for a node that sends one request at a time, as (a) does on purpose;
 *       (b) sends them all at once.
 * Each round runs (a) and (d) back to back (a first in odd rounds, d first in even ones), (b), then
 * the same workflow without the node (just the N items), whose time is subtracted, and (c); 3
 * rounds by default. Then, as many times, (a) and (d) interleaved in one n8n process
 * (bench/sameProcess.js), the comparison a fresh process per run cannot make steady. Times are n8n's own: the execution's startedAt/stoppedAt; the CPU time the n8n process
 * used while the node ran is printed beside them, as it hardly moves when the machine is busy. It
 * prints figures and never fails on speed; it fails only when a run did not do its work (not N
 * groups created).
 *   --items N   items per run (default 300)
 *   --rounds R  rounds (default 3; fewer only to check that it runs, as CI does: 1 round has no
 *               median worth quoting)
 *   --n8n V     n8n release (default: the newest pinned one)
 *   --profile   also run (a) and (d) in turn in one n8n process under V8's CPU profiler and print
 *               where their time goes, side by side
 *   --aa        the check of the in-process figure: (d) also where (a) would run, so it must print
 *               1.00 within its spread (the spread is what a difference must beat to count)
 *   --package D benchmark the built package in folder D (its package.json and dist/, e.g. a patched
 *               copy) instead of this repository's dist/
 * Then the Z-API Trigger against n8n's Webhook node (bench/trigger.js), unless --no-trigger;
 * --trigger-only runs only that, --load only the load run (bench/load.js); their flags are in
 * bench/trigger-options.js.
 */
const { fork, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { N8nInstance } = require('./n8n/instance');
const { packPackage } = require('./n8n/pack');
const { DEFAULT_N8N, N8N_RELEASES } = require('./n8n/versions');
const { formatDuration, runCommand, cleanEnv } = require('./n8n/run');
const {
	benchWorkflows,
	createRequest,
	installMinimalNode,
	PROFILE_RUNS,
} = require('./bench/workflows');
const { summarizeProfile } = require('./bench/profile');
const { gapsOf, runSameProcess } = require('./bench/sameProcess');
const { runTriggerComparison } = require('./bench/trigger');
const { runLoad } = require('./bench/load');
const {
	takeTriggerOptions,
	comparisonSizes,
	loadSettings,
	commandOf,
} = require('./bench/trigger-options');

const ROOT = path.resolve(__dirname, '..');
const PEAK_PRELOAD = path.join(__dirname, 'bench', 'peak-memory.js');

function usage(problem) {
	if (problem) console.error(`bench: ${problem}\n`);
	console.error(
		'Usage: npm run bench [-- --items N] [-- --rounds R] [-- --n8n <version>] [-- --profile] [-- --aa] [-- --package <dir>]\n' +
			'  [-- --trigger-only | --no-trigger] [-- --trigger-calls N] [-- --trigger-rounds R] [-- --trigger-version 1|2]\n' +
			'  npm run bench:load [-- --load-events N] [-- --load-rate R] [-- --load-concurrency C] [-- --load-first trigger|webhook]',
	);
	process.exit(2);
}

function parseArgs(args) {
	const { rest: argv, trigger } = takeTriggerOptions(args, usage);
	const options = {
		items: 300,
		rounds: 3,
		version: DEFAULT_N8N,
		profile: false,
		aa: false,
		packageDir: ROOT,
		trigger,
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = () => inline ?? argv[++i];
		if (flag === '--items') options.items = Number(value());
		else if (flag === '--rounds') options.rounds = Number(value());
		else if (flag === '--n8n') options.version = value();
		else if (flag === '--profile') options.profile = true;
		else if (flag === '--aa') options.aa = true;
		else if (flag === '--package') options.packageDir = path.resolve(value());
		else if (flag === '--help' || flag === '-h') usage();
		else usage(`unknown option ${argv[i]}`);
	}
	if (!Number.isInteger(options.items) || options.items < 1)
		usage('--items must be a whole number');
	if (!Number.isInteger(options.rounds) || options.rounds < 1) usage('--rounds must be 1 or more');
	if (!N8N_RELEASES[options.version]) usage(`n8n ${options.version} is not a pinned release`);
	if (!fs.existsSync(path.join(options.packageDir, 'dist', 'nodes', 'ZApi', 'ZApi.node.js')))
		usage(`${options.packageDir} has no built node (dist/nodes/ZApi/ZApi.node.js)`);
	return options;
}

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(3)} ms`;

/** CPU time (ms) used between two moments (ms since the epoch), from peak-memory.js's series. */
function cpuBetween(series, from, to) {
	const at = (time) => {
		let i = series.findIndex(([when]) => when >= time);
		if (i === -1) return series.at(-1)[1];
		if (i === 0) return series[0][1];
		const [t0, c0] = series[i - 1];
		const [t1, c1] = series[i];
		return t1 === t0 ? c1 : c0 + ((c1 - c0) * (time - t0)) / (t1 - t0);
	};
	return (at(to) - at(from)) / 1000;
}

/**
 * The double in its own process; resolves { url, config, creates(), stop() }. creates() resolves the
 * creates received since the last call: { times (Date.now()), hrTimes (performance.now()) }.
 */
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
				creates: async () => {
					const { times, hrTimes } = await ask('creates');
					return { times, hrTimes };
				},
				stop: () =>
					new Promise((done) => {
						child.once('exit', done);
						child.send({ type: 'stop' });
					}),
			}),
		);
	});
}

/** `npm pack` of a built copy of the package (--package) into a temporary folder. */
async function packCopy(packageDir) {
	const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-z-api-bench-pack-'));
	const result = await runCommand(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
		{ cwd: packageDir, env: cleanEnv() },
	);
	if (result.code !== 0) throw new Error(`npm pack in ${packageDir} failed:\n${result.stderr}`);
	return path.join(destination, JSON.parse(result.stdout)[0].filename);
}

/** Milliseconds to `require` the built node and credential in a fresh Node, n8n-workflow apart. */
function requireTimes(nodeBin, packageDir) {
	const script = `
		const { performance } = require('node:perf_hooks');
		const t0 = performance.now();
		require('n8n-workflow');
		const t1 = performance.now();
		require(${JSON.stringify(path.join(packageDir, 'dist/nodes/ZApi/ZApi.node.js'))});
		require(${JSON.stringify(path.join(packageDir, 'dist/credentials/ZApiApi.credentials.js'))});
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
	const { trigger, version, packageDir } = options;
	const copy = packageDir === ROOT ? undefined : packageDir;
	const pack = copy && (() => packCopy(copy));
	if (trigger.load) {
		const settings = loadSettings(trigger);
		const command = commandOf('load', settings, version, copy);
		await runLoad({ version, ...settings, pack, command });
	} else {
		if (!trigger.only) await benchNode(options);
		if (!trigger.skip) {
			const sizes = comparisonSizes(trigger, options.rounds);
			const command = commandOf('trigger', sizes, version, copy);
			await runTriggerComparison({ version, ...sizes, pack, command });
		}
	}
	console.log(`\nDone in ${formatDuration(Date.now() - started)}.`);
}

/** The action node's part: (a) to (d) above. */
async function benchNode(options) {
	const { items } = options;
	const double = await startDouble();
	const peakFile = path.join(os.tmpdir(), `n8n-nodes-z-api-bench-peak-${process.pid}`);
	try {
		const n8n = await N8nInstance.create({ version: options.version, name: 'bench' });
		const workflows = benchWorkflows({ items, double, aa: options.aa });
		if (options.packageDir === ROOT) await n8n.installPackage(await packPackage());
		else {
			const tarball = await packCopy(options.packageDir);
			await n8n.installPackage(tarball);
			fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
		}
		installMinimalNode(n8n);
		await n8n.importCredentials([workflows.credential, ...workflows.ownCredentials]);
		await n8n.importWorkflows([
			workflows.empty,
			workflows.zApi,
			workflows.minimal,
			workflows.httpRequest,
			workflows.profile,
			...workflows.sameProcess,
		]);
		const nodeVersion = n8n.install.node.version;
		console.log(
			`n8n ${options.version} (Node ${nodeVersion}), Z-API double at ${double.url}, ${items} items, ${options.rounds} rounds`,
		);
		if (options.packageDir !== ROOT) console.log(`Package under test: ${options.packageDir}`);

		/** One `n8n execute`: n8n's own duration, the node's executionTime, peak memory, creates. */
		/** `kind`: a workflow of benchWorkflows by name, or one of them itself. */
		async function execute(kind, { profileDir } = {}) {
			const workflow = typeof kind === 'string' ? workflows[kind] : kind;
			fs.rmSync(peakFile, { force: true });
			const result = await n8n.execute(workflow.id, {
				timeoutMs: 600000,
				env: profileDir
					? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` }
					: { NODE_OPTIONS: `--require ${PEAK_PRELOAD}`, Z_API_BENCH_PEAK_FILE: peakFile },
			});
			const run = result.run;
			const targets = workflow.nodes.slice(3).map((node) => node.name);
			const { times: creates, hrTimes } = await double.creates();
			const error = run?.data?.resultData?.error;
			if (!run || run.status !== 'success' || error) {
				// Without an execution in its output, what n8n printed last says why.
				const printed = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15);
				throw new Error(
					`${workflow.name}: the run failed (${error?.message ?? `exit ${result.code ?? result.signal}`})${run ? '' : `; n8n printed last:\n${printed.join('\n')}`}`,
				);
			}
			// Every node under test created one group per item and output it.
			const tasks = targets.flatMap((name) => run.data.resultData.runData[name]);
			const groups = tasks.map(
				(task) => task.data.main[0].filter((item) => item.json.phone).length,
			);
			if (creates.length !== items * targets.length || groups.some((count) => count !== items)) {
				throw new Error(
					`${workflow.name}: expected ${items} groups from each of ${targets.length} node(s), the double saw ${creates.length} creates and n8n output ${groups.join(', ') || 'none'}`,
				);
			}
			// Written by peak-memory.js when the n8n process exited (not preloaded under the profiler).
			const usage = profileDir
				? { maxRSS: 0, cpu: [] }
				: JSON.parse(fs.readFileSync(peakFile, 'utf8'));
			const cpuOf = (task) =>
				profileDir ? 0 : cpuBetween(usage.cpu, task.startTime, task.startTime + task.executionTime);
			return {
				// Each node under test: its executionTime and the process's CPU time while it ran.
				byNode: Object.fromEntries(
					targets.map((name, i) => {
						const [task] = run.data.resultData.runData[name];
						// The node's creates: the nodes run one after the other, in this order.
						const own = hrTimes.slice(i * items, (i + 1) * items);
						return [name, { time: task.executionTime, cpu: cpuOf(task), gaps: gapsOf(own) }];
					}),
				),
				duration: new Date(run.stoppedAt).getTime() - new Date(run.startedAt).getTime(),
				nodeTime: tasks.reduce((sum, task) => sum + task.executionTime, 0),
				span: creates.length > 1 ? creates.at(-1) - creates[0] : 0,
				peakKiB: usage.maxRSS,
				// CPU time of the process while the node ran (its tasks' startTime + executionTime).
				nodeCpu: tasks.reduce((sum, task) => sum + cpuOf(task), 0),
			};
		}

		await execute('empty'); // warm-up: disk caches, n8n's first start of this folder
		await bareLoop(double, items);
		await double.creates();
		const rounds = [];
		for (let round = 1; round <= options.rounds; round++) {
			// (a) and (d) back to back, the first of the two alternating from round to round (a d, d a…)
			// so that neither always runs right after the other.
			const [a, d] =
				round % 2
					? [await execute('zApi'), await execute('minimal')]
					: [await execute('minimal'), await execute('zApi')].reverse();
			const b = await execute('httpRequest');
			const empty = await execute('empty');
			const bare = await bareLoop(double, items);
			if ((await double.creates()).times.length !== items)
				throw new Error('bare loop: wrong create count');
			rounds.push({ a, b, d, empty, bare });
			console.log(
				`round ${round}${round % 2 ? '' : ' (d first)'}: Z-API node ${a.duration} ms, minimal node ${d.duration} ms, HTTP Request ${b.duration} ms, items only ${empty.duration} ms, bare loop ${bare.toFixed(1)} ms (CPU while the node ran: ${[a, d, b].map((run) => run.nodeCpu.toFixed(0)).join(' / ')} ms)`,
			);
		}

		const sameProcess = await runSameProcess({
			execute,
			workflows: workflows.sameProcess,
			rounds: options.rounds,
			items,
			aa: options.aa,
		});
		const emptyMedian = median(rounds.map((r) => r.empty.duration));
		const perItem = (kind) => median(rounds.map((r) => (r[kind].duration - emptyMedian) / items));
		const a = perItem('a');
		const b = perItem('b');
		const d = perItem('d');
		const c = median(rounds.map((r) => r.bare / items));
		const nodeTime = (kind) => median(rounds.map((r) => r[kind].nodeTime / items));
		const span = (kind) => median(rounds.map((r) => r[kind].span / (items - 1)));
		const peak = (kind) => Math.max(...rounds.map((r) => r[kind].peakKiB)) / 1024;
		// CPU time of the n8n process while the node ran, per item.
		const cpu = (kind) => median(rounds.map((r) => r[kind].nodeCpu / items));
		const pairRatios = (value) => {
			const ratios = rounds.map((r) => value(r.a) / value(r.d));
			return `${ratios.map((x) => x.toFixed(2)).join(' ')}, median ${median(ratios).toFixed(2)}`;
		};
		const required = requireTimes(n8n.install.node.nodeBin, options.packageDir);
		const ratio = (x, y, target) =>
			`${(x / y).toFixed(2)} (target ≤ ${target.toFixed(1)}: ${x / y <= target ? 'met' : 'missed'})`;

		const cpus = os.cpus();
		console.log(
			[
				'',
				`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`,
				`n8n ${options.version} on Node ${nodeVersion}; bare loop on Node ${process.version}`,
				`Command: npm run bench -- --items ${items} --rounds ${options.rounds} --n8n ${options.version}${options.packageDir === ROOT ? '' : ` --package ${options.packageDir}`}`,
				'',
				...(options.rounds < 3
					? [
							`Only ${options.rounds} round(s): this checks that the benchmark runs; quote figures of 3 rounds or more.`,
						]
					: []),
				`Per item (median of ${options.rounds} rounds; n8n's execution time minus the items-only workflow's ${emptyMedian} ms, ÷ ${items}):`,
				`  (a) Z-API node, Group → Create   ${ms(a)}`,
				`  (b) n8n HTTP Request node         ${ms(b)}`,
				`  (c) bare keep-alive Node loop     ${ms(c)}`,
				`  (d) minimal sequential node       ${ms(d)}`,
				`  node / HTTP Request: ${ratio(a, b, 1)}`,
				`  node / bare loop:    ${ratio(a, c, 1.5)}`,
				`  node / minimal node: ${ratio(a, d, 1.1)}`,
				`  (a) / (d) round by round, each pair back to back: ${pairRatios((r) => r.duration - emptyMedian)} (wall); ${pairRatios((r) => r.nodeCpu)} (CPU while the node ran)`,
				...sameProcess,
				'Cross-checks (medians per item):',
				`  the node's own executionTime in n8n's run data: (a) ${ms(nodeTime('a'))}, (b) ${ms(nodeTime('b'))}, (d) ${ms(nodeTime('d'))}`,
				`  first to last create as the double saw them:    (a) ${ms(span('a'))}, (b) ${ms(span('b'))}, (d) ${ms(span('d'))}`,
				`  CPU time of the n8n process while the node ran: (a) ${ms(cpu('a'))}, (b) ${ms(cpu('b'))}, (d) ${ms(cpu('d'))} (other load on the machine moves it much less than wall time)`,
				`Peak memory (maxRSS) of the n8n process: (a) ${peak('a').toFixed(0)} MiB, (b) ${peak('b').toFixed(0)} MiB, (d) ${peak('d').toFixed(0)} MiB, items only ${peak('empty').toFixed(0)} MiB`,
				`Time to require the built node + credential: ${ms(required.node)} (n8n-workflow itself, loaded before: ${ms(required.workflow)}; median of 7 fresh processes, Node ${nodeVersion})`,
			].join('\n'),
		);
		if (options.profile) {
			const profileDir = path.join(n8n.userFolder, 'cpu-profile');
			fs.rmSync(profileDir, { recursive: true, force: true });
			const profiled = await execute('profile', { profileDir });
			const summary = fs
				.readdirSync(profileDir)
				.map((file) => summarizeProfile(path.join(profileDir, file)))
				.find(Boolean);
			if (!summary) throw new Error('the CPU profile has no sample of the Z-API node');
			const perItem = (kind, value) => value / (items * summary[kind].runs);
			const groupsOf = (kind) =>
				summary[kind].groups
					.sort((x, y) => y.ms - x.ms)
					.map(
						({ name, ms: total }) =>
							`  ${ms(perItem(kind, total)).padStart(10)} per item  ${((100 * total) / summary[kind].ms).toFixed(0).padStart(3)} %  ${name}`,
					);
			console.log(
				[
					'',
					`Where the time goes: one more run under V8's CPU profiler, in one n8n process: each node once to warm up, then (d) (a) in turn, ${PROFILE_RUNS} of each, on the same ${items} items (${(profiled.duration / ((2 * PROFILE_RUNS + 2) * items)).toFixed(3)} ms per item and node with the profiler on).`,
					`Where (a)'s time goes (${summary.zApi.runs} runs, ${ms(perItem('zApi', summary.zApi.ms))} per item):`,
					...groupsOf('zApi'),
					`Where (d)'s time goes (${summary.minimal.runs} runs, ${ms(perItem('minimal', summary.minimal.ms))} per item):`,
					...groupsOf('minimal'),
					"(a) seen from this package's functions (the innermost one on the stack), per item: its own code + what it called (n8n, Node) and waited for:",
					...summary.zApi.calls
						.slice(0, 10)
						.map(
							({ name, ms: total, ownMs }) =>
								`  ${ms(perItem('zApi', total)).padStart(10)} = ${ms(perItem('zApi', ownMs)).padStart(9)} own + ${ms(perItem('zApi', total - ownMs)).padStart(9)} called  ${name}`,
						),
				].join('\n'),
			);
			// The same groups side by side: what (a) spends beyond the minimal node, and where. Each
			// node's own code (its package) is one line.
			const rows = new Map();
			for (const [kind, column] of [
				['zApi', 'a'],
				['minimal', 'd'],
			]) {
				for (const { name, ms: total } of summary[kind].groups) {
					const line = /this package|bench fixture/.test(name) ? "the node's own code" : name;
					const row = rows.get(line) ?? { a: 0, d: 0 };
					row[column] += perItem(kind, total);
					rows.set(line, row);
				}
			}
			const whole = {
				a: perItem('zApi', summary.zApi.ms),
				d: perItem('minimal', summary.minimal.ms),
			};
			console.log(
				[
					'(a) beside (d), per item, same process:',
					`  ${'(a)'.padStart(10)} ${'(d)'.padStart(10)} ${'(a) − (d)'.padStart(10)}`,
					...[...rows]
						.sort(([, x], [, y]) => y.a - y.d - (x.a - x.d))
						.map(
							([name, row]) =>
								`  ${ms(row.a).padStart(10)} ${ms(row.d).padStart(10)} ${ms(row.a - row.d).padStart(10)}  ${name}`,
						),
					`  ${ms(whole.a).padStart(10)} ${ms(whole.d).padStart(10)} ${ms(whole.a - whole.d).padStart(10)}  all (${(whole.a / whole.d).toFixed(2)} ×)`,
					`  (profile: ${path.relative(ROOT, profileDir)}; open it in Chrome DevTools → Performance)`,
				].join('\n'),
			);
		}
	} finally {
		fs.rmSync(peakFile, { force: true });
		await double.stop();
	}
}

main().catch((error) => {
	console.error(`\nbench failed: ${error.message}`);
	process.exit(1);
});
