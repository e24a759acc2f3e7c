'use strict';
/**
 * n8n in queue mode: one main (`n8n start`: editor, webhooks, the queue's producer) and workers
 * (`n8n worker`), sharing Postgres, Redis, the encryption key and the user folder (where the packed
 * package is installed, as on every machine of a real setup). Each process keeps what it printed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { N8nInstance } = require('../n8n/instance');
const { track, killGroup, freePort } = require('../n8n/run');
const { stopProcess } = require('./services');

const VERSION = '2.41.1';

/** The variables every process of the setup shares (see the README's "Scaling out"). */
function queueEnv({ postgres, redis, logLevel = 'debug' }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		// n8n's default pool (2 connections) queues a worker's 10 parallel jobs behind each other.
		DB_POSTGRESDB_POOL_SIZE: '10',
		// A dead worker's jobs are noticed sooner than with the defaults (60 s lock, 30 s check).
		QUEUE_WORKER_LOCK_DURATION: '20000',
		QUEUE_WORKER_LOCK_RENEW_TIME: '5000',
		QUEUE_WORKER_STALLED_INTERVAL: '10000',
		// Z-API only calls https: the address n8n builds its webhook URLs with (the Trigger registers
		// it); the double calls the main's local port with the same path.
		WEBHOOK_URL: 'https://n8n.queue.invalid/',
		N8N_LOG_LEVEL: logLevel,
		N8N_LOG_OUTPUT: 'console',
	};
}

class QueueCluster {
	/** The user folder; nothing installed or running yet (see setUp). */
	static async create({
		postgres,
		redis,
		tarball,
		concurrency = 10,
		logLevel = 'debug',
		extraEnv = {},
	}) {
		const n8n = await N8nInstance.create({
			version: VERSION,
			name: 'queue',
			logLevel,
			env: { ...queueEnv({ postgres, redis, logLevel }), ...extraEnv },
		});
		return new QueueCluster(n8n, concurrency, tarball);
	}

	constructor(n8n, concurrency, tarball) {
		this.n8n = n8n;
		this.tarball = tarball;
		this.concurrency = concurrency;
		/** name -> { child, log: { command, stdout, stderr }, cpu() } */
		this.workers = new Map();
	}

	/**
	 * The package installed into the shared user folder (`npm install <tarball>` in .n8n/nodes, as a
	 * user does), meanwhile the credentials and workflows imported and the workflows published with
	 * n8n's CLI (the first command creates the database; the publications run side by side).
	 */
	async setUp({ credentials, workflows, publish }) {
		const n8n = this.n8n;
		const cli = async (args) => {
			const result = await n8n.n8n(args);
			if (result.code !== 0) throw new Error(`n8n ${args[0]} failed:\n${result.stderr}`);
		};
		await Promise.all([
			n8n.installPackage(this.tarball),
			(async () => {
				await n8n.importCredentials(credentials);
				await n8n.importWorkflows(workflows);
				await Promise.all(publish.map((id) => cli(['publish:workflow', `--id=${id}`])));
			})(),
		]);
	}

	async startMain() {
		this.main = await this.n8n.start();
		return this.main;
	}

	/** `n8n worker --concurrency=N` named `name` (its own ports and event log); resolves when ready. */
	async startWorker(name, { timeoutMs = 180000 } = {}) {
		const n8n = this.n8n;
		const child = track(
			spawn(
				n8n.install.node.nodeBin,
				[n8n.install.n8nBin, 'worker', `--concurrency=${this.concurrency}`],
				{
					cwd: n8n.userFolder,
					env: n8n.env({
						N8N_RUNNERS_BROKER_PORT: String(await freePort()),
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
						N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-${name}`,
						// ZAPI_QUEUE_PROFILE=<folder>: a CPU profile of each worker, written when it stops.
						...(process.env.ZAPI_QUEUE_PROFILE
							? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.ZAPI_QUEUE_PROFILE}` }
							: {}),
					}),
					detached: true,
				},
			),
		);
		// A restarted worker keeps its name; each start is a log of its own.
		const log = { command: `n8n worker (${name}, pid ${child.pid})`, stdout: '', stderr: '' };
		n8n.printed.push(log);
		child.stdout.on('data', (chunk) => (log.stdout += chunk));
		child.stderr.on('data', (chunk) => (log.stderr += chunk));
		const worker = { name, child, log, exited: false };
		child.once('exit', () => (worker.exited = true));
		const deadline = Date.now() + timeoutMs;
		while (!/n8n worker is now ready/.test(log.stdout)) {
			if (worker.exited) throw new Error(`worker ${name} exited early:\n${tail(log)}`);
			if (Date.now() > deadline) {
				killGroup(child, 'SIGKILL');
				throw new Error(`worker ${name} did not get ready in ${timeoutMs} ms:\n${tail(log)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		this.workers.set(name, worker);
		return worker;
	}

	/** SIGTERM: the worker finishes its running jobs (QUEUE_WORKER_TIMEOUT) and exits. */
	async stopWorker(name) {
		const worker = this.workers.get(name);
		await stopProcess(worker.child);
		this.workers.delete(name);
	}

	/** SIGKILL to the worker and its task runner: nothing finishes, nothing is reported. */
	async killWorker(name) {
		const worker = this.workers.get(name);
		const exited = new Promise((resolve) => worker.child.once('exit', resolve));
		killGroup(worker.child, 'SIGKILL');
		await exited;
		this.workers.delete(name);
		return worker;
	}

	/** Every log each worker start printed: [{ name, pid, text }]. */
	workerLogs() {
		return this.n8n.printed
			.filter((log) => log.command.startsWith('n8n worker'))
			.map((log) => {
				const [, name, pid] = /\((\w+), pid (\d+)\)/.exec(log.command);
				return { name, pid: Number(pid), text: `${log.stdout}\n${log.stderr}` };
			});
	}

	/** Every log file n8n wrote into the user folder (its event logs), as one text. */
	logFiles() {
		const dir = path.join(this.n8n.userFolder, '.n8n');
		const texts = [];
		const walk = (folder) => {
			for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
				const full = path.join(folder, entry.name);
				if (entry.isDirectory() && entry.name !== 'nodes') walk(full);
				else if (entry.isFile() && /\.log$/.test(entry.name)) {
					texts.push(`== ${full}\n${fs.readFileSync(full, 'utf8')}`);
				}
			}
		};
		if (fs.existsSync(dir)) walk(dir);
		return texts.join('\n');
	}

	async stop() {
		await Promise.all([...this.workers.keys()].map((name) => this.stopWorker(name)));
		if (this.main) await this.main.stop();
	}
}

function tail({ stdout, stderr }, lines = 30) {
	return `${stdout}\n${stderr}`.trim().split('\n').slice(-lines).join('\n');
}

module.exports = { QueueCluster, queueEnv, VERSION };
