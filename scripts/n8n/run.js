'use strict';
/** Small process helpers shared by the n8n scripts: run a command to its end, find a free port. */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');

/**
 * Runs a command to its end. Resolves { code, signal, timedOut, stdout, stderr }; never rejects on a
 * non-zero exit (the caller decides). `logFile` also appends both streams there; `timeoutMs` kills
 * the process group.
 * The streams go to files, not pipes: n8n ends with process.exit(), which drops whatever is still
 * queued on a pipe (the JSON of `n8n execute --rawOutput` came out cut short that way).
 */
async function runCommand(command, args, { cwd, env, logFile, timeoutMs } = {}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-z-api-'));
	const outFile = path.join(dir, 'stdout');
	const errFile = path.join(dir, 'stderr');
	const out = fs.openSync(outFile, 'w');
	const err = fs.openSync(errFile, 'w');
	try {
		const { code, signal, timedOut } = await new Promise((resolve, reject) => {
			const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', out, err] });
			track(child);
			let killed = false;
			const timer = timeoutMs
				? setTimeout(() => {
						killed = true;
						killGroup(child);
					}, timeoutMs)
				: undefined;
			child.on('error', (error) => {
				clearTimeout(timer);
				reject(error);
			});
			child.on('close', (exitCode, exitSignal) => {
				clearTimeout(timer);
				resolve({ code: exitCode, signal: exitSignal, timedOut: killed });
			});
		});
		const stdout = fs.readFileSync(outFile, 'utf8');
		const stderr = fs.readFileSync(errFile, 'utf8');
		if (logFile) fs.appendFileSync(logFile, `${stdout}${stderr}`);
		return { code, signal, timedOut, stdout, stderr };
	} finally {
		fs.closeSync(out);
		fs.closeSync(err);
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

// Children run detached (their own process group, so that a kill also reaches what n8n starts,
// such as its task runner); Ctrl+C on the terminal does not reach them, so pass it on.
const children = new Set();
let listening = false;
function track(child) {
	if (!listening) {
		listening = true;
		for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);
	}
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}
function onSignal(signal) {
	for (const child of children) killGroup(child, 'SIGKILL');
	for (const other of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(other, onSignal);
	process.kill(process.pid, signal);
}

/** Kills a detached child and everything it started. */
function killGroup(child, signal = 'SIGTERM') {
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			// already gone
		}
	}
}

/** A TCP port on 127.0.0.1 that is free right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** "3m05s" */
function formatDuration(ms) {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * The environment without what the caller's own runner set: npm's per-run settings (a nested npm
 * must read only its own config) and jest's NODE_ENV=test (n8n then keeps its database in memory).
 */
function cleanEnv(extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(npm_|JEST_)/i.test(key)) continue;
		if (['INIT_CWD', 'NODE_OPTIONS', 'NODE_ENV'].includes(key)) continue;
		env[key] = value;
	}
	return { ...env, ...extra };
}

module.exports = { runCommand, track, killGroup, freePort, formatDuration, cleanEnv };
