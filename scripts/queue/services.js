'use strict';
/**
 * Postgres and Redis from Debian's packages (`postgresql`, `redis-server`), started as child
 * processes on free local ports with their data in a temporary folder, stopped by PID after.
 * Postgres refuses to run as root: as root it runs as the `postgres` user the package created.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { track, killGroup, freePort } = require('../n8n/run');

const MISSING =
	'install them from Debian: apt-get install -y postgresql redis-server (CI does it in the background)';

function postgresBin() {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root)
		? fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin', 'postgres')))
		: [];
	if (!versions.length) throw new Error(`Postgres is not installed: ${MISSING}`);
	const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
	return path.join(root, newest, 'bin');
}

function redisBin() {
	const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
	const bin = found.stdout.trim();
	if (!bin) throw new Error(`redis-server is not installed: ${MISSING}`);
	return bin;
}

/** As root: run as `postgres` through runuser. Otherwise: as ourselves. */
function asPostgresUser(command, args) {
	if (process.getuid() !== 0) return [command, args];
	return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

/** A child process whose output is kept (for error messages); resolves once `ready` printed. */
function startProcess(label, [command, args], { ready, timeoutMs = 60000, cwd }) {
	const child = track(spawn(command, args, { cwd, detached: true }));
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			killGroup(child, 'SIGKILL');
			reject(new Error(`${label} did not start in ${timeoutMs} ms:\n${output.slice(-2000)}`));
		}, timeoutMs);
		const check = () => {
			if (!ready.test(output)) return;
			clearTimeout(timer);
			child.stdout.off('data', check);
			child.stderr.off('data', check);
			resolve({ child, output: () => output });
		};
		child.stdout.on('data', check);
		child.stderr.on('data', check);
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			reject(new Error(`${label} exited (${signal ?? code}):\n${output.slice(-2000)}`));
		});
	});
}

/** Stops a child by its process group: `signal` first, SIGKILL after 15 s. */
function stopProcess(child, signal = 'SIGTERM') {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 15000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		killGroup(child, signal);
	});
}

/**
 * Postgres with trust authentication on 127.0.0.1 and a database `n8n`; durability settings off
 * (a throwaway cluster). Resolves { port, user, database, psql(sql), stop() }.
 */
async function startPostgres() {
	const bin = postgresBin();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zapi-queue-pg-'));
	if (process.getuid() === 0) spawnSync('chown', ['-R', 'postgres:', dir]);
	const data = path.join(dir, 'data');
	const init = spawnSync(
		...asPostgresUser(path.join(bin, 'initdb'), [
			'-D',
			data,
			'-U',
			'postgres',
			'--auth=trust',
			'-E',
			'UTF8',
			'--no-sync',
		]),
		{ encoding: 'utf8', cwd: dir },
	);
	if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
	const port = await freePort();
	const server = await startProcess(
		'postgres',
		asPostgresUser(path.join(bin, 'postgres'), [
			'-D',
			data,
			'-p',
			String(port),
			'-h',
			'127.0.0.1',
			'-k',
			dir,
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		]),
		{ ready: /database system is ready to accept connections/, cwd: dir },
	);
	const psql = (sql) => {
		const result = spawnSync(
			'psql',
			[
				'-h',
				'127.0.0.1',
				'-p',
				String(port),
				'-U',
				'postgres',
				'-d',
				database,
				'-X',
				'-A',
				'-t',
				'-q',
			],
			{ input: sql, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
		);
		if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}\n${sql}`);
		return result.stdout;
	};
	let database = 'postgres';
	psql('CREATE DATABASE n8n;');
	database = 'n8n';
	return {
		port,
		user: 'postgres',
		database,
		pid: server.child.pid,
		psql,
		async stop() {
			await stopProcess(server.child, 'SIGINT'); // Postgres's fast shutdown
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Redis without persistence on 127.0.0.1. Resolves { port, pid, stop() }. */
async function startRedis() {
	const port = await freePort();
	const server = await startProcess(
		'redis-server',
		[
			redisBin(),
			['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		],
		{ ready: /Ready to accept connections/, cwd: os.tmpdir() },
	);
	return { port, pid: server.child.pid, stop: () => stopProcess(server.child) };
}

module.exports = { startPostgres, startRedis, stopProcess };
