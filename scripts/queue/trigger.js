'use strict';
/**
 * The Z-API Trigger on the queue: the README's example (Participant Added → Send Text to the group)
 * with automatic registration. The main registers the webhook once when it activates the workflow
 * (workers never do) and answers Z-API's calls; the workers run the executions. The double then
 * plays Z-API: `count` "participant added" events, each for a participant of its own.
 */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('../n8n/install');
const { settle, executions, lastExecutionId } = require('./load');
const { check, countBy, distinct } = require('./checks');
const { CREDENTIAL } = require('./workflow');

/** The example workflow, on this test's credential. */
function welcomeWorkflow() {
	const file = path.join(ROOT, 'examples', 'welcome-new-members.workflow.json');
	const workflow = JSON.parse(fs.readFileSync(file, 'utf8'));
	workflow.id = 'zApiQueueWelcom1';
	for (const node of workflow.nodes)
		if (node.credentials) node.credentials = { zApiApi: CREDENTIAL };
	return workflow;
}

function participantAdded(index) {
	const file = path.join(ROOT, 'test', 'fixtures', 'zapi-events', 'participant-added.json');
	const { payload } = JSON.parse(fs.readFileSync(file, 'utf8'));
	const phone = `5544977${String(index).padStart(6, '0')}`;
	return {
		phone,
		payload: { ...payload, messageId: `QUEUE${index}`, notificationParameters: [phone] },
	};
}

async function waitFor(what, test, timeoutMs = 120000) {
	const deadline = Date.now() + timeoutMs;
	while (!test()) {
		if (Date.now() > deadline) throw new Error(`${what} did not happen in ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Resolves the secret the trigger registered (for the log scan). */
async function triggerPhase(context, { workflowId, count, parallel }) {
	const { double, cluster, postgres } = context;
	await waitFor('the webhook registration', () => double.webhooks.received !== '');
	const setters = double.requests.filter((r) => r.endpoint === '/update-webhook-received');
	check(
		setters.length === 1,
		`the trigger registered its webhook once, from the main (${setters.length} setter call(s))`,
	);
	const registered = new URL(double.webhooks.received);

	const afterId = lastExecutionId(postgres);
	const firstRequest = double.requests.length;
	const events = Array.from({ length: count }, (_, i) => participantAdded(i + 1));
	// The group the events are about, known to the double (the welcome is sent to it).
	const { phone: groupId, chatName } = events[0].payload;
	if (!double.group(groupId)) double.addGroup({ id: groupId, name: chatName });
	let next = 0;
	const answers = [];
	const lane = async () => {
		while (next < events.length) {
			const event = events[next++];
			answers.push(await double.deliver('received', event.payload, { origin: cluster.main.url }));
		}
	};
	await Promise.all(Array.from({ length: parallel }, lane));
	const forged = new URL(registered.pathname, cluster.main.url);
	forged.searchParams.set('secret', 'not-the-secret');
	const refused = await double.deliverTo(forged.href, events[0].payload);

	const counts = await settle(postgres, workflowId, afterId, count);
	const runs = executions(postgres, workflowId, afterId);
	const sends = double.requests.slice(firstRequest).filter((r) => r.endpoint === '/send-text');
	const welcomed = sends.map((r) => events.find((e) => r.body.message.includes(e.phone))?.phone);
	check(
		answers.every((answer) => answer.status === 200),
		`${count} events delivered, each answered 200 by the main: ${JSON.stringify(countBy(answers.map((a) => a.status)))}`,
	);
	check(refused.status === 401, `a call with a wrong secret refused: HTTP ${refused.status}`);
	check(
		runs.length === count && counts.success === count,
		`${runs.length} trigger executions, all "success": ${JSON.stringify(counts)}`,
	);
	check(
		sends.length === count && distinct(welcomed.filter(Boolean)) === count,
		`${sends.length} welcome messages sent, one to each of the ${count} new participants`,
	);
	const ids = new Set(runs.map((run) => run.id));
	const shares = {};
	for (const { name, text } of cluster.workerLogs()) {
		for (const [, id] of text.matchAll(/Worker started execution (\d+) \(job/g)) {
			if (ids.has(id)) shares[name] = (shares[name] ?? 0) + 1;
		}
	}
	check(
		Object.keys(shares).length === 2,
		`the workers ran them: ${Object.entries(shares)
			.map(([name, n]) => `${name} ${n}`)
			.join(', ')}`,
	);
	return registered.searchParams.get('secret');
}

module.exports = { welcomeWorkflow, triggerPhase };
