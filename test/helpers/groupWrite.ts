/**
 * For the operations that change an existing group (Add Participants, Update Name…): the checks every
 * one of these operations must pass, run with runZApi against the Z-API double.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeSettings, ZApiDouble } from './scenario';
import { expectNoSecrets, runZApi } from './scenario';

/** The end of the message of a change that may have been made although no clear answer came back. */
const CHANGE_MAY_HAVE_BEEN_MADE =
	'. The change may have been made anyway: check the group (Group → Get Metadata) before you run this again.';

export interface GroupWriteSpec {
	operation: string;
	endpoint: string;
	/** Node parameters reading the item, e.g. `{groupId: '={{ $json.groupId }}'}`. */
	parameters: INodeParameters;
	/** Participants of the groups the tests create in the double. */
	participants?: string[];
	/** A valid input item for the group. */
	item(groupId: string): Record<string, unknown>;
	/** The exact body Z-API must get for that item. */
	body(groupId: string): IDataObject;
	/** The exact output item for it. */
	output(groupId: string): IDataObject;
	/** The action words in error messages, e.g. `rename the group 1203…-group`. */
	action(groupId: string): string;
}

/** The tests every write operation on an existing group must pass. Call inside the test file. */
export function describeGroupWriteBasics(double: ZApiDouble, spec: GroupWriteSpec) {
	const addGroup = (name = 'Team') =>
		double.addGroup({ name, participants: spec.participants ?? [] });
	const run = (items: Array<Record<string, unknown>>, settings?: NodeSettings) =>
		runZApi(double, {
			parameters: { resource: 'group', operation: spec.operation, ...spec.parameters },
			items,
			settings,
		});

	describe(`${spec.operation}: what every group write does`, () => {
		test(`sends POST ${spec.endpoint} with exactly the documented body and outputs a flat, paired item`, async () => {
			const groupId = addGroup();
			const result = await run([spec.item(groupId)]);

			expect(result.error).toBeUndefined();
			expect(double.requests).toHaveLength(1);
			const [request] = double.requests;
			expect(request.method).toBe('POST');
			expect(request.url).toBe(
				`/instances/${double.config.instanceId}/token/${double.config.instanceToken}${spec.endpoint}`,
			);
			expect(request.headers['content-type']).toMatch(/^application\/json/);
			expect(request.body).toEqual(spec.body(groupId));
			expect(result.output()).toEqual([{ json: spec.output(groupId), pairedItem: { item: 0 } }]);
			expectNoSecrets(result.text, double);
		});

		test.each([
			[
				'5511999998888',
				'Group ID: "5511999998888" is not a group ID (this looks like a phone number; a group ID ends in -group): use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429',
			],
			[
				'',
				'Group ID: no group ID given (got ""): use the ID Z-API gave the group, e.g. 120363019502650977-group',
			],
		])('Group ID %j fails the item before any request', async (groupId, message) => {
			const valid = addGroup();
			const result = await run([{ ...spec.item(valid), groupId }]);
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});

		test('an unknown group fails with what Z-API said, and no secret', async () => {
			const groupId = '120363019502699999-group';
			const result = await run([spec.item(groupId)]);
			expect(result.error?.message).toBe(
				`Z-API rejected the request (HTTP 400) when trying to ${spec.action(groupId)}: Group not found`,
			);
			expect(result.error?.name).toBe('NodeApiError');
			expect(double.requests).toHaveLength(1);
			expectNoSecrets(result.text, double);
		});

		test('an answer with "value": false is a failure, not a success', async () => {
			const groupId = addGroup();
			double.setFault(spec.endpoint, { status: 200, body: { value: false } });
			const result = await run([spec.item(groupId)]);
			expect(result.error?.message).toBe(
				`Z-API did not confirm the change when trying to ${spec.action(groupId)} (it answered "value": false)`,
			);
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.output()).toEqual([]);
		});

		test('an answer without "value" is a failure too', async () => {
			const groupId = addGroup();
			double.setFault(spec.endpoint, { status: 200, body: { ok: true } });
			const result = await run([spec.item(groupId)]);
			expect(result.error?.message).toBe(
				`Z-API answered without the expected data when trying to ${spec.action(groupId)}${CHANGE_MAY_HAVE_BEEN_MADE}`,
			);
		});

		test('a failure is not retried by the node itself', async () => {
			const groupId = addGroup();
			double.setFault(spec.endpoint, { status: 502, body: { error: 'Bad Gateway' } });
			const result = await run([spec.item(groupId)]);
			expect(result.error?.message).toBe(
				`Z-API failed (HTTP 502) when trying to ${spec.action(groupId)}: Bad Gateway${CHANGE_MAY_HAVE_BEEN_MADE}`,
			);
			expect(double.count(spec.endpoint)).toBe(1);
		});

		test('On Error: Continue turns a failing item into a paired error item and goes on', async () => {
			const first = addGroup('First');
			const third = addGroup('Third');
			const result = await run(
				[spec.item(first), { ...spec.item(first), groupId: 'not a group' }, spec.item(third)],
				{ onError: 'continueRegularOutput' },
			);
			expect(result.error).toBeUndefined();
			expect(result.output()).toEqual([
				{ json: spec.output(first), pairedItem: { item: 0 } },
				{
					json: {
						error:
							'Group ID: "not a group" is not a group ID: use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429',
					},
					pairedItem: { item: 1 },
				},
				{ json: spec.output(third), pairedItem: { item: 2 } },
			]);
			expect(double.requests.map((request) => request.body)).toEqual([
				spec.body(first),
				spec.body(third),
			]);
			expectNoSecrets(result.text, double);
		});
	});
}
