#!/usr/bin/env node
'use strict';
/**
 * `npm run scan`: n8n's static analysis of community packages (@n8n/scan-community-package, what
 * n8n runs before it verifies a package), on this working tree instead of a published version.
 * The scanner's CLI downloads the package and its attested source from the registry and GitHub;
 * this script calls its exported `analyzePackage(dir, patterns)` on the two legs the CLI lints:
 *   - the sources, with the scanner's own SOURCE_FILE_PATTERNS (package.json, nodes/, credentials/);
 *   - the package as published: `npm pack` into a temporary folder, extracted, its .js files and
 *     package.json (PACKED_PATTERNS below; run `npm run build` first).
 * It prints what it scanned and the number of findings, and exits 1 on any finding.
 *   node scripts/scan.js                                 both legs on this repository
 *   node scripts/scan.js [--pattern <glob>]... <dir>...  folders (default patterns: the sources')
 *
 * TypeScript 7: @n8n/scan-community-package 0.32.0 depends on typescript 7.0.2, which npm installs
 * nested under it. @typescript-eslint (the parser the scanner lints with) cannot load TypeScript 7
 * ("Cannot read properties of undefined (reading 'Cjs')" in typescript-estree) and must get the
 * repository's own typescript 5.9 (devDependency) instead. An npm `overrides` entry would replace the
 * nested copy, but n8n's rule `@n8n/community-nodes/no-overrides-field` forbids that field in a
 * community package's package.json (our lint and this scan would fail on it, and so would n8n's).
 * So this script resolves it itself: before loading the scanner it makes every `require('typescript')`
 * (how @typescript-eslint loads it) return the root node_modules/typescript, whatever the layout npm
 * chose, and it stops if that one is TypeScript 7 or later. Nothing else loads the nested copy.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const PACKED_PATTERNS = ['**/*.js', 'package.json'];

function useRootTypescript() {
	const entry = require.resolve('typescript', { paths: [ROOT] });
	const { version } = require(require.resolve('typescript/package.json', { paths: [ROOT] }));
	if (Number(version.split('.')[0]) >= 7) {
		throw new Error(
			`typescript ${version} in node_modules: @typescript-eslint needs TypeScript 5 or 6 (see the top of scripts/scan.js)`,
		);
	}
	const resolveFilename = Module._resolveFilename;
	Module._resolveFilename = function (request, ...rest) {
		return request === 'typescript' ? entry : resolveFilename.call(this, request, ...rest);
	};
	return version;
}

async function loadScanner() {
	const typescript = useRootTypescript();
	const entry = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs', {
		paths: [ROOT],
	});
	const { version } = require(
		require.resolve('@n8n/scan-community-package/package.json', { paths: [ROOT] }),
	);
	// The scanner makes a temporary folder when loaded (for downloads we do not use): let tmp remove it.
	Module.createRequire(entry)('tmp').setGracefulCleanup();
	const scanner = await import(entry);
	// The scanner's own file search, to list what it is about to lint.
	const glob = Module.createRequire(entry)('fast-glob');
	return {
		...scanner,
		glob,
		label: `@n8n/scan-community-package ${version}, typescript ${typescript}`,
	};
}

/** Number of problems in ESLint's "stylish" output ("✖ 3 problems (2 errors, 1 warning)"). */
function countFindings(details) {
	// eslint-disable-next-line no-control-regex
	const text = String(details ?? '').replace(/\u001b\[[0-9;]*m/g, '');
	const match = /(\d+) problems? \(/.exec(text);
	return match ? Number(match[1]) : undefined;
}

/** One leg: prints the folder, patterns and files, then the findings. Returns the findings count. */
async function scanDir(scanner, name, dir, patterns) {
	const files = scanner.glob.sync(patterns, {
		cwd: dir,
		ignore: ['node_modules/**', '**/package-lock.json'],
	});
	console.log(`\n${name}: ${dir}`);
	console.log(`  patterns: ${patterns.join(', ')}`);
	console.log(`  ${files.length} file(s): ${files.sort().join(', ')}`);
	if (files.length === 0) {
		console.log('  nothing to scan: counted as a finding');
		return 1;
	}
	const result = await scanner.analyzePackage(dir, patterns);
	if (result.passed) {
		console.log('  findings: 0');
		return 0;
	}
	// A failed analysis (an exception inside the scanner) has a message and no details: one finding.
	const findings = countFindings(result.details) ?? 1;
	console.log(`  findings: ${findings} (${result.message})`);
	if (result.details) console.log(result.details);
	return findings;
}

/** `npm pack` of this repository, extracted into a temporary folder (removed by the caller). */
function packToTemp() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-scan-'));
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
			cwd: ROOT,
			encoding: 'utf8',
		}),
	);
	const dir = path.join(tmp, 'package');
	fs.mkdirSync(dir);
	execFileSync('tar', ['-xzf', path.join(tmp, packed.filename), '-C', dir, '--strip-components=1']);
	return { tmp, dir, filename: packed.filename };
}

async function main(argv) {
	const dirs = [];
	const patterns = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--pattern' && i + 1 < argv.length) patterns.push(argv[++i]);
		else if (argv[i].startsWith('-')) throw new Error(`unknown option ${argv[i]}`);
		else dirs.push(path.resolve(argv[i]));
	}
	const scanner = await loadScanner();
	console.log(`n8n community package scan (${scanner.label})`);
	let findings = 0;
	if (dirs.length) {
		for (const dir of dirs) {
			findings += await scanDir(
				scanner,
				'folder',
				dir,
				patterns.length ? patterns : scanner.SOURCE_FILE_PATTERNS,
			);
		}
	} else {
		findings += await scanDir(scanner, 'sources', ROOT, scanner.SOURCE_FILE_PATTERNS);
		const packed = packToTemp();
		try {
			const pkg = require(path.join(ROOT, 'package.json'));
			const missing = [...pkg.n8n.nodes, ...pkg.n8n.credentials].filter(
				(file) => !fs.existsSync(path.join(packed.dir, file)),
			);
			if (missing.length) {
				console.log(
					`\n${packed.filename} lacks ${missing.join(', ')}: run \`npm run build\` first`,
				);
				findings += missing.length;
			}
			findings += await scanDir(
				scanner,
				`package (${packed.filename})`,
				packed.dir,
				PACKED_PATTERNS,
			);
		} finally {
			fs.rmSync(packed.tmp, { recursive: true, force: true });
		}
	}
	console.log(`\nscan: ${findings} finding(s)${findings ? '' : ', passed'}`);
	return findings;
}

if (require.main === module) {
	main(process.argv.slice(2)).then(
		(findings) => {
			process.exitCode = findings ? 1 : 0;
		},
		(error) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}

module.exports = { countFindings };
