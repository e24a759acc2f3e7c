#!/usr/bin/env node
'use strict';
/**
 * `npm run demo:trigger`: a real n8n runs the trigger example (examples/welcome-new-members.workflow.json:
 * Z-API Trigger on Participant Added → Send Text to the group), with this package installed as a
 * community package. The local Z-API double plays Z-API: it records the registration, then sends
 * Z-API's documented example events (test/fixtures/zapi-events/) to the URL the trigger registered,
 * plus two forged calls and the workflow's own welcome coming back. A table shows which event started
 * an execution, and why the others did not. No account needed.
 *   --n8n <version>   which pinned n8n release to use (default: the newest)
 */
const fs = require('node:fs');
const path = require('node:path');
const { N8nInstance, doubleCredential } = require('./n8n/instance');
const { packPackage } = require('./n8n/pack');
const { DEFAULT_N8N, N8N_RELEASES } = require('./n8n/versions');
const { table } = require('./table');
const { formatDuration } = require('./n8n/run');
const { startZApiDouble } = require('../test/zapi-double/server');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'welcome-new-members.workflow.json');
const EVENTS_DIR = path.join(ROOT, 'test', 'fixtures', 'zapi-events');
const CREDENTIAL = { id: 'zApiDemoDouble01', name: 'Z-API (local double)' };
/**
 * Z-API only accepts https webhook URLs, so n8n is told its public address is this one (WEBHOOK_URL);
 * the double sends to n8n's local port instead, keeping the path and the secret.
 */
const PUBLIC_URL = 'https://n8n.demo.invalid/';
/** What the instance's "Upon receiving" webhook pointed at before: put back on deactivation. */
const PREVIOUS_URL = 'https://hooks.example.com/zapi';
/** Payload `type` → the Z-API webhook that sends it. */
const KIND_OF_TYPE = {
	receivedcallback: 'received',
	deliverycallback: 'delivery',
	messagestatuscallback: 'messageStatus',
	connectedcallback: 'connected',
	disconnectedcallback: 'disconnected',
	presencechatcallback: 'chatPresence',
};

function parseArgs(argv) {
	const options = { version: DEFAULT_N8N };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--n8n') options.version = argv[++i];
		else if (arg.startsWith('--n8n=')) options.version = arg.slice('--n8n='.length);
		else {
			console.error(
				`Usage: npm run demo:trigger [-- --n8n <version>]  (${Object.keys(N8N_RELEASES).join(' or ')}, default ${DEFAULT_N8N})`,
			);
			process.exit(2);
		}
	}
	if (!N8N_RELEASES[options.version]) {
		console.error(`demo:trigger: n8n ${options.version} is not a pinned release`);
		process.exit(2);
	}
	return options;
}

/** The documented example events, each with the webhook Z-API sends it on. */
function exampleEvents() {
	return fs
		.readdirSync(EVENTS_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			// Each fixture says where it comes from (provenance); the body Z-API sends is its payload.
			const { payload, provenance } = JSON.parse(
				fs.readFileSync(path.join(EVENTS_DIR, file), 'utf8'),
			);
			const kind = KIND_OF_TYPE[String(payload.type).toLowerCase()];
			const what =
				payload.notification ??
				(payload.status && kind !== 'received'
					? `${payload.type} ${payload.status}`
					: payload.type);
			const name = file.replace(/\.json$/, '');
			return { label: `${name} (${what})`, name, provenance, kind, payload };
		});
}

/** "Upon receiving" webhook → https://n8n.demo.invalid/webhook/<id>/zapi?secret=<hidden> */
function hideSecret(url) {
	return url.replace(/([?&]secret=)[^&]+/, '$1<64 hex, hidden>');
}

/**
 * Why no execution started, in a few words, from the trigger's answer (HTTP status and body);
 * undefined when the answer is n8n's own for a started execution.
 */
