'use strict';
/** `npm pack` of the built package into .cache/pack/: the file users install. */
const fs = require('node:fs');
const path = require('node:path');
const { runCommand, cleanEnv } = require('./run');
const { ROOT, CACHE } = require('./install');

async function packPackage() {
	if (!fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const destination = path.join(CACHE, 'pack');
	fs.rmSync(destination, { recursive: true, force: true });
	fs.mkdirSync(destination, { recursive: true });
	const result = await runCommand(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
		{ cwd: ROOT, env: cleanEnv() },
	);
	if (result.code !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
	const [packed] = JSON.parse(result.stdout);
	return path.join(destination, packed.filename);
}

module.exports = { packPackage };
