/**
 * Issue 14 in a real n8n: a batch of 10 Create Group items whose 6th create loses its answer (Z-API
 * created the group, then the connection broke), then the same batch run again with If a Group With
 * This Name Exists → Return the Existing Group. Runs inside the Group → Create suite's n8n.
 */
import type { RealN8n, Workflow } from './helpers/realN8n';
import { SECRETS, createGroupWorkflow, nodeOutput } from './helpers/realN8n';

/** What a sheet or a CRM gives: ten names (one with the spaces a cell keeps), one participant each. */
export const RERUN_ITEMS = [
	'Rerun Alpha',
	'  Rerun Beta  ',
	'Rerun Gamma',
	'Rerun Delta',
	'Rerun Epsilon',
	'Rerun Zeta',
	'Rerun Eta',
	'Rerun Theta',
	'Rerun Iota',
	'Rerun Kappa',
].map((name, i) => ({ name, participants: `55119${String(80000000 + i)}`, invite: true }));
const NAMES = RERUN_ITEMS.map((item) => item.name.trim());
/** The create that loses its answer: the 6th. */
const LOST = 5;

/** The same batch, with Create's Options as given: once with the defaults, once to run it again. */
function rerunWorkflow(id: string, options?: Record<string, unknown>): Workflow {
	const workflow = createGroupWorkflow(id, { items: RERUN_ITEMS });
	if (options)
		workflow.nodes.find((node) => node.name === 'Create Group')!.parameters.options = options;
	return workflow;
}

export const firstRun = rerunWorkflow('zApiE2eRerunDef1');
export const runAgain = rerunWorkflow('zApiE2eRerunRet1', { ifGroupExists: 'returnExisting' });
export const safeRerunWorkflows = [firstRun, runAgain];

/** The groups the double lists, as Z-API's group list has them (read after the runs were judged). */
async function listedGroups(real: RealN8n): Promise<Array<{ name: string; phone: string }>> {
	const { double } = real;
	const url = `${double.url}/instances/${double.config.instanceId}/token/${SECRETS.instanceToken}/groups?page=1&pageSize=1000`;
	const answer = await fetch(url, { headers: { 'Client-Token': SECRETS.clientToken } });
	return (await answer.json()) as Array<{ name: string; phone: string }>;
}

function expectNoSecrets(run: unknown) {
	const text = JSON.stringify(run);
	for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
	expect(text).not.toMatch(/\/token\//);
}

export function safeRerunTests(real: RealN8n) {
	it('a batch of 10 cut by a lost create on the 6th, run again with Return the Existing Group: 10 groups, none twice', async () => {
		const { double } = real;
		const creates = (from: number) =>
			double.requests.slice(from).filter((r) => r.endpoint === '/create-group');
		// Five creates answered, then the 6th is done at the double and its connection dies.
		double.setFault('/create-group', { reset: 'after', skip: LOST });

		const first = await real.execute(firstRun.id);

		expect(first.run.status).toBe('error');
		const error = first.run.data.resultData.error;
		expect(error.message).toMatch(
			new RegExp(
				`^The connection to Z-API at 127\\.0\\.0\\.1:\\d+ broke before it answered when trying to create the group "${NAMES[LOST]}"\\. The group may have been created anyway`,
			),
		);
		// The message says what to do: run it again with Return the Existing Group.
		expect(error.message).toMatch(/Return the Existing Group/);
		expect(creates(0).map((r) => r.body.groupName)).toEqual(NAMES.slice(0, LOST + 1));
		// Create Another (the default) never reads the group list.
		expect(double.count('/groups')).toBe(0);
		expectNoSecrets(first.run);
		const afterFirst = double.requests.length;

		const again = await real.execute(runAgain.id);

		const againError = again.run.data.resultData.error;
		expect({ status: again.run.status, error: againError?.message }).toEqual({
			status: 'success',
			error: undefined,
		});
		const requests = double.requests.slice(afterFirst);
		// One read of the group list for the whole execution (one page: 6 groups < 100), before any create.
		const lists = requests.filter((r) => r.endpoint === '/groups');
		expect(lists.map((r) => r.query)).toEqual([{ page: '1', pageSize: '100' }]);
		expect(requests.findIndex((r) => r.endpoint === '/groups')).toBeLessThan(
			requests.findIndex((r) => r.endpoint === '/create-group'),
		);
		// Only the 4 names the first run never reached are created; the 6 others are not sent again.
		expect(creates(afterFirst).map((r) => r.body.groupName)).toEqual(NAMES.slice(LOST + 1));
		// 10 creates in all (6 + 4), each name once.
		expect(creates(0).map((r) => r.body.groupName)).toEqual(NAMES);

		const items = nodeOutput(again.run, 'Create Group');
		expect(items.map((item) => item.pairedItem)).toEqual(NAMES.map((_, item) => ({ item })));
		const listed = await listedGroups(real);
		// Exactly 10 groups at the double, each name once (listed in the order they were created).
		expect(listed.map((group) => group.name)).toEqual(NAMES);
		items.forEach(({ json }, index) => {
			const groupId = listed[index].phone;
			const link = double.group(groupId)!.invitationLink;
			expect(link).toMatch(/^https:\/\/chat\.whatsapp\.com\//);
			const existed = index <= LOST;
			expect(json).toMatchObject({
				phone: groupId,
				groupId,
				groupName: NAMES[index],
				invitationLink: link,
				alreadyExisted: existed,
			});
			// No Additional Fields: nothing to skip on an existing group.
			if (existed) expect(json.followUpsSkipped).toEqual([]);
			else expect(json.phones).toEqual([RERUN_ITEMS[index].participants]);
		});
		const flags = items.map((item) => item.json.alreadyExisted);
		expect(flags.filter((flag) => flag === true)).toHaveLength(6);
		expect(flags.filter((flag) => flag === false)).toHaveLength(4);
		// The uncertain 6th is the group the first run's lost create made at the double.
		expect(items[LOST].json.groupId).toBe(listed[LOST].phone);
		// Each existing group's link is read fresh, once.
		const linkReads = requests.filter((r) => r.route === '/group-invitation-link/:groupId');
		expect(linkReads.map((r) => r.groupId)).toEqual(
			listed.slice(0, LOST + 1).map((group) => group.phone),
		);
		expectNoSecrets(again.run);
	});
}
