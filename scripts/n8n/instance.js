'use strict';
/**
 * One real n8n with its own user folder under .cache/runs/, driven through n8n's own CLI the way a
 * self-hosting user would: the package tarball installed into .n8n/nodes, `n8n import:credentials`,
 * `n8n import:workflow`, `n8n execute --id … --rawOutput`, `n8n start`.
 * Everything n8n prints is kept in `printed` so tests can check that no secret leaked into it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureN8n, CACHE } = require('./install');
const { runCommand, track, killGroup, freePort, cleanEnv } = require('./run');

const ENCRYPTION_KEY = 'n8n-nodes-z-api-local-runs-only';

class N8nInstance {
	/**
	 * @param {object} options
	 * @param {string} options.version n8n release (see versions.js)
	 * @param {string} options.name folder name under .cache/runs/ (emptied first unless keep)
	 * @param {boolean} [options.keep] reuse the folder (its database, credentials, workflows) if present
	 * @param {string} [options.logLevel] N8N_LOG_LEVEL, default "info"
	 * @param {Record<string, string>} [options.env] variables for every n8n command (e.g. a database)
	 */
	static async create({ version, name, keep = false, logLevel = 'info', env = {} }) {
		const install = await ensureN8n(version);
		const userFolder = path.join(CACHE, 'runs', `${name}-${version}`);
		if (!keep) fs.rmSync(userFolder, { recursive: true, force: true });
		fs.mkdirSync(path.join(userFolder, '.n8n', 'nodes'), { recursive: true });
		const brokerPort = await freePort();
		return new N8nInstance(install, userFolder, logLevel, brokerPort, env);
	}

	constructor(install, userFolder, logLevel, brokerPort, baseEnv = {}) {
		this.install = install;
		this.version = install.version;
		this.userFolder = userFolder;
		this.logLevel = logLevel;
		this.brokerPort = brokerPort;
		this.baseEnv = baseEnv;
		/** @type {{ command: string, stdout: string, stderr: string }[]} */
		this.printed = [];
	}

	env(extra = {}) {
		const env = this.install.env({
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			DB_TYPE: 'sqlite',
			N8N_LOG_LEVEL: this.logLevel,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
			// n8n 2.x always runs Code nodes in a task runner; its broker gets a port of its own so
			// that several n8n processes can run side by side.
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			...(this.install.taskRunners ? {} : { N8N_RUNNERS_ENABLED: 'false' }),
			...this.baseEnv,
			...extra,
		});
		return env;
	}

	/** Runs `n8n <args>` (`env`: extra variables); resolves { code, stdout, stderr }. */
	async n8n(args, { timeoutMs = 180000, env = {} } = {}) {
		const result = await runCommand(this.install.node.nodeBin, [this.install.n8nBin, ...args], {
			cwd: this.userFolder,
			env: this.env(env),
			timeoutMs,
		});
		this.printed.push({
			command: `n8n ${args.join(' ')}`,
			stdout: result.stdout,
			stderr: result.stderr,
		});
		if (result.timedOut) throw new Error(`n8n ${args.join(' ')} did not finish in ${timeoutMs} ms`);
		return result;
	}

	/** Installs the package tarball the way users do: `npm install <tgz>` in ~/.n8n/nodes. */
	async installPackage(tarball) {
		const nodesDir = path.join(this.userFolder, '.n8n', 'nodes');
		// n8n's own installer keeps this package.json in the folder.
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			'{ "name": "installed-nodes", "private": true }\n',
		);
		const result = await runCommand('npm', ['install', '--no-audit', '--no-fund', tarball], {
			cwd: nodesDir,
			env: cleanEnv(),
			timeoutMs: 180000,
		});
		if (result.code !== 0) {
			throw new Error(`npm install ${path.basename(tarball)} failed:\n${result.stderr}`);
		}
		return path.join(nodesDir, 'node_modules', 'n8n-nodes-z-api');
	}

	async importCredentials(credentials) {
		return this.importFile('import:credentials', 'credentials', credentials);
	}

	/** One workflow, or an array of them (one n8n command for all). */
	async importWorkflows(workflows) {
		return this.importFile('import:workflow', 'workflows', workflows);
	}

	async importFile(command, name, content) {
		const file = path.join(this.userFolder, `${name}.json`);
		fs.writeFileSync(file, JSON.stringify(content, null, 2));
		try {
			const result = await this.n8n([command, `--input=${file}`]);
			if (result.code !== 0) {
				throw new Error(`n8n ${command} failed (exit ${result.code}):\n${tail(result)}`);
			}
			return result;
		} finally {
			// The credentials file holds secrets in clear text; n8n keeps its own encrypted copy.
			fs.rmSync(file, { force: true });
		}
	}

	/**
	 * `n8n execute --id <id> --rawOutput`. Resolves { code, stdout, stderr, run } where `run` is the
	 * execution n8n printed (undefined when it printed none).
	 */
	async execute(workflowId, options) {
		const result = await this.n8n(['execute', `--id=${workflowId}`, '--rawOutput'], options);
		return { ...result, run: parseRawOutput(result.stdout) };
	}

	/** `n8n start` on a free port; resolves once the editor answers. Call `stop()` when done. */
	async start({ port, extraEnv = {}, timeoutMs = 240000 } = {}) {
		const listenPort = port ?? (await freePort());
		const child = track(
			spawn(this.install.node.nodeBin, [this.install.n8nBin, 'start'], {
				cwd: this.userFolder,
				env: this.env({ N8N_PORT: String(listenPort), ...extraEnv }),
				detached: true,
			}),
		);
		const record = { command: 'n8n start', stdout: '', stderr: '' };
		this.printed.push(record);
		child.stdout.on('data', (chunk) => (record.stdout += chunk));
		child.stderr.on('data', (chunk) => (record.stderr += chunk));
		const url = `http://127.0.0.1:${listenPort}`;
		const deadline = Date.now() + timeoutMs;
		let exited = false;
		child.on('exit', () => (exited = true));
		// Below info, n8n does not print that line: its readiness endpoint says the same.
		const quiet = ['warn', 'error', 'silent'].includes(this.logLevel);
		while (!/Editor is now accessible/.test(record.stdout) && !(quiet && (await ready(url)))) {
			if (exited) throw new Error(`n8n start exited early:\n${tail(record)}`);
			if (Date.now() > deadline) {
				killGroup(child, 'SIGKILL');
				throw new Error(`n8n start did not get ready in ${timeoutMs} ms:\n${tail(record)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		this.server = { child, url, port: listenPort };
		return {
			url,
			port: listenPort,
			child,
			stop: () => stopChild(child),
		};
	}

	/** Creates the owner account through n8n's REST API; resolves the session cookie. */
	async setupOwner(url, { email = 'owner@example.com', password = 'Demo-Passw0rd' } = {}) {
		const response = await fetch(`${url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ email, firstName: 'Demo', lastName: 'Owner', password }),
		});
		if (!response.ok) {
			throw new Error(`owner setup failed: HTTP ${response.status} ${await response.text()}`);
		}
		const cookie = response.headers.get('set-cookie')?.split(';')[0];
		return { email, password, cookie };
	}

	/** Everything every n8n command of this instance printed, as one text. */
	printedText() {
		return this.printed.map((p) => `$ ${p.command}\n${p.stdout}\n${p.stderr}`).join('\n');
	}
}

