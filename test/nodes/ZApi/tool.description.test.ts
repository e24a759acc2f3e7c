/**
 * What a model is told about each operation when the node runs as a tool ("Z-API Tool", the variant
 * n8n makes because of usableAsTool): the Description parameter of each operation, shown in the tool
 * only, and how it follows the operation as the editor changes it. The agent runs are in
 * tool.agent.test.ts.
 */
import type { IDataObject, INode, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { ZApi } from '../../../nodes/ZApi/ZApi.node';
import { toolVariant } from '../../helpers/aiTool';
import { TOOL_TEXTS } from './tool.expected';

const node = new ZApi();
const tool = toolVariant(node);

/** The parameters n8n runs a node with: defaults added, hidden ones left out (Workflow does this). */
function parametersOf(type: INodeType, parameters: IDataObject): IDataObject {
	const shell = { name: 'Z-API', typeVersion: 1, parameters } as unknown as INode;
	return NodeHelpers.getNodeParameters(
		type.description.properties,
		parameters as never,
		true,
		false,
		shell,
		type.description,
	) as IDataObject;
}

describe('what a model is told about each operation', () => {
	test.each(TOOL_TEXTS)('%s → %s', (resource, operation, action, text) => {
		// In the tool only: its Description parameter, whose default n8n hands the model as is.
		expect(parametersOf(tool, { resource, operation }).toolDescription).toBe(text);
		expect(parametersOf(node, { resource, operation })).not.toHaveProperty('toolDescription');
		// A new tool node's name, the tool's name once n8n replaces what is not [A-Za-z0-9_-].
		expect(NodeHelpers.makeNodeName({ resource, operation }, tool.description)).toBe(
			`${action} in Z-API`,
		);
	});

	test('every operation has a text, and n8n adds no Description parameter of its own', () => {
		expect(TOOL_TEXTS).toHaveLength(109);
		for (const [, , , text] of TOOL_TEXTS) expect(text).toMatch(/WhatsApp/);
		const names = tool.description.properties.map((property) => property.name);
		expect(names).not.toContain('descriptionType');
		expect(names.filter((name) => name === 'toolDescription')).toHaveLength(109);
	});

	test('the editor keeps it in step with the operation: switched, the tool reads the new one', () => {
		// What n8n's editor does on a change: drop the values equal to their defaults, apply the change,
		// add the defaults of what is now shown (NodeSettings, getNodeParameters twice).
		const shell = { name: 'Z-API', typeVersion: 1, parameters: {} } as unknown as INode;
		const resolve = (parameters: IDataObject, withDefaults: boolean) =>
			NodeHelpers.getNodeParameters(
				tool.description.properties,
				parameters as never,
				withDefaults,
				false,
				shell,
				tool.description,
			) as IDataObject;
		const created = resolve({ resource: 'group', operation: 'create' }, true);
		const switched = resolve({ ...resolve(created, false), operation: 'getMany' }, true);
		const text = (operation: string) => TOOL_TEXTS.find(([, name]) => name === operation)![3];
		expect(created.toolDescription).toBe(text('create'));
		expect(switched.toolDescription).toBe(text('getMany'));
	});
});
