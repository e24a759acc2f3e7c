/**
 * n8n's AI side, for tests that run the Z-API node as a tool through n8n-core's real engine:
 *
 * - `toolVariant` makes "Z-API Tool" of the node the way n8n 2.41.1 does for a node with
 *   `usableAsTool` (n8n/dist/node-types.js `getByNameAndVersion` and `convertNodeToAiTool` in
 *   n8n/dist/tool-generation/ai-tools.js; that package is the n8n server, not a dependency here).
 * - `ScriptedAgent` is an AI Agent whose model is a script: it takes the tools n8n-core builds for it
 *   (`getInputConnectionData` → `createNodeAsTool`: name, description, `$fromAI` schema), reports what
 *   a model would be shown (LangChain's OpenAI tool format), and calls them with the script's
 *   arguments, in one of n8n's two ways:
 *   - `invoke`: the LangChain tool's own function, as the MCP Server Trigger and tool-calling code do;
 *   - `engine`: an engine request, as n8n 2.x's AI Agent (v3) does: the engine runs the tool node
 *     and hands its output back, which the agent turns into the model's observation.
 */
import type { StructuredTool } from '@langchain/core/tools';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import type {
	EngineRequest,
	EngineResponse,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	ITaskData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeTypes } from './engine';

/** n8n's `convertNodeToAiTool`, on a copy of the node (n8n clones it the same way). */
export function toolVariant(nodeType: INodeType): INodeType {
	const base = nodeType.description;
	const description = Object.create(base, {
		properties: { value: [...base.properties], writable: false },
	}) as INodeTypeDescription;
	description.name += 'Tool';
	description.inputs = [];
	description.outputs = [NodeConnectionTypes.AiTool];
	description.displayName += ' Tool';
	const names = description.properties.map((property) => property.name);
	if (!names.includes('toolDescription')) {
		// What n8n adds to a node without a toolDescription of its own.
		const toolDescription: INodeProperties = {
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string',
			default: base.description,
			required: true,
			typeOptions: { rows: 2 },
		};
		if (names.includes('resource') || names.includes('operation')) {
			toolDescription.displayOptions = { show: { descriptionType: ['manual'] } };
			description.properties.unshift({
				displayName: 'Tool Description',
				name: 'descriptionType',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Set Automatically', value: 'auto' },
					{ name: 'Set Manually', value: 'manual' },
				],
				default: 'auto',
			});
			description.properties.splice(1, 0, toolDescription);
		} else description.properties.unshift(toolDescription);
	}
	return Object.create(nodeType, { description: { value: description } }) as INodeType;
}

/** One call the scripted model makes: a tool by the name it was given, with arguments. */
export interface ToolCall {
	tool: string;
	args: IDataObject;
}

/** What the model is shown of a tool: OpenAI's function format, as LangChain sends it. */
export interface ToolDefinition {
	name: string;
	description: string;
	parameters: IDataObject;
}

/** n8n 2.41.1's AI Agent v3 `buildObservation` (utils/agent-execution/buildSteps.js). */
function observation(data: ITaskData): string {
	const items = data.data?.ai_tool?.[0]?.map((item) => item?.json);
	if (items && items.length > 0) return JSON.stringify(items);
	if (data.error) {
		return JSON.stringify({ error: data.error.message, errorType: data.error.name });
	}
	return JSON.stringify('');
}

/**
 * The agent's input item is `{calls: ToolCall[], way: 'invoke' | 'engine'}`; its output item is
 * `{tools: ToolDefinition[], answers: string[]}`: each answer the text the model gets back.
 */
export class ScriptedAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AI Agent',
		name: 'scriptedAgent',
		group: ['transform'],
		version: 1,
		description: 'An AI Agent whose model is a script',
		defaults: { name: 'AI Agent' },
		inputs: [
			NodeConnectionTypes.Main,
			{ type: NodeConnectionTypes.AiTool, displayName: 'Tools', required: true },
		],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(
		this: IExecuteFunctions,
		response?: EngineResponse,
	): Promise<INodeExecutionData[][] | EngineRequest> {
		const { calls, way } = this.getInputData()[0].json as unknown as {
			calls: ToolCall[];
			way: 'invoke' | 'engine';
		};
		const connected = await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0);
		const tools = (Array.isArray(connected) ? connected : [connected]) as StructuredTool[];
		const find = (name: string) => {
			const tool = tools.find((candidate) => candidate.name === name);
			if (!tool) throw new Error(`no tool ${name} (tools: ${tools.map((t) => t.name).join(', ')})`);
			return tool;
		};
		const definitions = tools.map(
			(tool) => convertToOpenAITool(tool).function as unknown as ToolDefinition,
		);

		let answers: string[];
		if (way === 'engine') {
			if (!response?.actionResponses.length) {
				return {
					actions: calls.map((call, index) => ({
						actionType: 'ExecutionNodeAction' as const,
						nodeName: String(find(call.tool).metadata?.sourceNodeName),
						input: call.args,
						type: NodeConnectionTypes.AiTool,
						id: `call_${index}`,
						metadata: { itemIndex: 0 },
					})),
					metadata: {},
				};
			}
			answers = calls.map((_call, index) =>
				observation(
					response.actionResponses.find((result) => result.action.id === `call_${index}`)!.data,
				),
			);
		} else {
			answers = [];
			for (const call of calls) {
				try {
					answers.push(String(await find(call.tool).invoke(call.args)));
				} catch (error) {
					// What the MCP Server Trigger answers for a tool that threw.
					answers.push(`${(error as Error).name}: ${(error as Error).message}`);
				}
			}
		}
		return [[{ json: { tools: definitions, answers } as unknown as IDataObject }]];
	}
}

/** Adds node types to the engine's (test/helpers/engine.ts) for the tests of one file. */
export function withNodeTypes(extra: Record<string, INodeType>) {
	let spy: jest.SpyInstance | undefined;
	beforeAll(() => {
		const original = nodeTypes.getByNameAndVersion.bind(nodeTypes);
		spy = jest
			.spyOn(nodeTypes, 'getByNameAndVersion')
			.mockImplementation((type, version) => extra[type] ?? original(type, version));
	});
	afterAll(() => spy?.mockRestore());
}
