#!/usr/bin/env node
'use strict';
/**
 * `npm run dev`: the n8n editor on 127.0.0.1 with this package loaded, rebuilt on every change.
 *   - tsc --watch rebuilds dist/; n8n runs with N8N_DEV_RELOAD=true and reloads the node when dist/
 *     changes (refresh the browser tab to see a changed description);
 *   - the package sits in the user folder's .n8n/nodes/node_modules like an installed community
 *     package; tsc writes straight into its dist/;
 *   - a local Z-API double runs beside it, with a credential "Z-API (local double)" and the example
 *     workflow imported on first start; the owner account is created for you and printed.
 *   --port <n>        editor port (default 5678)
 *   --n8n <version>   pinned n8n release (default: the newest)
 * The user folder (.cache/runs/dev-<version>) is kept between runs: your workflows and credentials
 * stay. Delete it to start over.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { N8nInstance, doubleCredential } = require('./n8n/instance');
const { DEFAULT_N8N, N8N_RELEASES } = require('./n8n/versions');
const { runCommand, track, killGroup, cleanEnv, freePort } = require('./n8n/run');
const { startZApiDouble } = require('../test/zapi-double/server');

const ROOT = path.resolve(__dirname, '..');
const OWNER = { email: 'dev@example.com', password: 'Dev-Passw0rd' };
const DOUBLE_CREDENTIAL = { id: 'zApiDemoDouble01', name: 'Z-API (local double)' };

function parseArgs(argv) {
	const options = { port: 5678, version: DEFAULT_N8N };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--port') options.port = Number(argv[++i]);
		else if (argv[i] === '--n8n') options.version = argv[++i];
		else {
			console.error('Usage: npm run dev [-- --port 5678] [-- --n8n <version>]');
			process.exit(2);
		}
	}
	if (!N8N_RELEASES[options.version]) {
		console.error(`n8n ${options.version} is not one of ${Object.keys(N8N_RELEASES).join(', ')}`);
		process.exit(2);
	}
	return options;
}

/**
 * The package as n8n finds an installed one: package.json and a copy of dist/, which tsc --watch
 * then writes into directly. (A symlink to the repository's dist/ would load, but n8n's reload
 * watches the package folder's own files and would never see a change.)
 */
function installDevPackage(userFolder) {
	const target = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-z-api');
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	delete pkg.devDependencies;
	delete pkg.scripts;
	fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
	fs.cpSync(path.join(ROOT, 'dist'), path.join(target, 'dist'), { recursive: true });
	return target;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const build = await runCommand('npm', ['run', 'build'], { cwd: ROOT, env: cleanEnv() });
	if (build.code !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);

	const n8n = await N8nInstance.create({ version: options.version, name: 'dev', keep: true });
	const packageDir = installDevPackage(n8n.userFolder);

	// The double keeps its port from one run to the next when it can, so the credential stays valid.
	const portFile = path.join(n8n.userFolder, 'double-port');
	const savedPort = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : undefined;
	let double;
	try {
		double = await startZApiDouble({ port: savedPort ?? (await freePort()) });
	} catch {
		double = await startZApiDouble();
	}
	const firstRun = !fs.existsSync(portFile);
	if (firstRun || double.port !== savedPort) {
		await n8n.importCredentials([doubleCredential(DOUBLE_CREDENTIAL, double)]);
		fs.writeFileSync(portFile, String(double.port));
	}
	if (firstRun) {
		const example = path.join(ROOT, 'examples', 'create-whatsapp-groups.workflow.json');
		await n8n.importWorkflows(JSON.parse(fs.readFileSync(example, 'utf8')));
	}
	let seen = 0;
	const logRequests = setInterval(() => {
		for (; seen < double.requests.length; seen++) {
			const { method, endpoint, body } = double.requests[seen];
			console.log(`[z-api double] ${method} ${endpoint}${body ? ` ${JSON.stringify(body)}` : ''}`);
		}
	}, 500);

	const tsc = track(
		spawn(
			process.execPath,
			[
				require.resolve('typescript/bin/tsc'),
				'-p',
				'tsconfig.json',
				'--watch',
				'--preserveWatchOutput',
				'--outDir',
				path.join(packageDir, 'dist'),
			],
			{ cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
		),
	);

	console.log(`Starting n8n ${options.version} on port ${options.port} …`);
	const server = await n8n.start({ port: options.port, extraEnv: { N8N_DEV_RELOAD: 'true' } });
	if (firstRun) await n8n.setupOwner(server.url, OWNER);
	server.child.stdout.pipe(process.stdout);
	server.child.stderr.pipe(process.stderr);

	console.log(
		[
			'',
			`n8n editor:  ${server.url}   (log in as ${OWNER.email} / ${OWNER.password})`,
			`Z-API double: ${double.url}  (credential "${DOUBLE_CREDENTIAL.name}"; every request is printed here)`,
			'Example workflow: "Z-API: create WhatsApp groups and share their invitation links"',
			'Edit nodes/ or credentials/: tsc rebuilds dist/ and n8n reloads the node; refresh the tab.',
			'Ctrl+C stops n8n, tsc and the double.',
			'',
		].join('\n'),
	);

	// Ctrl+C: scripts/n8n/run.js stops n8n and tsc (their process groups); the double ends with us.
	server.child.once('exit', (code) => {
		console.error(`n8n exited (${code}); stopping`);
		clearInterval(logRequests);
		killGroup(tsc);
		void double.close().then(() => process.exit(1));
	});
}

main().catch((error) => {
	console.error(`dev failed: ${error.message}`);
	process.exit(1);
});
