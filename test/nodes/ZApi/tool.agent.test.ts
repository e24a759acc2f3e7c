/**
 * The node as a tool for AI agents ("Z-API Tool", the variant n8n makes because of usableAsTool), run
 * through n8n-core's engine with an agent whose model is a script (helpers/aiTool.ts): the tool name,
 * description and `$fromAI` schema n8n-core builds for the model, the requests the model's calls make,
 * and the text the model gets back, in both ways n8n calls tools.
 */
import type { IDataObject, IWorkflowBase } from 'n8n-workflow';

import type { ToolCall, ToolDefinition } from '../../helpers/aiTool';
import { ScriptedAgent, toolVariant, withNodeTypes } from '../../helpers/aiTool';
import { runWorkflow } from '../../helpers/engine';
import { TRIGGER, credentialsFor, useZApiDouble } from '../../helpers/scenario';
import { ZApi } from '../../../nodes/ZApi/ZApi.node';
import { TOOL_TEXTS } from './tool.expected';

const node = new ZApi();
const tool = toolVariant(node);
const double = useZApiDouble();
withNodeTypes({ 'n8n-nodes-z-api.zApiTool': tool, 'test.scriptedAgent': new ScriptedAgent() });

function agentWorkflow(tools: ToolNode[], calls: ToolCall[], way: Way): IWorkflowBase {
	return {
		name: 'Z-API as a tool',
		nodes: [
			{
				parameters: {},
				id: 'a0000000-0000-4000-8000-000000000001',
				name: TRIGGER,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
			},
			{
				parameters: {},
				id: 'a0000000-0000-4000-8000-000000000002',
				name: 'AI Agent',
				type: 'test.scriptedAgent',
				typeVersion: 1,
				position: [220, 0],
			},
			...tools.map((toolNode, index) => ({
				parameters: toolNode.parameters,
				id: `a0000000-0000-4000-8000-00000000001${index}`,
				name: toolNode.name,
				type: 'n8n-nodes-z-api.zApiTool',
				typeVersion: 1,
				position: [220 + 160 * index, 200],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
			})),
		],
		connections: {
			[TRIGGER]: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			...Object.fromEntries(
				tools.map((toolNode) => [
					toolNode.name,
					{ ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
				]),
			),
		},
		pinData: { [TRIGGER]: [{ json: { calls, way } }] },
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
}

interface ToolNode {
	name: string;
	parameters: IDataObject;
}
/** `invoke`: as the MCP Server Trigger calls a tool; `engine`: as n8n 2.x's AI Agent does. */
type Way = 'invoke' | 'engine';

async function runAgent(tools: ToolNode[], calls: ToolCall[] = [], way: Way = 'invoke') {
	const result = await runWorkflow(agentWorkflow(tools, calls, way), credentialsFor(double));
	expect(result.error).toBeUndefined();
	const { tools: shown, answers } = result.output('AI Agent')[0].json as unknown as {
		tools: ToolDefinition[];
		answers: string[];
	};
	return { tools: [...shown].sort((a, b) => a.name.localeCompare(b.name)), answers };
}

// Parameters as a user writes them for a model, with a description for each.
const SEND_TEXT: ToolNode = {
	name: 'Send a text message in Z-API',
	parameters: {
		resource: 'message',
		operation: 'sendText',
		phone:
			"={{ $fromAI('phone', 'The recipient: a phone number with country code, or a group ID', 'string') }}",
		message: "={{ $fromAI('message', 'The text to send', 'string') }}",
	},
};
// As the editor's "Let the model define this parameter" button writes them: no description.
const CREATE: ToolNode = {
	name: 'Create a group in Z-API',
	parameters: {
		resource: 'group',
		operation: 'create',
		groupName: "={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('Group_Name', ``, 'string') }}",
		phones: "={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('Phones', ``, 'string') }}",
		autoInvite:
			"={{ $fromAI('autoInvite', 'Whether to send an invitation link to people who cannot be added', 'boolean') }}",
	},
};
const CREATE_TEXT = TOOL_TEXTS.find(([, operation]) => operation === 'create')![3];
const SEND_TEXT_TEXT = TOOL_TEXTS.find(([, operation]) => operation === 'sendText')![3];

describe('an AI Agent with Send Text and Create as tools', () => {
	test('the model is shown each tool: its name, its description and the schema of its $fromAI parameters', async () => {
		const { tools } = await runAgent([SEND_TEXT, CREATE]);
		expect(tools).toEqual([
			{
				name: 'Create_a_group_in_Z-API',
				description: CREATE_TEXT,
				parameters: {
					type: 'object',
					properties: {
						Group_Name: { type: 'string' },
						Phones: { type: 'string' },
						autoInvite: {
							type: 'boolean',
							description: 'Whether to send an invitation link to people who cannot be added',
						},
					},
					required: ['Group_Name', 'Phones', 'autoInvite'],
					additionalProperties: false,
					$schema: 'http://json-schema.org/draft-07/schema#',
				},
			},
			{
				name: 'Send_a_text_message_in_Z-API',
				description: SEND_TEXT_TEXT,
				parameters: {
					type: 'object',
					properties: {
						phone: {
							type: 'string',
							description: 'The recipient: a phone number with country code, or a group ID',
						},
						message: { type: 'string', description: 'The text to send' },
					},
					required: ['phone', 'message'],
					additionalProperties: false,
					$schema: 'http://json-schema.org/draft-07/schema#',
				},
			},
		]);
		expect(double.requests).toHaveLength(0);
	});

	test.each<Way>(['invoke', 'engine'])(
		'(%s) the model sends a text: Z-API gets Send Text’s request, the model gets the message id',
		async (way) => {
			const { answers } = await runAgent(
				[SEND_TEXT, CREATE],
				[
					{
						tool: 'Send_a_text_message_in_Z-API',
						args: { phone: '+55 (11) 98888-7777', message: 'Hi!\nBye' },
					},
				],
				way,
			);
			expect(double.requests.map(({ endpoint, body }) => [endpoint, body])).toEqual([
				['/send-text', { phone: '5511988887777', message: 'Hi!\nBye' }],
			]);
			expect(JSON.parse(answers[0])).toEqual([
				{
					phone: '5511988887777',
					zaapId: 'ZAAP3EB0DOUBLE0000000001',
					messageId: '3EB0DOUBLE0000000001',
					id: '3EB0DOUBLE0000000001',
				},
			]);
		},
	);

	test('the model creates a group and gets its id, invitation link and who was not added', async () => {
		const { answers } = await runAgent(
			[CREATE],
			[
				{
					tool: 'Create_a_group_in_Z-API',
					args: { Group_Name: 'Sales', Phones: '5511988887777, 5521977776666', autoInvite: true },
				},
			],
		);
		expect(double.requests.find((request) => request.endpoint === '/create-group')?.body).toEqual({
			groupName: 'Sales',
			phones: ['5511988887777', '5521977776666'],
			autoInvite: true,
		});
		expect(JSON.parse(answers[0])).toEqual([
			{
				phone: '120363019502600001-group',
				groupId: '120363019502600001-group',
				invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
				phonesNotAdded: [],
				groupName: 'Sales',
				phones: ['5511988887777', '5521977776666'],
			},
		]);
	});

	describe('a create whose answer is lost (the connection breaks after Z-API got it)', () => {
		const call: ToolCall = {
			tool: 'Create_a_group_in_Z-API',
			args: { Group_Name: 'Sales', Phones: '5511988887777', autoInvite: true },
		};
		const message = () =>
			`The connection to Z-API at 127.0.0.1:${double.port} broke before it answered when trying to create the group "Sales". The group may have been created anyway: do not create it again, or there may be two groups named "Sales". Look for it first with Group → Get Many, or run the workflow again with If a Group With This Name Exists set to Return the Existing Group.`;

		test('the MCP Server Trigger answers the error’s message and description: do not create it again', async () => {
			double.setFault('/create-group', { reset: 'after' });
			const { answers } = await runAgent([CREATE], [call], 'invoke');
			expect(answers).toEqual([
				`NodeOperationError: ${message()}\n\nDetails: The connection was closed or reset while waiting for the answer. The node never sends such a request a second time by itself.`,
			]);
			expect(double.count('/create-group')).toBe(1);
		});

		test('n8n’s AI Agent hands the model the message only, which says it all', async () => {
			double.setFault('/create-group', { reset: 'after' });
			const { answers } = await runAgent([CREATE], [call], 'engine');
			expect(answers).toEqual([JSON.stringify([{ error: message() }])]);
			expect(double.count('/create-group')).toBe(1);
		});
	});

	test('a description the user wrote is what the model reads; emptied, n8n tells it only the action', async () => {
		const own = {
			...CREATE,
			parameters: {
				...CREATE.parameters,
				toolDescription: 'Opens a WhatsApp group for a customer.',
			},
		};
		expect((await runAgent([own])).tools[0].description).toBe(
			'Opens a WhatsApp group for a customer.',
		);
		const emptied = { ...CREATE, parameters: { ...CREATE.parameters, toolDescription: '' } };
		expect((await runAgent([emptied])).tools[0].description).toBe('Create a group in Z-API');
	});
});

describe('Send and Wait for Response as a tool', () => {
	test.each<Way>(['invoke', 'engine'])(
		'%s: the model gets an error saying it runs as a workflow step only; nothing is sent, nothing waits',
		async (way) => {
			const ASK: ToolNode = {
				name: 'Ask in Z-API',
				parameters: {
					resource: 'message',
					operation: 'sendAndWait',
					phone: "={{ $fromAI('phone', 'The recipient', 'string') }}",
					message: 'Approve?',
				},
			};
			const { answers } = await runAgent(
				[ASK],
				[{ tool: 'Ask_in_Z-API', args: { phone: '5511988887777' } }],
				way,
			);
			expect(answers).toEqual([expect.stringContaining('runs as a workflow step only')]);
			expect(double.requests).toHaveLength(0);
		},
	);
});
