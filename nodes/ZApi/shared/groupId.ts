/** Group ids: the one pattern, the Group ID field and its reader. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from './nodeErrors';

export const GROUP_ID_EXAMPLE = '120363019502650977-group';

// Z-API's group ids: `120363019502650977-group` since 2021-11, `5511999999999-1623281429` (creator's
// number and a timestamp) for older groups.
const GROUP_ID = /^(\d{10,30}-group|\d{8,15}-\d{9,13})$/i;
// What is meant as a group id, well formed or not: it ends in -group, or is number-timestamp.
const MEANT_AS_GROUP_ID = /(-group$)|(^\d+-\d{9,}$)/i;

export function isGroupId(text: string): boolean {
	return GROUP_ID.test(text);
}

/** For fields that take a phone or a group id: read as a group id (and checked as one) when true. */
export function meantAsGroupId(text: string): boolean {
	return MEANT_AS_GROUP_ID.test(text.trim());
}

/**
 * A group id from a parameter or an expression: trimmed, or an error text naming the value.
 * A phone number is refused with a hint, because it is the mistake users make most.
 */
export function parseGroupId(value: unknown): string {
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') {
		throw new Error(
			`no group ID given (got ${JSON.stringify(value) ?? 'nothing'}): use the ID Z-API gave the group, e.g. ${GROUP_ID_EXAMPLE}`,
		);
	}
	const id = text.trim();
	if (isGroupId(id)) return id;
	const hint = /^\+?[\d\s().-]+$/.test(id)
		? ' (this looks like a phone number; a group ID ends in -group)'
		: '';
	throw new Error(
		`"${id}" is not a group ID${hint}: use the ID Z-API gave the group, e.g. ${GROUP_ID_EXAMPLE} or an older 5511999999999-1623281429`,
	);
}

/** The Group ID parameter of every operation on an existing group. */
export const groupIdField: INodeProperties = {
	displayName: 'Group ID',
	name: 'groupId',
	type: 'string',
	required: true,
	default: '',
	placeholder: `e.g. ${GROUP_ID_EXAMPLE}`,
	description:
		'The ID of the group: the groupId (or phone) field that Group → Create returned, e.g. 120363019502650977-group. Older groups have IDs like 5511999999999-1623281429, which are accepted too.',
};

/**
 * The Group ID of the item, checked before any request. Async with the node's timeout: the group
 * picker's By Invitation Link mode asks Z-API which group a link opens.
 */
export async function readGroupIdParameter(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	void timeout; // used by By Invitation Link (group picker)
	try {
		return parseGroupId(this.getNodeParameter('groupId', itemIndex) as unknown);
	} catch (error) {
		throw inputError(this.getNode(), `Group ID: ${(error as Error).message}`, itemIndex);
	}
}
