/**
 * Issue 24's community chain in a real n8n, the way a user builds it: Group → Create makes two
 * groups → Community → Create (once) → Link Groups with the two groupIds → Get Metadata → Send Text
 * to the community's announcement group. Runs inside the Group → Create suite's n8n.
 */
import type { RealN8n, Workflow } from './helpers/realN8n';
import { createGroupWorkflow, nodeOutput } from './helpers/realN8n';

export const communityChain: Workflow = (() => {
	const workflow = createGroupWorkflow('zApiE2eCommunit1', {
		items: [
			{ name: 'Class A', participants: '5511999998888', invite: true },
			{ name: 'Class B', participants: '5521988887777', invite: true },
		],
	});
	const create = workflow.nodes.find((node) => node.name === 'Create Group')!;
	const zApiNode = (name: string, x: number, parameters: Record<string, unknown>) => ({
		...create,
		id: `e2e-community-${x}`,
		name,
		position: [x, 200],
		parameters,
	});
	workflow.nodes.push(
		// Two groups come in: one community, made once.
		{
			...zApiNode('Create Community', 880, {
				resource: 'community',
				operation: 'create',
				name: 'School',
				description: 'Every class of the school',
			}),
			executeOnce: true,
		},
		zApiNode('Link Groups', 1100, {
			resource: 'community',
			operation: 'linkGroups',
			communityId: '={{ $json.communityId }}',
			groupIds: "={{ $('Create Group').all().map((item) => item.json.groupId) }}",
		}),
		zApiNode('Community Metadata', 1320, {
			resource: 'community',
			operation: 'getMetadata',
			communityId: { __rl: true, mode: 'id', value: '={{ $json.communityId }}' },
		}),
		zApiNode('Announce', 1540, {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.announcementGroupId }}',
			message: 'Welcome to the School community!',
		}),
	);
	const next = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });
	Object.assign(workflow.connections, {
		'Create Group': next('Create Community'),
		'Create Community': next('Link Groups'),
		'Link Groups': next('Community Metadata'),
		'Community Metadata': next('Announce'),
	});
	return workflow;
})();

export function communityTests(real: RealN8n) {
	it('chains Group → Create ×2 → Community → Create → Link Groups → Get Metadata → Send Text to the announcement group', async () => {
		const { run } = await real.execute(communityChain.id);

		const error = run.data.resultData.error;
		expect({ status: run.status, error: error && `${error.node?.name}: ${error.message}` }).toEqual(
			{ status: 'success', error: undefined },
		);
		const groupIds = nodeOutput(run, 'Create Group').map((item) => item.json.groupId);
		expect(groupIds).toHaveLength(2);
		const community = nodeOutput(run, 'Create Community').map((item) => item.json);
		expect(community).toHaveLength(1);
		const { communityId, announcementGroupId } = community[0];
		expect(communityId).toMatch(/^\d+$/);
		expect(announcementGroupId).toMatch(/-group$/);

		const requests = real.double.requests.filter(
			(r) => !['GET /device'].includes(`${r.method} ${r.route}`),
		);
		expect(requests.map((r) => `${r.method} ${r.route}`)).toEqual([
			'POST /create-group',
			'POST /create-group',
			'POST /communities',
			'POST /communities/link',
			'GET /communities-metadata/:communityId',
			'POST /send-text',
		]);
		const [, , created, link, , text] = requests;
		expect(created.body).toEqual({ name: 'School', description: 'Every class of the school' });
		expect(link.body).toEqual({ communityId, groupsPhones: groupIds });
		expect(nodeOutput(run, 'Community Metadata')[0].json).toMatchObject({
			communityId,
			announcementGroupId,
			groupIds,
		});
		expect(text.body).toEqual({
			phone: announcementGroupId,
			message: 'Welcome to the School community!',
		});
		expect(real.double.community(communityId as string)!.groups).toEqual(new Set(groupIds));
	});
}
