#!/usr/bin/env node
// What `npm pack` would publish: the built files and the files npm always adds, nothing else, and
// every file the "n8n" section of package.json points at. Run after `npm run build`.
// Also: package.json is the one place for the project's address (`homepage`, `repository`). The
// links the built package shows in n8n (each credential's documentationUrl, each node's codex
// "resources" in its .node.json) and any other GitHub link in dist/ must start with it, so a
// publisher who changes package.json and forgets credentials/*.ts or nodes/**/*.node.json fails here.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const pkg = require('../package.json');

const ROOT = path.resolve(__dirname, '..');
// Links to other sites' documentation that the node's codex may carry besides the project's own.
const EXTERNAL_DOCS = ['https://developer.z-api.io/'];

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
	'dist/nodes/ZApiTrigger/ZApiTrigger.node.json',
	'dist/nodes/ZApiTrigger/zApi.svg',
	'dist/nodes/ZApiTrigger/zApi.dark.svg',
	'dist/credentials/zApi.svg',
	'dist/credentials/zApi.dark.svg',
]) {
	if (!files.includes(file)) problems.push(`${file} is missing from the package`);
}
if (Object.keys(pkg.dependencies ?? {}).length)
	problems.push('the package has runtime dependencies');

/** "git+https://github.com/o/r.git", "https://github.com/o/r#readme" -> "https://github.com/o/r" */
const projectBase = (url) =>
	String(url ?? '')
		.replace(/^git\+/, '')
		.replace(/#.*$/, '')
		.replace(/\.git$/, '')
		.replace(/\/+$/, '');
const bases = [projectBase(pkg.repository?.url ?? pkg.repository), projectBase(pkg.homepage)];
if (!bases.every((base) => /^https:\/\/[^/]+\/\S+$/.test(base)))
	problems.push(
		`package.json's repository.url and homepage must be https URLs: ${bases.join(', ')}`,
	);
const notOurs = `is not under package.json's repository/homepage (${[...new Set(bases)].join(', ')})`;
const ownLink = (url) =>
	bases.some(
		(base) => url === base || (url.startsWith(base) && /^[#/?]/.test(url.slice(base.length))),
	);
const checked = new Set(); // "file url" of the links checked next, not reported twice by the sweep after
for (const file of pkg.n8n.credentials) {
	for (const [name, Credential] of Object.entries(require(path.join(ROOT, file)))) {
		if (typeof Credential !== 'function') continue;
		const { documentationUrl } = new Credential();
		checked.add(`${file} ${documentationUrl}`);
		if (!ownLink(String(documentationUrl)))
			problems.push(`${file}: ${name}.documentationUrl ${documentationUrl} ${notOurs}`);
	}
}
for (const file of pkg.n8n.nodes) {
	const codexFile = file.replace(/\.js$/, '.json');
	if (!fs.existsSync(path.join(ROOT, codexFile))) {
		problems.push(`${codexFile} (the codex of ${file}) is missing`);
		continue;
	}
	const codex = JSON.parse(fs.readFileSync(path.join(ROOT, codexFile), 'utf8'));
	for (const [kind, entries] of Object.entries(codex.resources ?? {})) {
		for (const { url } of entries) {
			checked.add(`${codexFile} ${url}`);
			if (!ownLink(url) && !EXTERNAL_DOCS.some((site) => url.startsWith(site)))
				problems.push(`${codexFile}: resources.${kind} ${url} ${notOurs}`);
		}
	}
	if (!(codex.resources?.credentialDocumentation ?? []).some(({ url }) => ownLink(url)))
		problems.push(`${codexFile}: no resources.credentialDocumentation link to the project`);
}
// Any other GitHub link in the built files (a project link written somewhere new).
for (const file of files.filter((f) => /^dist\/.*\.(js|json)$/.test(f))) {
	const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
	for (const [url] of text.matchAll(/https:\/\/github\.com\/[^\s'"`)<>\\]*/g)) {
		if (!ownLink(url) && !checked.has(`${file} ${url}`))
			problems.push(`${file}: link ${url} ${notOurs}`);
	}
}
console.log(`npm pack: ${files.length} files, ${packed.size} bytes packed`);
console.log(
	`links: ${checked.size} (credentials' documentationUrl, nodes' codex) + GitHub links in dist/`,
);
if (problems.length) {
	for (const problem of problems) console.error(`- ${problem}`);
	process.exit(1);
}
