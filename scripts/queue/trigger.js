'use strict';
/**
 * The Z-API Trigger on the queue: the README's example (Participant Added → Send Text to the group)
 * with automatic registration. The main registers the webhook once when it activates the workflow
 * (workers never do) and answers Z-API's calls; the workers run the executions. The double then
 * plays Z-API: `count` distinct events at `rate` per second, open loop, to exactly the URL the
 * trigger registered; one in ten is a text the filter drops. Every other one must start exactly one
 * execution (Postgres) and one welcome (the double): none lost, none doubled.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('../n8n/install');
const { settle, executions, lastExecutionId } = require('./load');
const { check, checkShares } = require('./checks');
const { workerShares, components } = require('./phases');
const { cpuSnapshot, formatCpu } = require('./cpu');
const { CREDENTIAL } = require('./workflow');
const { openLoop } = require('./openLoop');
const { triggerEvents, registeredSecret, forgedUrl } = require('./triggerEvents');
const { account, summary } = require('./triggerAccounting');

/** The example workflow, on this test's credential. */
function welcomeWorkflow() {
	const file = path.join(ROOT, 'examples', 'welcome-new-members.workflow.json');
	const workflow = JSON.parse(fs.readFileSync(file, 'utf8'));
	workflow.id = 'zApiQueueWelcom1';
	for (const node of workflow.nodes)
		if (node.credentials) node.credentials = { zApiApi: CREDENTIAL };
	return workflow;
}

async function waitFor(what, test, timeoutMs = 120000) {
	const deadline = Date.now() + timeoutMs;
	while (!test()) {
		if (Date.now() > deadline) throw new Error(`${what} did not happen in ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Resolves the secret the trigger registered (for the log scan). */
async function triggerPhase(context, { workflowId, count, rate, flatted }) {
	const { double, cluster, postgres } = context;
	await waitFor('the webhook registration', () => double.webhooks.received !== '');
	const setters = double.requests.filter((r) => r.endpoint === '/update-webhook-received');
	check(
		setters.length === 1,
		`the trigger registered its webhook once, from the main (${setters.length} setter call(s))`,
	);
	const registered = double.webhooks.received;
	const secret = registeredSecret(postgres, workflowId, registered);
	check(
		secret !== undefined,
		'the registered URL carries the secret (for the forged call and the log scan)',
	);

	const afterId = lastExecutionId(postgres);
	const firstRequest = double.requests.length;
	const events = triggerEvents(count);
	// The group the events are about, known to the double (the welcome is sent to it).
	const { phone: groupId, chatName } = events[0].payload;
	if (!double.group(groupId)) double.addGroup({ id: groupId, name: chatName });
	const origin = cluster.main.url;
	const cpuBefore = cpuSnapshot(components(context));
	// deliver(): a POST to the URL the double recorded at registration, on the main's local origin.
	const records = await openLoop(count, rate, (i) =>
		double.deliver('received', events[i].payload, { origin }),
	);
	const forged = { ...events[0].payload, messageId: 'QUEUEFORGED', notificationParameters: [] };
	const refused = secret
		? await double.deliverTo(forgedUrl(registered, secret, origin), forged)
		: { status: 'not sent' };

	const passing = events.filter((event) => event.passes).length;
	const settleMs = Math.max(600000, passing * 400);
	// Nothing moved for 30 s: what is missing is lost, what is open is stuck; the books say so.
	await settle(postgres, workflowId, afterId, passing, { timeoutMs: settleMs, quietMs: 30000 });
	const cpu = cpuSnapshot(components(context)).since(cpuBefore);
	const runs = executions(postgres, workflowId, afterId, { withData: true, flatted });
	const sends = double.requests.slice(firstRequest).filter((r) => r.endpoint === '/send-text');
	const books = account({ events, records, runs, sends });
	const { executions: ex, welcomes } = books;

	console.log(`  ${summary(books, rate)}`);
	const { main, ...others } = cpu.perGroup;
	const rest = Object.values(others).reduce((a, b) => a + b, 0);
	console.log(
		`  CPU: ${formatCpu(cpu)}; per event: main ${(main / count).toFixed(0)} ms, ` +
			`the rest (workers, Postgres, Redis) ${(rest / passing).toFixed(0)} ms per execution`,
	);
	check(
		books.answered2xx === count,
		`${count} events sent, ${books.answered2xx} answered 2xx by the main: ${JSON.stringify(books.statuses)}`,
	);
	check(
		refused.status >= 400 && refused.status < 500,
		`a call with a wrong secret refused: HTTP ${refused.status}`,
	);
	check(
		ex.count === passing && ex.lost === 0 && ex.doubled === 0 && ex.strays === 0,
		`${ex.count} executions for the ${passing} events that pass the filter: ` +
			`${ex.lost} lost, ${ex.doubled} doubled, ${ex.strays} for no such event ` +
			`(the ${count - passing} dropped texts and the forged call included)`,
	);
	check(
		ex.count > 0 && ex.statuses.success === ex.count,
		`every trigger execution "success": ${JSON.stringify(ex.statuses)}`,
	);
	check(
		welcomes.count === passing && welcomes.lost + welcomes.doubled + welcomes.strays === 0,
		`${welcomes.count} welcome messages sent, one to each of the ${passing} new participants ` +
			`(${welcomes.lost} lost, ${welcomes.doubled} doubled)`,
	);
	checkShares({ runs, shares: workerShares(cluster) }, ['A', 'B']);
	return secret;
}

module.exports = { welcomeWorkflow, triggerPhase };
