#!/usr/bin/env node
'use strict';
/**
 * `npm run test:queue`: the packed package on n8n's distributed engine. Postgres, Redis, the Z-API
 * double (a realistic answer time per create), n8n 2.41.1 as one main and two workers (queue mode),
 * then, against the workflow Webhook → Z-API Create Group:
 *   1. N executions (default 1000) on 2 workers: all succeed, one group each, both workers share;
 *   2. M executions (default 100) on 2 workers, then on 1, with the double answering each create
 *      slowly (default 4 s: the workers wait on Z-API): the speed-up and n8n's overhead per execution;
 *   3. a worker killed (SIGKILL) mid-run and started again: nothing created twice, all accounted for;
 *   3b. the executions that did not succeed run again with Return the Existing Group: one group per name;
 *   4. the Z-API Trigger (automatic registration): distinct events at a fixed rate (open loop), one
 *      in ten dropped by the filter; one execution and one welcome for each of the others, none lost
 *      or doubled (Postgres, the double); answer times and throughput printed;
 *   5. no token of either credential (nor the trigger's secret) in any process's log (debug level).
 * Options: --executions N --kill-executions N --parallel N (HTTP calls in flight)
 *          --concurrency N (per worker) --delay MS (the double's answer time per create)
 *          --compare M --compare-delay MS --min-speed-up X (0: no check)
 *          --trigger-events N --trigger-rate PER_SECOND (defaults 600 at 5/s; see docs/queue-mode.md)
 *          --log-level debug|info (0 skips a part)
 *          --n8n-env NAME=VALUE (an n8n setting for every process; repeatable)
 * Exits 1 when a check failed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { packPackage } = require('../n8n/pack');
const { ensureN8n, CACHE } = require('../n8n/install');
const { formatDuration } = require('../n8n/run');
const { startZApiDouble } = require('../../test/zapi-double/server');
const { startPostgres, startRedis } = require('./services');
const { QueueCluster, VERSION } = require('./cluster');
const { SECRETS, credentials, createGroupWorkflow, rerunWorkflow } = require('./workflow');
const { runPhase } = require('./phases');
const { killPhase } = require('./kill');
const { rerunPhase } = require('./rerun');
const { welcomeWorkflow, triggerPhase } = require('./trigger');
const { failures, checkAllSucceeded, checkShares, checkNoSecrets } = require('./checks');
const { compareWorkers, report } = require('./compare');

function options(argv) {
	const value = (name, fallback) => {
		const index = argv.indexOf(`--${name}`);
		return index >= 0 ? Number(argv[index + 1]) : fallback;
	};
	return {
		executions: value('executions', 1000),
		killExecutions: value('kill-executions', 200),
		parallel: value('parallel', 20),
		concurrency: value('concurrency', 10),
		delayMs: value('delay', 250),
		compare: value('compare', 100),
		compareDelayMs: value('compare-delay', 4000),
		minSpeedUp: value('min-speed-up', 1.3),
		triggerEvents: value('trigger-events', 600),
		triggerRate: value('trigger-rate', 5),
		logLevel: argv.includes('--log-level') ? argv[argv.indexOf('--log-level') + 1] : 'debug',
		n8nEnv: Object.fromEntries(
			argv
				.flatMap((arg, index) => (arg === '--n8n-env' ? [argv[index + 1] ?? ''] : []))
				.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])
				.filter(([name]) => name),
		),
	};
}

async function main() {
	const opts = options(process.argv.slice(2));
	const start = Date.now();
	const part = (title) => console.log(`\n${title} (at ${formatDuration(Date.now() - start)})`);
	console.log(`queue mode test: ${JSON.stringify(opts)}`);
	const stoppers = [];
	let cluster;
	try {
		const [tarball, install] = await Promise.all([packPackage(), ensureN8n(VERSION)]);
		const flatted = require(path.join(install.dir, 'node_modules', 'flatted'));
		const postgres = await startPostgres();
		stoppers.push(() => postgres.stop());
		const redis = await startRedis();
		stoppers.push(() => redis.stop());
		console.log(`postgres on port ${postgres.port}, redis on port ${redis.port}`);
		const double = await startZApiDouble({
			instanceToken: SECRETS.instanceToken,
			clientToken: SECRETS.clientToken,
			answerDelayMs: { '/create-group': opts.delayMs },
		});
		stoppers.push(() => double.close());

		cluster = await QueueCluster.create({
			postgres,
			redis,
			tarball,
			concurrency: opts.concurrency,
			logLevel: opts.logLevel,
			extraEnv: opts.n8nEnv,
		});
		stoppers.unshift(() => cluster.stop());
		const { n8n } = cluster;
		const workflow = createGroupWorkflow();
		const welcome = welcomeWorkflow();
		const rerun = rerunWorkflow();
		await cluster.setUp({
			credentials: credentials(double),
			workflows: [workflow, rerun, welcome],
			publish: [workflow.id, rerun.id, ...(opts.triggerEvents > 0 ? [welcome.id] : [])],
		});
		const ready = Date.now();
		await Promise.all([cluster.startMain(), cluster.startWorker('A'), cluster.startWorker('B')]);
		console.log(
			`n8n ${VERSION}: main on ${cluster.main.url}, workers A and B (concurrency ${opts.concurrency}) ` +
				`started in ${formatDuration(Date.now() - ready)}`,
		);
		const context = { postgres, redis, double, cluster, flatted };
		const phase = (label, count, withData = false) =>
			runPhase(context, {
				label,
				count,
				workflowId: workflow.id,
				parallel: opts.parallel,
				withData,
			});

		part('warm-up: 20 executions');
		// n8n 2.41.1 registers published webhooks a second or two after "Editor is now accessible" (its
		// publication outbox, one workflow at a time): calls before that are answered 404. Seen in 3 of 4
		// runs, the whole warm-up refused; it is sent again (new names) until the main takes it.
		for (let attempt = 1; ; attempt++) {
			const warm = await phase(attempt === 1 ? 'warmup' : `warmup${attempt}`, 20);
			const refused = warm.load.refused.length;
			if (refused === 0 || attempt === 10) break;
			console.log(
				`  ${refused} of 20 calls refused (${warm.load.refused[0].status}): again in 1 s`,
			);
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}

		part(`1. ${opts.executions} executions on 2 workers`);
		const two = await phase('two', opts.executions, true);
		checkAllSucceeded(two);
		checkShares(two, ['A', 'B']);
		report(two, 2, opts.delayMs);

		if (opts.compare > 0) {
			part(
				`2. throughput: ${opts.compare} executions on 2 workers, then on 1 ` +
					`(the double answering each create in ${opts.compareDelayMs} ms)`,
			);
			await compareWorkers(context, {
				count: opts.compare,
				delayMs: opts.compareDelayMs,
				workflowId: workflow.id,
				parallel: opts.parallel,
				concurrency: opts.concurrency,
				minSpeedUp: opts.minSpeedUp,
			});
		}

		if (opts.killExecutions > 0) {
			part(`3. ${opts.killExecutions} executions, worker B killed mid-run and started again`);
			const killed = await killPhase(context, {
				count: opts.killExecutions,
				workflowId: workflow.id,
				parallel: opts.parallel,
				concurrency: opts.concurrency,
			});
			part('3b. the executions that did not succeed, run again with Return the Existing Group');
			await rerunPhase(context, { phase: killed, workflowId: rerun.id, parallel: opts.parallel });
		}

		let triggerSecret;
		if (opts.triggerEvents > 0) {
			part(`4. the Z-API Trigger: ${opts.triggerEvents} events at ${opts.triggerRate}/s`);
			triggerSecret = await triggerPhase(context, {
				workflowId: welcome.id,
				count: opts.triggerEvents,
				rate: opts.triggerRate,
				flatted,
			});
		}

		part(
			`5. no token of either credential in any log (every process at log level ${opts.logLevel})`,
		);
		checkNoSecrets(
			{
				'n8n main, workers and CLI output': n8n.printedText(),
				"n8n's log files": cluster.logFiles(),
			},
			{ ...SECRETS, ...(triggerSecret ? { triggerSecret } : {}) },
		);
	} catch (error) {
		failures.push(error.message);
		console.error(`\nerror: ${error.stack}`);
	} finally {
		if (cluster) {
			// Every process's output, for a look after a failure.
			fs.writeFileSync(
				path.join(cluster.n8n.userFolder, 'processes.log'),
				cluster.n8n.printedText(),
			);
		}
		for (const stop of stoppers) await stop().catch((e) => console.error(`stop: ${e.message}`));
	}
	console.log(
		`\n${failures.length ? `FAILED: ${failures.length} check(s)` : 'all checks passed'} in ${formatDuration(Date.now() - start)}` +
			` (logs: ${path.relative(process.cwd(), path.join(CACHE, 'runs', `queue-${VERSION}`, 'processes.log'))})`,
	);
	process.exit(failures.length ? 1 : 0);
}

main();