function noRunReason(status, body) {
	if (status === 401) return 'none: refused, no or wrong secret';
	if (status >= 400) return `none: refused (HTTP ${status})`;
	let message = '';
	try {
		message = String(JSON.parse(body).message ?? '');
	} catch {
		// not JSON: n8n's own answer
	}
	const ignored = /^Event ignored: (.*)$/.exec(message);
	if (!ignored) return undefined;
	const notChosen = /^"(.+)" is not one of the chosen events$/.exec(ignored[1]);
	return notChosen ? `none: ${notChosen[1]} is not a chosen event` : `none: ${ignored[1]}`;
}

/** Waits for an execution after the `before` first ones, and for it to end; resolves the list. */
async function waitForRun(executions, before) {
	const deadline = Date.now() + 30000;
	for (;;) {
		const runs = await executions();
		const ended = runs.length > before && !['new', 'running'].includes(runs[0].status);
		if (ended || Date.now() > deadline) return runs;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const started = Date.now();
	let double;
	let server;
	try {
		double = await startZApiDouble({ webhooks: { received: PREVIOUS_URL } });
		console.log(`Z-API double listening on ${double.url} (instance ${double.config.instanceId})`);

		const n8n = await N8nInstance.create({ version: options.version, name: 'demo-trigger' });
		console.log(
			`n8n ${options.version} (Node ${n8n.install.node.version}), user folder ${path.relative(ROOT, n8n.userFolder)}`,
		);
		const tarball = await packPackage();
		await n8n.installPackage(tarball);
		console.log(`Installed ${path.basename(tarball)} into .n8n/nodes as a community package`);

		const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
		for (const node of workflow.nodes) {
			if (node.credentials?.zApiApi) node.credentials.zApiApi = CREDENTIAL;
			// The instance's "Upon receiving" webhook already points elsewhere (PREVIOUS_URL): take it
			// over, and put it back on deactivation.
			if (node.type === 'n8n-nodes-z-api.zApiTrigger') node.parameters.replaceExisting = true;
		}
		await n8n.importCredentials([doubleCredential(CREDENTIAL, double)]);
		await n8n.importWorkflows(workflow);
		const activate = options.version.startsWith('1.')
			? ['update:workflow', `--id=${workflow.id}`, '--active=true']
			: ['publish:workflow', `--id=${workflow.id}`];
		const activated = await n8n.n8n(activate);
		if (activated.code !== 0)
			throw new Error(`n8n ${activate.join(' ')} failed:\n${activated.stderr}`);
		console.log(
			`Imported and activated "${workflow.name}"; starting n8n with WEBHOOK_URL=${PUBLIC_URL} …`,
		);

		server = await n8n.start({ extraEnv: { WEBHOOK_URL: PUBLIC_URL } });
		const { cookie } = await n8n.setupOwner(server.url);
		const rest = async (method, route, body) => {
			const response = await fetch(`${server.url}${route}`, {
				method,
				headers: { cookie, 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			if (!response.ok)
				throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
			return (await response.json()).data;
		};
		const executions = async () =>
			(
				await rest(
					'GET',
					`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: workflow.id }))}`,
				)
			).results;

		// n8n 2.x sets triggers up in the background, after "Editor is now accessible".
		const deadline = Date.now() + 60000;
		while (double.webhooks.received === PREVIOUS_URL && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const registered = double.webhooks.received;
		if (registered === PREVIOUS_URL) {
			const log = n8n.printed.find((p) => p.command === 'n8n start');
			const lines = `${log?.stdout ?? ''}${log?.stderr ?? ''}`.trim().split('\n');
			const tail = lines.filter((line) => /Z-API|activat|webhook/i.test(line)).slice(-15);
			throw new Error(
				`the trigger did not register its URL within 60 s; n8n printed:\n${tail.join('\n')}`,
			);
		}
		console.log(
			`\nRegistered at startup: "Upon receiving" webhook → ${hideSecret(registered)} (was ${PREVIOUS_URL}; Replace Existing Webhook is on)`,
		);

		const local = new URL(new URL(registered).pathname, server.url);
		const forged = (secret) => {
			const url = new URL(local);
			if (secret) url.searchParams.set('secret', secret);
			return url.href;
		};
		const events = exampleEvents();
		// The group of the documented examples, known to the double (it refuses unknown groups).
		double.addGroup({ id: '120363423529374305-group', name: 'Linux Foundation' });
		const join = events.find((event) => event.payload.notification === 'GROUP_PARTICIPANT_ADD');
		const groupText = events.find((event) => event.name === 'text-group');
		if (!join || !groupText) throw new Error(`${EVENTS_DIR} lacks participant-added or text-group`);
		const calls = [
			...events,
			{ label: 'participant-added, no secret (forged)', url: forged(), payload: join.payload },
			{
				label: 'participant-added, wrong secret (forged)',
				url: forged('0'.repeat(64)),
				payload: join.payload,
			},
			{
				label: 'the welcome itself, sent back as fromMe',
				kind: 'received',
				force: true,
				payload: {
					...groupText.payload,
					fromMe: true,
					fromApi: true,
					text: { message: 'Welcome to …' },
				},
			},
		];

		const rows = [];
		const welcomes = [];
		for (const call of calls) {
			const row = {
				label: call.label,
				provenance: call.provenance ?? '-',
				webhook: call.kind ?? '(forged)',
				answer: '-',
				run: '',
			};
			rows.push(row);
			if (call.kind && !double.webhooks[call.kind]) {
				row.run = 'not sent: this webhook is not registered';
				continue;
			}
			const before = (await executions()).length;
			const sendsBefore = double.count('/send-text');
			const answer = call.url
				? await double.deliverTo(call.url, call.payload)
				: await double.deliver(call.kind, call.payload, { origin: server.url, force: call.force });
			if (answer.skipped) {
				row.run = 'not sent: notify-sent-by-me is off';
				continue;
			}
			row.answer = String(answer.status);
			const reason = noRunReason(answer.status, answer.body);
			if (reason) {
				// The trigger answered without starting anything; check that n8n agrees.
				await new Promise((resolve) => setTimeout(resolve, 300));
				const after = (await executions()).length;
				row.run = after > before ? `started, although: ${reason}` : reason;
				continue;
			}
			const runs = await waitForRun(executions, before);
			const send = double.requests.filter((r) => r.endpoint === '/send-text').slice(sendsBefore)[0];
			row.run =
				`started (${runs[0]?.status ?? 'not seen'})` +
				(send ? `: welcome sent to ${send.body.phone}` : '');
			if (send) welcomes.push(send.body.message);
		}

		console.log(
			`\nZ-API's example events sent to the trigger (only Participant Added is chosen):\n`,
		);
		console.log(
			table(rows, [
				{ title: 'Event (test/fixtures/zapi-events)', value: (r) => r.label },
				{ title: 'Docs example', value: (r) => r.provenance },
				{ title: 'Webhook', value: (r) => r.webhook },
				{ title: 'HTTP', value: (r) => r.answer },
				{ title: 'Execution', value: (r) => r.run },
			]),
		);

		for (const welcome of welcomes) console.log(`\nThe welcome (Send Text): "${welcome}"`);
		await rest('POST', `/rest/workflows/${workflow.id}/deactivate`, {});
		// n8n 2.x removes the trigger in the background.
		const restoreBy = Date.now() + 30000;
		while (double.webhooks.received !== PREVIOUS_URL && Date.now() < restoreBy) {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		console.log(
			`\nDeactivated the workflow: the "Upon receiving" webhook points at ${hideSecret(double.webhooks.received)} again.`,
		);
		const runCount = rows.filter((row) => row.run.startsWith('started')).length;
		console.log(`${runCount} execution(s) started, ${double.count('/send-text')} welcome(s) sent.`);
	} finally {
		await server?.stop();
		await double?.close();
	}
	console.log(`\nDone in ${formatDuration(Date.now() - started)}.`);
}

main().catch((error) => {
	console.error(`\ndemo:trigger failed: ${error.message}`);
	process.exit(1);
});
