#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: a real n8n runs the example workflow (examples/create-whatsapp-groups.workflow.json)
 * with this package installed as a community package, against the local Z-API double. No account
 * needed. `npm run demo -- --real` runs it against the real Z-API (see the README for the variables).
 *   --n8n <version>   which pinned n8n release to use (default: the newest)
 */
const fs = require('node:fs');
const path = require('node:path');
const { N8nInstance } = require('./n8n/instance');
const { packPackage } = require('./n8n/pack');
const { DEFAULT_N8N, N8N_RELEASES } = require('./n8n/versions');
const { table } = require('./table');
const { formatDuration } = require('./n8n/run');
const { startZApiDouble } = require('../test/zapi-double/server');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'create-whatsapp-groups.workflow.json');
const CREDENTIAL_ID = 'zApiDemoDouble01';

function usage(problem) {
	if (problem) console.error(`demo: ${problem}\n`);
	console.error(
		[
			'Usage: npm run demo [-- --real] [-- --n8n <version>]',
			'',
			'  (no option)   the local Z-API double on 127.0.0.1: nothing real is created',
			'  --real        the real Z-API; reads ZAPI_INSTANCE_ID, ZAPI_INSTANCE_TOKEN, ZAPI_CLIENT_TOKEN',
			'                (if your account has a security token), ZAPI_DEMO_PHONES (participants, e.g.',
			'                "5511999998888, 5521988887777") and ZAPI_DEMO_GROUP_NAME (optional)',
			`  --n8n <v>     n8n release: ${Object.keys(N8N_RELEASES).join(' or ')} (default ${DEFAULT_N8N})`,
		].join('\n'),
	);
	process.exit(2);
}

function parseArgs(argv) {
	const options = { real: false, version: DEFAULT_N8N };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--real') options.real = true;
		else if (arg === '--n8n') options.version = argv[++i];
		else if (arg.startsWith('--n8n=')) options.version = arg.slice('--n8n='.length);
		else if (arg === '--help' || arg === '-h') usage();
		else usage(`unknown option ${arg}`);
	}
	if (!N8N_RELEASES[options.version]) usage(`n8n ${options.version} is not a pinned release`);
	return options;
}

/** The real Z-API's credential and one group to create, from the environment. */
function realSetup() {
	const env = process.env;
	const missing = ['ZAPI_INSTANCE_ID', 'ZAPI_INSTANCE_TOKEN', 'ZAPI_DEMO_PHONES'].filter(
		(name) => !env[name]?.trim(),
	);
	if (missing.length) usage(`--real needs ${missing.join(', ')} in the environment`);
	return {
		credential: {
			instanceId: env.ZAPI_INSTANCE_ID.trim(),
			instanceToken: env.ZAPI_INSTANCE_TOKEN.trim(),
			clientToken: env.ZAPI_CLIENT_TOKEN?.trim() ?? '',
			baseUrl: env.ZAPI_BASE_URL?.trim() || 'https://api.z-api.io',
		},
		items: [
			{
				name: env.ZAPI_DEMO_GROUP_NAME?.trim() || 'n8n-nodes-z-api demo',
				participants: env.ZAPI_DEMO_PHONES,
				invite: true,
			},
		],
	};
}

/** Replaces every secret in a text, for anything the demo prints from n8n. */
function masker(secrets) {
	const values = secrets.filter((secret) => secret && secret.length >= 4);
	return (text) => values.reduce((out, secret) => out.split(secret).join('***'), String(text));
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const real = options.real ? realSetup() : undefined;
	const mask = masker(real ? [real.credential.instanceToken, real.credential.clientToken] : []);

	let double;
	try {
		if (!real) {
			double = await startZApiDouble({ notSavedPhones: ['5541966665555'] });
			console.log(`Z-API double listening on ${double.url} (instance ${double.config.instanceId})`);
		} else {
			console.log(`Real Z-API at ${real.credential.baseUrl}: this creates a real WhatsApp group.`);
		}

		const n8n = await N8nInstance.create({
			version: options.version,
			name: real ? 'demo-real' : 'demo',
		});
		console.log(
			`n8n ${options.version} (Node ${n8n.install.node.version}), user folder ${path.relative(ROOT, n8n.userFolder)}`,
		);

		const tarball = await packPackage();
		await n8n.installPackage(tarball);
		console.log(`Installed ${path.basename(tarball)} into .n8n/nodes as a community package`);

		const credentialData = real
			? real.credential
			: {
					instanceId: double.config.instanceId,
					instanceToken: double.config.instanceToken,
					clientToken: '',
					baseUrl: double.url,
				};
		const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
		const credentialName = real ? 'Z-API (from environment)' : 'Z-API (local double)';
		for (const node of workflow.nodes) {
			if (node.credentials?.zApiApi)
				node.credentials.zApiApi = { id: CREDENTIAL_ID, name: credentialName };
			if (real && node.name === 'Groups to Create') {
				node.parameters.jsCode = `return ${JSON.stringify(real.items.map((json) => ({ json })))};`;
			}
		}
		await n8n.importCredentials([
			{ id: CREDENTIAL_ID, name: credentialName, type: 'zApiApi', data: credentialData },
		]);
		await n8n.importWorkflows(workflow);
		console.log(`Imported the workflow "${workflow.name}"; running it with n8n execute …`);

		const result = await n8n.execute(workflow.id);
		const run = result.run;
		const error = run?.data?.resultData?.error;
		if (!run || error || result.code !== 0) {
			const printed = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
			throw new Error(
				error
					? `the workflow failed in "${run.data.resultData.lastNodeExecuted}": ${error.message}` +
							(error.description ? `\n  ${error.description}` : '')
					: `n8n execute ended with exit ${result.code ?? result.signal}:\n${printed}`,
			);
		}

		const output = (name) =>
			(run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		const groups = output('Create Group');
		const messages = output('Invitation Message');
		console.log(`\nCreated ${groups.length} WhatsApp group(s):\n`);
		console.log(
			mask(
				table(groups, [
					{ title: 'Group Name', value: (g) => g.groupName },
					{ title: 'Group ID (phone)', value: (g) => g.phone },
					{ title: 'Invitation Link', value: (g) => g.invitationLink ?? '' },
					{ title: 'Participants', value: (g) => g.phones.join(', ') },
					{ title: 'Not Added (invited)', value: (g) => g.phonesNotAdded.join(', ') || '-' },
				]),
			),
		);
		if (messages[0])
			console.log(`\nNext node ("Invitation Message"), first item: ${mask(messages[0].message)}`);
		if (double) {
			const seen = double.requests.map((request) => `${request.method} ${request.endpoint}`);
			const counts = [...new Set(seen)].map(
				(key) => `${seen.filter((s) => s === key).length} × ${key}`,
			);
			console.log(`The Z-API double received: ${counts.join(', ')}`);
		}
		console.log(`\nDone in ${formatDuration(Date.now() - started)}.`);
	} finally {
		await double?.close();
	}
}

main().catch((error) => {
	const secrets = [process.env.ZAPI_INSTANCE_TOKEN, process.env.ZAPI_CLIENT_TOKEN];
	console.error(`\ndemo failed: ${masker(secrets)(error.message)}`);
	process.exit(1);
});
