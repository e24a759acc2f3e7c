/**
 * Send Text's Phone or Group ID in the tool variant ("Z-API Tool"): `$fromAI` in the resource
 * locator's value, as the editor's "Let the model define this parameter" button writes it (a plain
 * `$fromAI` value saved before the picker: tool.agent.test.ts), run through n8n-core's engine with a
 * scripted agent (helpers/aiTool.ts).
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
const TOOL = 'Send_a_text_in_Z-API';

/** One Send Text tool whose recipient the model gives, in the picker's `mode`. */
function agentWorkflow(mode: string, calls: ToolCall[], way: 'invoke' | 'engine'): IWorkflowBase {
	const fromAI =
		"={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('Phone_or_Group_ID', ``, 'string') }}";
	return {
		name: 'Recipient picker as a tool',
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
					resource: 'message',
					operation: 'sendText',
					phone: { __rl: true, mode, value: fromAI },
					message: 'Hi',
				},
				id: 'b0000000-0000-4000-8000-000000000003',
				name: 'Send a text in Z-API',
				type: 'n8n-nodes-z-api.zApiTool',
				typeVersion: 1,
				position: [220, 200],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
			},
		],
		connections: {
			[TRIGGER]: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Send a text in Z-API': {
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
	double.addGroup({ id: ID, name: 'Sales' });
});

describe('$fromAI in Phone or Group ID', () => {
	test.each(['phone', 'list', 'id'])(
		'mode %s: the model is asked for it as a string',
		async (mode) => {
			const { tools } = await runAgent(mode, []);
			expect(tools.map((tool) => [tool.name, tool.parameters.properties])).toEqual([
				[TOOL, { Phone_or_Group_ID: { type: 'string' } }],
			]);
		},
	);

	test.each<[string, string, string]>([
		['phone', '+55 (11) 98888-7777', '5511988887777'],
		['phone', ID, ID],
		['list', ID, ID],
		['id', ID, ID],
	])(
		'mode %s, the model gives %j: sent to %j (both ways n8n calls tools)',
		async (mode, given, sentTo) => {
			for (const way of ['invoke', 'engine'] as const) {
				double.requests.length = 0;
				const { answers } = await runAgent(
					mode,
					[{ tool: TOOL, args: { Phone_or_Group_ID: given } }],
					way,
				);
				expect(double.requests.map(({ endpoint, body }) => [endpoint, body])).toEqual([
					['/send-text', { phone: sentTo, message: 'Hi' }],
				]);
				expect((JSON.parse(answers[0]) as IDataObject[])[0]).toMatchObject({ phone: sentTo });
			}
		},
	);

	test('By ID, a phone number from the model: the error it reads names the field and the value', async () => {
		const { answers } = await runAgent('id', [
			{ tool: TOOL, args: { Phone_or_Group_ID: '5511988887777' } },
		]);
		expect(answers[0]).toMatch(
			/^NodeOperationError: Phone or Group ID: "5511988887777" is not a group ID \(this looks like a phone number/,
		);
		expect(double.requests).toHaveLength(0);
	});
});
