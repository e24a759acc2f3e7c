/**
 * The group picker in the tool variant ("Z-API Tool"): `$fromAI` in the resource locator's value, as
 * the editor's "Let the model define this parameter" button writes it, run through n8n-core's engine
 * with a scripted agent (helpers/aiTool.ts, as in tool.agent.test.ts).
 */
import type { IDataObject, IWorkflowBase } from 'n8n-workflow';

import type { ToolCall, ToolDefinition } from '../../../helpers/aiTool';
import { ScriptedAgent, toolVariant, withNodeTypes } from '../../../helpers/aiTool';
import { runWorkflow } from '../../../helpers/engine';
import { TRIGGER, credentialsFor, useZApiDouble } from '../../../helpers/scenario';
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';

const double = useZApiDouble();
withNodeTypes({
	'n8n-nodes-z-api.zApiTool': toolVariant(new ZApi()),
	'test.scriptedAgent': new ScriptedAgent(),
});

const ID = '120363019502600077-group';
const LINK = 'https://chat.whatsapp.com/DOUBLELINK0077';
const TOOL = 'Get_a_group_link_in_Z-API';

/** One Get Invitation Link tool whose Group ID the model gives, in the picker's `mode`. */
function agentWorkflow(mode: string, calls: ToolCall[], way: 'invoke' | 'engine'): IWorkflowBase {
	const fromAI = "={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('Group_ID', ``, 'string') }}";
	return {
		name: 'Group picker as a tool',
		nodes: [
			{
				parameters: {},
				id: 'b0000000-0000-4000-8000-000000000001',
				name: TRIGGER,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
			},
			{
				parameters: {},
				id: 'b0000000-0000-4000-8000-000000000002',
				name: 'AI Agent',
				type: 'test.scriptedAgent',
				typeVersion: 1,
				position: [220, 0],
			},
			{
				parameters: {
					resource: 'group',
					operation: 'getInvitationLink',
					groupId: { __rl: true, mode, value: fromAI },
				},
				id: 'b0000000-0000-4000-8000-000000000003',
				name: 'Get a group link in Z-API',
				type: 'n8n-nodes-z-api.zApiTool',
				typeVersion: 1,
				position: [220, 200],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
			},
		],
		connections: {
			[TRIGGER]: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Get a group link in Z-API': {
				ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]],
			},
		},
		pinData: { [TRIGGER]: [{ json: { calls, way } }] },
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
}

async function runAgent(mode: string, calls: ToolCall[], way: 'invoke' | 'engine' = 'invoke') {
	const result = await runWorkflow(agentWorkflow(mode, calls, way), credentialsFor(double));
	expect(result.error).toBeUndefined();
	return result.output('AI Agent')[0].json as unknown as {
		tools: ToolDefinition[];
		answers: string[];
	};
}

beforeEach(() => {
	double.addGroup({ id: ID, name: 'Sales', invitationLink: LINK });
});

describe('$fromAI in the Group ID picker', () => {
	test('the model is asked for the Group ID as a string', async () => {
		const { tools } = await runAgent('id', []);
		expect(tools.map((tool) => [tool.name, tool.parameters.properties])).toEqual([
			[TOOL, { Group_ID: { type: 'string' } }],
		]);
	});

	test.each(['list', 'id'] as const)(
		'mode %s: the id the model gives is the group (both ways n8n calls tools)',
		async (mode) => {
			for (const way of ['invoke', 'engine'] as const) {
				double.requests.length = 0;
				const { answers } = await runAgent(mode, [{ tool: TOOL, args: { Group_ID: ID } }], way);
				expect(double.requests.map((request) => request.endpoint)).toEqual([
					`/group-invitation-link/${ID}`,
				]);
				expect(JSON.parse(answers[0]) as IDataObject[]).toEqual([
					{ phone: ID, groupId: ID, invitationLink: LINK },
				]);
			}
		},
	);

	test('By Link: the link the model gives is opened first', async () => {
		const { answers } = await runAgent('link', [{ tool: TOOL, args: { Group_ID: LINK } }]);
		expect(double.requests.map((request) => request.route)).toEqual([
			'/group-invitation-metadata',
			'/group-invitation-link/:groupId',
		]);
		expect(JSON.parse(answers[0]) as IDataObject[]).toEqual([
			{ phone: ID, groupId: ID, invitationLink: LINK },
		]);
	});

	test('a phone number from the model: the error it reads names the field and the value', async () => {
		const { answers } = await runAgent('id', [{ tool: TOOL, args: { Group_ID: '5511988887777' } }]);
		expect(answers[0]).toMatch(
			/^NodeOperationError: Group ID: "5511988887777" is not a group ID \(this looks like a phone number/,
		);
		expect(double.requests).toHaveLength(0);
	});
});
