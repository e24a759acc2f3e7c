'use strict';
/**
 * After the worker kill (part 3), what the README tells a user to do after a crash: send the inputs
 * of the executions that did not succeed again, through the same workflow with If a Group With This
 * Name Exists → Return the Existing Group. Each re-run succeeds; a name whose first create had reached
 * Z-API (the double) comes back as that group (alreadyExisted: true, its id), the others are created
 * (alreadyExisted: false); in the end each name of part 3 is exactly one group. How many of the lost
 * creates had reached Z-API depends on the kill's timing (0 to 10 seen), so 2 inputs whose executions
 * had succeeded are sent again too (a user running a half-finished batch again): the Return the
 * Existing Group path is exercised in every run, whatever the kill left.
 */
const { post, settle, executions, lastExecutionId } = require('./load');
const { check, countBy, distinct, nodeItems } = require('./checks');
const { RERUN_WEBHOOK_PATH } = require('./workflow');

/** Inputs of executions that succeeded, sent again with the failed ones. */
const SUCCEEDED_AGAIN = 2;

/** The webhook body an execution received: from its run data, else from its execution stack. */
function inputOf(run) {
	const fromRun = nodeItems(run, 'Webhook')[0]?.json?.body;
	if (fromRun) return fromRun;
	for (const entry of run.data?.executionData?.nodeExecutionStack ?? []) {
		const body = entry?.data?.main?.[0]?.[0]?.json?.body;
		if (body) return body;
	}
	return undefined;
}

/**
 * The inputs to send again: those of the phase for which no successful execution output a group (the
 * test's own bookkeeping, as a user has their sheet or CRM), and the names Postgres holds for the
 * executions that did not succeed. n8n 2.41.1 keeps none: an execution it fails after a worker crash
 * has empty run data and an empty execution stack, so the input must come from where it came from.
 */
function inputsToRunAgain(phase) {
	const done = new Set(
		phase.runs
			.filter((run) => run.status === 'success')
			.map((run) => nodeItems(run, 'Create Group')[0]?.json?.groupName),
	);
	const recorded = phase.runs
		.filter((run) => run.status !== 'success')
		.map((run) => inputOf(run)?.name)
		.filter(Boolean);
	return { bodies: phase.bodies.filter((body) => !done.has(body.name)), recorded };
}

/** name -> 'existed' when a create of it reached the double before the re-run, else 'created'. */
function expectedOutcomes(names, earlierCreates) {
	const reached = new Set(earlierCreates.map((request) => request.body.groupName));
	return new Map(names.map((name) => [name, reached.has(name) ? 'existed' : 'created']));
}

