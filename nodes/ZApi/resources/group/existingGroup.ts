/** Parameters shared by the operations that change an existing group (rename, add participants…). */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE, parseGroupId } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';

export function showFor(operation: string): INodeProperties['displayOptions'] {
	return { show: { resource: ['group'], operation: [operation] } };
}

export function groupIdField(operation: string): INodeProperties {
	return {
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${GROUP_ID_EXAMPLE}`,
		description:
			'The ID of the group: the phone field that Group → Create returned, e.g. 120363019502650977-group. Older groups have IDs like 5511999999999-1623281429, which are accepted too.',
		displayOptions: showFor(operation),
	};
}

/** The group id of the item, checked before any request. */
export function readGroupIdParameter(this: IExecuteFunctions, itemIndex: number): string {
	try {
		return parseGroupId(this.getNodeParameter('groupId', itemIndex) as unknown);
	} catch (error) {
		throw inputError(this.getNode(), `Group ID: ${(error as Error).message}`, itemIndex);
	}
}

/**
 * The Group Name of the item (Create, Update Name), trimmed; a number from an expression is taken as its
 * text. `what` completes the hint: `give the group a name`.
 */
export function readGroupNameParameter(
	this: IExecuteFunctions,
	itemIndex: number,
	what: 'a name' | 'a new name',
): string {
	const value = this.getNodeParameter('groupName', itemIndex) as unknown;
	const groupName = typeof value === 'number' ? String(value) : value;
	if (typeof groupName === 'string' && groupName.trim() !== '') return groupName.trim();
	const problem =
		typeof groupName === 'string' || groupName === null || groupName === undefined
			? 'is empty'
			: 'must be text';
	throw inputError(
		this.getNode(),
		`Group Name ${problem} (got ${JSON.stringify(value) ?? 'nothing'}): give the group ${what}, e.g. "Sales Team"`,
		itemIndex,
	);
}

/**
 * A boolean parameter. Expressions often hand over text from a sheet or a form: "true", and "TRUE" from
 * Google Sheets, are read as booleans; anything else fails the item, naming the value.
 */
export function readBooleanParameter(
	this: IExecuteFunctions,
	name: string,
	displayName: string,
	itemIndex: number,
): boolean {
	const value = this.getNodeParameter(name, itemIndex) as unknown;
	if (typeof value === 'boolean') return value;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text === 'true' || text === 'false') return text === 'true';
	throw inputError(
		this.getNode(),
		`${displayName} must be true or false (got ${JSON.stringify(value) ?? 'nothing'})`,
		itemIndex,
	);
}
