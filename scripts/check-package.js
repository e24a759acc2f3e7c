#!/usr/bin/env node
// What `npm pack` would publish: the built files and the files npm always adds, nothing else, and
// every file the "n8n" section of package.json points at. Run after `npm run build`.
'use strict';
const { execFileSync } = require('node:child_process');
const pkg = require('../package.json');

const [packed] = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = packed.files.map((file) => file.path).sort();
const problems = [];
for (const file of files) {
	if (!file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file)) {
		problems.push(`ships ${file}, which is not part of the package`);
	}
}
for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	if (!files.includes(file))
		problems.push(`package.json's n8n section names ${file}, which is not shipped`);
}
for (const file of [
	'README.md',
	'LICENSE',
	'dist/nodes/ZApi/ZApi.node.json',
	'dist/nodes/ZApi/zApi.svg',
	'dist/nodes/ZApi/zApi.dark.svg',
	'dist/credentials/zApi.svg',
	'dist/credentials/zApi.dark.svg',
]) {
	if (!files.includes(file)) problems.push(`${file} is missing from the package`);
}
if (Object.keys(pkg.dependencies ?? {}).length)
	problems.push('the package has runtime dependencies');
console.log(`npm pack: ${files.length} files, ${packed.size} bytes packed`);
if (problems.length) {
	for (const problem of problems) console.error(`- ${problem}`);
	process.exit(1);
}