function stopChild(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		killGroup(child, 'SIGTERM');
	});
}

async function ready(url) {
	try {
		return (await fetch(`${url}/healthz/readiness`)).ok;
	} catch {
		return false;
	}
}

function tail({ stdout, stderr }, lines = 30) {
	return `${stdout}\n${stderr}`.trim().split('\n').slice(-lines).join('\n');
}

/**
 * `--rawOutput` prints the execution as indented JSON among n8n's log lines. At debug level it goes
 * through n8n's logger: the first line then carries a time and level before the "{", and the last
 * line a file/function note after the "}".
 */
function parseRawOutput(stdout) {
	// eslint-disable-next-line no-control-regex
	const lines = stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
	const starts = [];
	const ends = [];
	lines.forEach((line, index) => {
		if (/(^|\s)\{$/.test(line)) starts.push(index);
		if (/^\}( \{.*\})?$/.test(line)) ends.push(index);
	});
	for (const start of starts) {
		for (const end of ends.filter((candidate) => candidate > start).reverse()) {
			try {
				return JSON.parse(['{', ...lines.slice(start + 1, end), '}'].join('\n'));
			} catch {
				// not this pair
			}
		}
	}
	return undefined;
}

/** A `zApiApi` credential (`{ id, name }`) pointed at the local Z-API double, for importCredentials. */
function doubleCredential(credential, double) {
	return {
		...credential,
		type: 'zApiApi',
		data: {
			instanceId: double.config.instanceId,
			instanceToken: double.config.instanceToken,
			clientToken: '',
			baseUrl: double.url,
		},
	};
}

module.exports = { N8nInstance, parseRawOutput, doubleCredential };
