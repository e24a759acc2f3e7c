'use strict';
/**
 * What the connected-number lookup (GET /device, once per run of Group → Create) weighs in
 * `npm run bench`: the built package is copied to a temporary folder, its lookup answered by the node
 * itself (a fixed number, kept the same way as the real answer), and the bench is run on that copy
 * with `--package`. Everything else is the built code. The copy is for measuring only: without the
 * lookup the node could add the connected number as a participant, which Z-API forbids.
 *
 *   npm run build && node scripts/bench/without-lookup.js --items 300 --rounds 20 --no-trigger
 *
 * (every argument goes to scripts/bench.js). Before the bench, the copy runs Group → Create on a
 * stand-in context (own-cost.js) and must create its groups without asking for /device.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { contextFor } = require('./own-cost');

const ROOT = path.join(__dirname, '..', '..');
const LOOKUP_MODULE = path.join('dist', 'nodes', 'ZApi', 'shared', 'connectedNumber.js');
// Not the bench's participant (own-cost.js, workflows.js), so nothing is left out.
const FIXED_NUMBER = '5511900000000';

/**
 * connectedNumber with the same bookkeeping (lookupOnce under the same key) and no request. The
 * callers reach it through the module object (`connectedNumber_1.connectedNumber.call`), so
 * replacing the export replaces it for all of them.
 */
const REPLACEMENT = `
exports.connectedNumber = function connectedNumber() {
	const credentialId = require('./passParameters').passNode(this).credentials?.zApiApi?.id ?? '';
	return require('./retryState').lookupOnce(this, \`connectedNumber \${credentialId}\`, async () => ${JSON.stringify(FIXED_NUMBER)});
};
`;

function copyWithoutLookup() {
	const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-z-api-without-lookup-'));
	fs.cpSync(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
	fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
	fs.appendFileSync(path.join(copy, LOOKUP_MODULE), REPLACEMENT);
	return copy;
}

/** The copy's Group → Create on 3 items: 3 creates and no GET /device, or it throws. */
async function checkCopy(copy) {
	const { ZApi } = require(path.join(copy, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'));
	const context = contextFor(0, 3, 'n8n-nodes-z-api.zApi');
	const urls = [];
	const answer = context.helpers.httpRequestWithAuthentication;
	context.helpers.httpRequestWithAuthentication = async (type, options, ...rest) => {
		urls.push(options.url);
		return await answer(type, options, ...rest);
	};
	const [output] = await new ZApi().execute.call(context);
	const endpoints = urls.map((url) => url.slice(url.lastIndexOf('/')));
	if (output.length !== 3 || endpoints.join(' ') !== '/create-group /create-group /create-group') {
		throw new Error(
			`the copy without the lookup asked for ${endpoints.join(', ')} and gave ${output.length} items: ${LOOKUP_MODULE} is no longer what this script replaces`,
		);
	}
}

async function main() {
	if (!fs.existsSync(path.join(ROOT, LOOKUP_MODULE))) throw new Error('run npm run build first');
	const copy = copyWithoutLookup();
	try {
		await checkCopy(copy);
		console.log(`Z-API node without GET /device (answered with ${FIXED_NUMBER}): ${copy}`);
		const bench = spawnSync(
			process.execPath,
			[path.join(ROOT, 'scripts', 'bench.js'), ...process.argv.slice(2), '--package', copy],
			{ cwd: ROOT, stdio: 'inherit' },
		);
		process.exitCode = bench.status ?? 1;
		console.log(
			`Command (the copy is made again): npm run build && node scripts/bench/without-lookup.js ${process.argv.slice(2).join(' ')}`,
		);
	} finally {
		fs.rmSync(copy, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
