/** The Group IDs field of Link Groups and Unlink Groups: a list of group ids, each checked. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE, parseGroupId } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';

export function groupIdsField(who: string): INodeProperties {
	return {
		displayName: 'Group IDs',
		name: 'groupIds',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: `e.g. ${GROUP_ID_EXAMPLE}, 120363019502650978-group`,
		description: `${who}: their IDs, as Group → Create or Get Many return them (groupId). Separate them with commas, semicolons or new lines, or map an array from an earlier node; duplicates are dropped.`,
	};
}

function entriesOf(value: unknown, into: unknown[]): void {
	if (Array.isArray(value)) {
		for (const entry of value) entriesOf(entry, into);
	} else if (typeof value === 'string') {
		into.push(...value.split(/[,;\n]/).filter((entry) => entry.trim() !== ''));
	} else if (value !== null && value !== undefined && value !== '') {
		into.push(value);
	}
}

/** The group ids of the item (at least one), checked as Group ID fields check them. */
export function readGroupIdsParameter(this: IExecuteFunctions, itemIndex: number): string[] {
	const value = this.getNodeParameter('groupIds', itemIndex) as unknown;
	const entries: unknown[] = [];
	entriesOf(value, entries);
	const ids = new Set<string>();
	for (const entry of entries) {
		try {
			ids.add(parseGroupId(entry));
		} catch (error) {
			throw inputError(this.getNode(), `Group IDs: ${(error as Error).message}`, itemIndex);
		}
	}
	if (ids.size === 0) {
		throw inputError(
			this.getNode(),
			`Group IDs: no group ID given (got ${JSON.stringify(value) ?? 'nothing'}): give at least one, e.g. ${GROUP_ID_EXAMPLE}`,
			itemIndex,
		);
	}
	return [...ids];
}
