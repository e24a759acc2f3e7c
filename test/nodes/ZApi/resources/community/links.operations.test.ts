/**
 * Community → Link Groups and Unlink Groups (communities/link-groups.md, unlink-groups.md): one table,
 * POST {communityId, groupsPhones}, answered {success: true}; then the Group IDs list and its checks.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const parameters = { communityId: '={{ $json.communityId }}', groupIds: '={{ $json.groupIds }}' };

/** A community with `linked` of three new groups linked; the groups' ids. */
function arrange(linked: number) {
	const groups = ['Class A', 'Class B', 'Class C'].map((name) => double.addGroup({ name }));
	const communityId = double.addCommunity({ name: 'School', groups: groups.slice(0, linked) });
	return { communityId, groups };
}

const LINKS = [
	{
		title: 'Link Groups',
		operation: 'linkGroups',
		endpoint: '/communities/link',
		flag: 'linked',
		action: 'link groups to the community',
		linkedBefore: 1,
		linkedAfter: (groups: string[]) => groups,
	},
	{
		title: 'Unlink Groups',
		operation: 'unlinkGroups',
		endpoint: '/communities/unlink',
		flag: 'unlinked',
		action: 'unlink groups from the community',
		linkedBefore: 3,
		linkedAfter: (groups: string[]) => [groups[0]],
	},
];

describe.each(LINKS)(
	'$title',
	({ operation, endpoint, flag, action, linkedBefore, linkedAfter }) => {
		const run = (items: Array<Record<string, unknown>>, onError = false) =>
			runZApi(double, {
				parameters: { resource: 'community', operation, ...parameters },
				items,
				settings: onError ? { onError: 'continueRegularOutput' } : undefined,
			});

		test(`POST ${endpoint} {communityId, groupsPhones} with the list's forms; outputs {communityId, groupIds, ${flag}}`, async () => {
			const { communityId, groups } = arrange(linkedBefore);
			const given = ` ${groups[1]},\n${groups[2]}; ${groups[1]}`;
			const result = await run([{ communityId, groupIds: given }]);

			expect(result.error).toBeUndefined();
			expect(double.requests).toHaveLength(1);
			const [request] = double.requests;
			expect([request.method, request.endpoint]).toEqual(['POST', endpoint]);
			expect(request.body).toEqual({ communityId, groupsPhones: [groups[1], groups[2]] });
			expect(result.output()).toEqual([
				{
					json: { communityId, groupIds: [groups[1], groups[2]], [flag]: true, success: true },
					pairedItem: { item: 0 },
				},
			]);
			expect([...double.community(communityId)!.groups]).toEqual(linkedAfter(groups));
			expectNoSecrets(result.text, double);
		});

		test('an array from an earlier node is taken as it is', async () => {
			const { communityId, groups } = arrange(linkedBefore);
			const result = await run([{ communityId, groupIds: [groups[1], [groups[2]]] }]);
			expect(result.error).toBeUndefined();
			expect(double.requests[0].body.groupsPhones).toEqual([groups[1], groups[2]]);
		});

		test.each([
			[
				{ groupIds: '' },
				'Group IDs: no group ID given (got ""): give at least one, e.g. 120363019502650977-group',
			],
			[
				{ groupIds: [] },
				'Group IDs: no group ID given (got []): give at least one, e.g. 120363019502650977-group',
			],
			[
				{ groupIds: '120363019502600001-group, 5511999998888' },
				'Group IDs: "5511999998888" is not a group ID (this looks like a phone number; a group ID ends in -group): use the ID Z-API gave the group, e.g. 120363019502650977-group or an older 5511999999999-1623281429',
			],
			[
				{ communityId: '' },
				'Community ID: no community ID given (got ""): use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
			],
			[
				{ communityId: '120363019502800001-group' },
				'Community ID: "120363019502800001-group" is not a community ID (this is a group ID: the community\'s own ID has digits only): use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
			],
			[
				{ communityId: '12/../status' },
				'Community ID: "12/../status" is not a community ID: use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
			],
		])('%j fails before any request', async (change, message) => {
			const item = {
				communityId: '120363019502700001',
				groupIds: '120363019502600001-group',
				...change,
			};
			const result = await run([item]);
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});

		test('"success": false fails the item: Z-API did not make the change', async () => {
			const { communityId, groups } = arrange(linkedBefore);
			double.setFault(endpoint, { status: 200, body: { success: false } });
			const result = await run([{ communityId, groupIds: groups[1] }]);
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toBe(
				`Z-API did not confirm the change when trying to ${action} ${communityId} (it answered "success": false)`,
			);
		});

		test('with On Error: Continue, each item is its own request; the bad one becomes an error item, paired', async () => {
			const { communityId, groups } = arrange(linkedBefore);
			const result = await run(
				[
					{ communityId, groupIds: groups[1] },
					{ communityId, groupIds: 'nope' },
					{ communityId, groupIds: groups[2] },
				],
				true,
			);
			expect(result.error).toBeUndefined();
			const output = result.output();
			expect(output.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			expect(output[0].json).toMatchObject({ communityId, groupIds: [groups[1]], [flag]: true });
			expect(output[1].json.error).toMatch(/^Group IDs: "nope" is not a group ID/);
			expect(output[2].json).toMatchObject({ communityId, groupIds: [groups[2]], [flag]: true });
			expect(double.count(endpoint)).toBe(2);
		});
	},
);

describe('the double, as Z-API', () => {
	test('links groups made through Group → Create, and Group → Get Metadata names the community', async () => {
		const created = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'create',
				groupName: 'Class A',
				phones: '5511988887777',
			},
		});
		const groupId = created.output()[0].json.groupId as string;
		const communityId = double.addCommunity({ name: 'School' });
		const linked = await runZApi(double, {
			parameters: {
				resource: 'community',
				operation: 'linkGroups',
				communityId,
				groupIds: groupId,
			},
		});
		expect(linked.error).toBeUndefined();
		const metadata = await runZApi(double, {
			parameters: { resource: 'group', operation: 'getMetadata', groupId },
		});
		expect(metadata.output()[0].json.communityId).toBe(communityId);
	});

	test('unlinking the last linked group is refused', async () => {
		const { communityId, groups } = arrange(1);
		const result = await runZApi(double, {
			parameters: {
				resource: 'community',
				operation: 'unlinkGroups',
				communityId,
				groupIds: groups[0],
			},
		});
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to unlink groups from the community ${communityId}: a community must keep at least one linked group`,
		);
	});
});
