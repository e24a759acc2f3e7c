/**
 * What an AI model reads about each operation when the node runs as a tool.
 *
 * n8n makes a "Z-API Tool" of this node (usableAsTool) and tells the model its `toolDescription`
 * parameter. When a node has none, n8n adds one of its own behind "Set Automatically", which tells the
 * model only "<the operation's action> in Z-API" ("Create a group in Z-API"). This node has its own,
 * one per operation, shown only in the tool ('@tool'): the default says what the operation does in
 * WhatsApp, the form of its inputs and the answer's fields that matter next. The user can rewrite it;
 * emptied, n8n falls back to the action.
 */
import type { INodeProperties } from 'n8n-workflow';

/** The inputs every group operation describes the same way. */
export const TOOL_TEXT = {
	phones:
		'phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas',
	groupId:
		'the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group)',
	/** For operations a repeated call does again (create, send). */
	notRepeatable: 'if a call fails, read the error before you call again',
};

/** One `toolDescription` parameter per operation of `resource`, each with its text as default. */
export function toolDescriptionParameters(
	resource: string,
	texts: Record<string, string>,
): INodeProperties[] {
	return Object.entries(texts).map(([operation, text]): INodeProperties => ({
		displayName: 'Description',
		name: 'toolDescription',
		type: 'string',
		typeOptions: { rows: 4 },
		default: text,
		description:
			'What the AI model is told about this tool: what it does, what to give it and what it returns. Leave it empty to tell the model only the name of the operation.',
		displayOptions: { show: { '@tool': [true], resource: [resource], operation: [operation] } },
	}));
}

/** The texts of operations that carry their own (`toolDescription` in the operation's file). */
export function toolTextsOf<Name extends string>(
	operations: Record<Name, { toolDescription: string }>,
): Record<Name, string> {
	return Object.fromEntries(
		Object.entries<{ toolDescription: string }>(operations).map(([name, operation]) => [
			name,
			operation.toolDescription,
		]),
	) as Record<Name, string>;
}
