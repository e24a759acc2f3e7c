'use strict';
/**
 * One `n8n start` with active workflows that do the same thing: the Z-API Trigger (automatic
 * registration against the Z-API double, event Message Received) → No Operation, n8n's own
 * Webhook node (POST, respond immediately) → No Operation, and the same with the Z-API credential
 * in the workflow (on a node that never runs). Resolves where to post to each, the n8n
 * process's id (for its CPU time) and a reader of the executions n8n saved.
 */
const fs = require('node:fs');
const path = require('node:path');
const { N8nInstance, doubleCredential } = require('../n8n/instance');
const { packPackage } = require('../n8n/pack');
const { readExecutions } = require('./trigger-executions');
const { installMinimalNode, MINIMAL_PACKAGE } = require('./workflows');
const { startZApiDouble } = require('../../test/zapi-double/server');

const CREDENTIAL = { id: 'zApiBenchTrigger1', name: 'Z-API (local double)' };
/** Z-API only takes https URLs: n8n is told this is its public address; calls go to its local port. */
const PUBLIC_URL = 'https://n8n.bench.invalid/';
const WEBHOOK_PATH = 'bench-webhook';
const CREDENTIAL_WEBHOOK_PATH = 'bench-webhook-credential';
/** A Z-API "message received" text event, as Z-API documents it. */
const EVENT = JSON.parse(
	fs.readFileSync(
		path.join(__dirname, '..', '..', 'test', 'fixtures', 'zapi-events', 'text-private.json'),
		'utf8',
	),
).payload;

function workflow(id, name, start, extraNodes = []) {
	return {
		id,
		name,
		active: false,
		// Every execution is kept: the load run reads them back to find lost or doubled events.
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		nodes: [
			{ id: `${id}-start`, name: 'Start', position: [0, 0], ...start },
			{
				id: `${id}-noop`,
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
			...extraNodes,
		],
		connections: { Start: { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
		pinData: {},
	};
}

/** The two workflows; `triggerVersion` is the Z-API Trigger's typeVersion (2, the default, or 1). */
function benchWorkflows(triggerVersion) {
	return {
		trigger: workflow('zApiBenchTrig001', `bench: Z-API Trigger v${triggerVersion} → No Op`, {
			type: 'n8n-nodes-z-api.zApiTrigger',
			typeVersion: triggerVersion,
			webhookId: '6a0f6b1e-0000-4000-8000-00000000c001',
			parameters: { registration: 'automatic', events: ['messageReceived'] },
			credentials: { zApiApi: CREDENTIAL },
		}),
		webhook: workflow('zApiBenchHook001', 'bench: Webhook → No Op', {
			type: 'n8n-nodes-base.webhook',
			// n8n 2.41.1's default version of the node (what a new Webhook node gets).
			typeVersion: 2.1,
			webhookId: '6a0f6b1e-0000-4000-8000-00000000c002',
			parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, options: {} },
		}),
		// The Webhook node's workflow plus a node that never runs holding the trigger's credential:
		// before every execution of a workflow with a credential n8n checks its access
		// (CredentialsPermissionChecker, one database query), which the plain Webhook workflow skips.
		// The node is the bench's minimal one (a few parameters): n8n also reads every node's
		// parameters for each execution, and the Z-API node's many would count on top.
		webhookCredential: workflow(
			'zApiBenchHookCr1',
			'bench: Webhook → No Op, the Z-API credential in the workflow',
			{
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				webhookId: '6a0f6b1e-0000-4000-8000-00000000c003',
				parameters: { httpMethod: 'POST', path: CREDENTIAL_WEBHOOK_PATH, options: {} },
			},
			[
				{
					id: 'zApiBenchHookCr1-unused',
					name: 'Unused Credential Holder',
					type: `${MINIMAL_PACKAGE}.zApiMinimal`,
					typeVersion: 1,
					position: [220, 200],
					parameters: {},
					credentials: { zApiApi: CREDENTIAL },
				},
			],
		),
	};
}

/**
 * Starts the double and n8n; resolves { version, nodeVersion, urls: { trigger, webhook }, pid,
 * executions(), stop() }. `name` is the user folder under .cache/runs/ (emptied first); `pack`
 * resolves the package tarball to install (default: this repository's dist/); `logLevel` and
 * `startEnv` (e.g. NODE_OPTIONS for a CPU profile) are for looking into n8n.
 */
async function startTriggerBench({
	version,
	triggerVersion = 2,
	name = 'bench-trigger',
	pack = packPackage,
	logLevel = 'warn',
	startEnv = {},
}) {
	const double = await startZApiDouble();
	const flows = benchWorkflows(triggerVersion);
	let server;
	try {
		const n8n = await N8nInstance.create({
			version,
			name,
			logLevel,
			env: {
				EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
				EXECUTIONS_DATA_SAVE_ON_PROGRESS: 'false',
				// Thousands of executions: none pruned before they are counted.
				EXECUTIONS_DATA_PRUNE: 'false',
			},
		});
		await n8n.installPackage(await pack());
		installMinimalNode(n8n);
		await n8n.importCredentials([doubleCredential(CREDENTIAL, double)]);
		const all = Object.values(flows);
		await n8n.importWorkflows(all);
		for (const { id } of all) {
			const command = version.startsWith('1.')
				? ['update:workflow', `--id=${id}`, '--active=true']
				: ['publish:workflow', `--id=${id}`];
			const result = await n8n.n8n(command);
			if (result.code !== 0) throw new Error(`n8n ${command.join(' ')}:\n${result.stderr}`);
		}
		server = await n8n.start({ extraEnv: { WEBHOOK_URL: PUBLIC_URL, ...startEnv } });
		// n8n 2.x activates workflows in the background once the editor is up: the trigger registers
		// its URL at the double then. Whatever form that URL takes (the secret in its query or its
		// path), calls go to exactly that URL, on n8n's local origin.
		const deadline = Date.now() + 90000;
		while (!double.webhooks.received) {
			if (Date.now() > deadline) throw new Error('the Z-API Trigger never registered its URL');
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const registered = new URL(double.webhooks.received);
		const local = new URL(server.url);
		registered.protocol = local.protocol;
		registered.host = local.host;
		const urls = {
			trigger: registered.href,
			webhook: `${server.url}/webhook/${WEBHOOK_PATH}`,
			webhookCredential: `${server.url}/webhook/${CREDENTIAL_WEBHOOK_PATH}`,
		};
		// The Webhook node may come up after the trigger registered: wait until it answers.
		for (const url of Object.values(urls)) {
			while ((await post(url, EVENT)) === 404) {
				if (Date.now() > deadline) throw new Error('a bench workflow never came up');
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
		}
		const dbFile = path.join(n8n.userFolder, '.n8n', 'database.sqlite');
		return {
			version,
			nodeVersion: n8n.install.node.version,
			urls,
			// Which form the registered URL took, never the secret itself.
			secretIn: registered.searchParams.has('secret') ? 'query' : 'path',
			pid: server.child.pid,
			userFolder: n8n.userFolder,
			printedText: () => n8n.printedText(),
			workflowIds: Object.fromEntries(Object.entries(flows).map(([key, flow]) => [key, flow.id])),
			executions: (options) => readExecutions(n8n.install.node.nodeBin, dbFile, options),
			stop: async () => {
				await server.stop();
				await double.close();
			},
		};
	} catch (error) {
		await server?.stop();
		await double.close();
		throw error;
	}
}

async function post(url, body) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	await response.arrayBuffer();
	return response.status;
}

module.exports = { startTriggerBench, EVENT };