/** The re-run outputs that are not what `outcomes` expects: [`name: why`]. */
function wrongOutputs(outputs, outcomes, idsByName) {
	const wrong = [];
	for (const [name, expected] of outcomes) {
		const found = outputs.filter((output) => output?.groupName === name);
		const [output] = found;
		const ids = idsByName.get(name) ?? [];
		if (found.length !== 1) wrong.push(`${name}: ${found.length} outputs`);
		else if (output.alreadyExisted !== (expected === 'existed'))
			wrong.push(`${name}: alreadyExisted ${output.alreadyExisted}, expected ${expected}`);
		else if (ids.length !== 1 || output.groupId !== ids[0])
			wrong.push(`${name}: groupId ${output.groupId}, the double has ${ids.join(', ') || 'none'}`);
		else if (!/^https:\/\/chat\.whatsapp\.com\//.test(output.invitationLink ?? ''))
			wrong.push(`${name}: no invitation link`);
	}
	return wrong;
}

/** The double's groups, as Z-API's group list has them: name -> [ids]. */
async function groupsAtDouble(double) {
	const { instanceId, instanceToken, clientToken } = double.config;
	const url = `${double.url}/instances/${instanceId}/token/${instanceToken}/groups?page=1&pageSize=1000000`;
	const answer = await fetch(url, { headers: { 'Client-Token': clientToken } });
	const byName = new Map();
	for (const group of await answer.json()) {
		byName.set(group.name, [...(byName.get(group.name) ?? []), group.phone]);
	}
	return byName;
}

async function rerunPhase(context, { phase, workflowId, parallel }) {
	const { postgres, double, cluster, flatted } = context;
	const { bodies, recorded } = inputsToRunAgain(phase);
	const notSuccess = phase.runs.filter((run) => run.status !== 'success');
	const failedNames = bodies.map((body) => body.name);
	check(
		bodies.length === notSuccess.length && recorded.every((name) => failedNames.includes(name)),
		`${bodies.length} inputs to send again (the names no successful execution output a group for), one per ` +
			`execution that did not succeed (${notSuccess.length}); n8n kept the input of ${recorded.length} of them`,
	);
	// Two that had succeeded, with the group id their execution output.
	const firstIds = new Map();
	for (const run of phase.runs.filter((r) => r.status === 'success').slice(0, SUCCEEDED_AGAIN)) {
		bodies.push(inputOf(run));
		firstIds.set(inputOf(run).name, nodeItems(run, 'Create Group')[0]?.json?.groupId);
	}
	const names = bodies.map((body) => body.name);
	const outcomes = expectedOutcomes(names, phase.creates);
	const afterId = lastExecutionId(postgres);
	const firstRequest = double.requests.length;
	const load = await post(`${cluster.main.url}/webhook/${RERUN_WEBHOOK_PATH}`, bodies, {
		parallel,
	});
	const counts = await settle(postgres, workflowId, afterId, bodies.length - load.refused.length);
	const runs = executions(postgres, workflowId, afterId, { withData: true, flatted });
	const requests = double.requests.slice(firstRequest);
	check(
		load.refused.length === 0 && runs.length === bodies.length && counts.success === runs.length,
		`${bodies.length} webhook calls accepted, ${runs.length} executions, every one "success": ${JSON.stringify(counts)}`,
	);

	const idsByName = await groupsAtDouble(double);
	const outputs = runs.map((run) => nodeItems(run, 'Create Group')[0]?.json);
	const wrong = wrongOutputs(outputs, outcomes, idsByName);
	const existed = failedNames.filter((name) => outcomes.get(name) === 'existed').length;
	const created = failedNames.length - existed;
	check(
		wrong.length === 0,
		`each re-run of a failed execution output its group: ${existed} already existed (alreadyExisted: true, ` +
			`the id of the group the killed run's create had made), ${created} created (alreadyExisted: false)` +
			(wrong.length ? `; not so: ${wrong.join('; ')}` : ''),
	);
	const again = outputs.filter((output) => firstIds.has(output?.groupName));
	check(
		firstIds.size === SUCCEEDED_AGAIN &&
			again.length === firstIds.size &&
			again.every((o) => o.alreadyExisted === true && o.groupId === firstIds.get(o.groupName)),
		`${again.length} inputs whose execution had succeeded, sent again too: each returned as existing ` +
			`(alreadyExisted: true, the id its first execution output), not created again`,
	);
	const creates = requests.filter((r) => r.endpoint === '/create-group');
	const createdNames = names.filter((name) => outcomes.get(name) === 'created');
	check(
		creates.length === created &&
			createdNames.every((name) => creates.some((r) => r.body.groupName === name)),
		`${creates.length} creates during the re-run: only the names whose first create never reached the double`,
	);
	const all = [...phase.creates, ...creates].map((r) => r.body.groupName);
	const groups = phase.names.map((name) => (idsByName.get(name) ?? []).length);
	check(
		groups.every((n) => n === 1) &&
			all.length === phase.names.length &&
			distinct(all) === all.length,
		`exactly one group per name of part 3 at the double (${phase.names.length} names: ${JSON.stringify(countBy(groups))} ` +
			`groups each); ${all.length} creates of them in all (part 3: ${phase.creates.length}, re-run: ${creates.length}), none twice`,
	);
	const lists = requests.filter((r) => r.endpoint === '/groups');
	const series = lists.filter((r) => r.query.page === '1').length;
	const total = [...idsByName.values()].reduce((sum, ids) => sum + ids.length, 0);
	check(
		series === runs.length && lists.every((r) => r.query.pageSize === '100'),
		`the group list read once per re-run execution: ${series} series for ${runs.length} executions, ` +
			`${lists.length} pages of 100 in all (${total} groups at the double)`,
	);
	const links = requests.filter((r) => r.route === '/group-invitation-link/:groupId').length;
	console.log(
		`  re-run ${failedNames.length} failed executions: ${existed} already existed, ${created} created ` +
			`(+ ${again.length} that had succeeded, returned as existing); list reads: ${lists.length} ` +
			`pages (${(lists.length / Math.max(runs.length, 1)).toFixed(1)} per execution); ${links} invitation links read`,
	);
	return { runs, existed, created, listPages: lists.length };
}

module.exports = { rerunPhase, inputOf, inputsToRunAgain, expectedOutcomes, wrongOutputs };
