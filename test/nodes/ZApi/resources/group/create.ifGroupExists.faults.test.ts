/**
 * If a Group With This Name Exists when things go wrong: every fault on the group list and on the
 * existing group's invitation link (no create, no secret), a create whose answer was lost followed by
 * a new execution with Return the Existing Group, and n8n's Retry On Fail.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useFaultDouble } from '../../../../helpers/faultRunner';
import { TIMEOUT_MS, faults } from '../../../../helpers/faultTable';
import {
	CREATE_GROUP,
	countConnections,
	expectNoSecrets,
	refusedBaseUrl,
	runZApi,
} from '../../../../helpers/scenario';
import type { NodeSettings } from '../../../../helpers/scenario';

const double = useFaultDouble();

const item = (name: string) => ({ name, participants: '5511988887777', invite: true });
const RETURN = { ifGroupExists: 'returnExisting', timeout: TIMEOUT_MS };
const ONLY_READS = 'The request only reads, so it changed nothing: you can run it again.';
const NOT_SENT_AGAIN = 'The node never sends such a request a second time by itself.';

function run(
	options: INodeParameters,
	items: IDataObject[],
	{ settings, baseUrl }: { settings?: NodeSettings; baseUrl?: string } = {},
) {
	const parameters = { ...CREATE_GROUP, options };
	return runZApi(double, { items, parameters, settings, credentials: baseUrl ? { baseUrl } : {} });
}

const creates = () => double.requests.filter((request) => request.endpoint === '/create-group');

describe.each([
	{ on: 'the group list', route: '/groups', action: () => 'list the groups (page 1)' },
	{
		on: "the existing group's invitation link",
		route: '/group-invitation-link/:groupId',
		action: (id: string) => `get the invitation link of the existing group "Sales" (${id})`,
	},
])('Return the Existing Group, a fault on $on', ({ route, action }) => {
	const rows = route === '/groups' ? faults : faults.filter((row) => row.fault);
	test.each(rows)('$name: a clear NodeApiError, no create, no secret', async (row) => {
		const id = double.addGroup({ name: 'Sales' });
		if (row.fault) double.setFault(route, row.fault);
		const baseUrl = row.fault ? double.url : await refusedBaseUrl();
		const { value: result } = await countConnections(baseUrl, () =>
			run(RETURN, [item('Sales')], { baseUrl }),
		);

		const error = result.error as unknown as { name: string; message: string; description: string };
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe(
			row.message.replace('{action}', action(id)).replace('{host}', new URL(baseUrl).host),
		);
		expect(error.description).toMatch(row.description);
		// Both requests only read: a lost answer changed nothing.
		expect(error.description.includes(ONLY_READS)).toBe(row.uncertain);
		expect(error.description).not.toContain(NOT_SENT_AGAIN);
		expect(creates()).toHaveLength(0);
		expectNoSecrets(result.text, double);
	});
});

describe('Return the Existing Group after a create whose answer was lost', () => {
	test('a new execution returns the group the first one created, and sends no create', async () => {
		double.setFault('/create-group', { reset: 'after' });
		const first = await run({ timeout: TIMEOUT_MS }, [item('Sales')]);
		expect(first.error?.message).toContain('The group may have been created anyway');
		// The double made the group before it cut the connection: the first of this test.
		const id = '120363019502600001-group';
		expect(double.group(id)?.name).toBe('Sales');

		const again = await run(RETURN, [item('Sales')]);
		expect(again.error).toBeUndefined();
		expect(creates()).toHaveLength(1);
		expect(again.output()[0].json).toMatchObject({ groupId: id, alreadyExisted: true });
		expectNoSecrets(first.text + again.text, double);
	});

	test('in the same execution, a later item of that name fails instead of creating it again', async () => {
		double.setFault('/create-group', { reset: 'after' });
		const result = await run(RETURN, [item('Sales'), item('Sales'), item('Support')], {
			settings: { onError: 'continueRegularOutput' },
		});
		const [lost, later, other] = result.output().map((entry) => entry.json);
		expect(lost).toMatchObject({ mayHaveReachedZApi: true });
		expect(later).toEqual({
			error:
				'The group "Sales" may already exist: a create of this name earlier in this execution may have reached Z-API (its answer was lost). Look for it with Group → Get Many before creating it, or run the workflow again with Return the Existing Group',
		});
		expect(other).toMatchObject({ groupName: 'Support', alreadyExisted: false });
		expect(creates().map((request) => request.body.groupName)).toEqual(['Sales', 'Support']);
	});
});

describe('Return the Existing Group and Retry On Fail', () => {
	const settings: NodeSettings = { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 };

	test('a follow-up refused once is retried on the group the item created, not returned as existing', async () => {
		double.setFault('/update-group-description', { status: 400, body: { error: 'busy' } });
		const result = await runZApi(double, {
			items: [item('Sales')],
			parameters: {
				...CREATE_GROUP,
				options: RETURN,
				additionalFields: { groupDescription: 'Hi' },
			},
			settings,
		});
		expect(result.error).toBeUndefined();
		expect(creates()).toHaveLength(1);
		expect(result.output()[0].json).toMatchObject({
			alreadyExisted: false,
			descriptionUpdated: true,
		});
		expect(double.count('/update-group-description')).toBe(2);
	});

	test('a lost create is not sent again by the retry', async () => {
		double.setFault('/create-group', { reset: 'after' });
		const result = await run(RETURN, [item('Sales')], { settings });
		expect(result.error?.message).toContain('The group may have been created anyway');
		expect(creates()).toHaveLength(1);
		expect(double.count('/groups')).toBe(1);
	});
});
