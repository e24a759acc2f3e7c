/**
 * The Community ID field (the community picker: From List, By ID) and its reader. Z-API's community
 * ids are digits only (communities/create-community.md: `98372465382764532938`; the other pages'
 * examples: `120363019502650977`); the announcement group has its own id, ending in -group.
 */
import type { INodeProperties } from 'n8n-workflow';

import { idParameterReader, idPickerField } from './idPicker';

export const COMMUNITY_ID_EXAMPLE = '120363019502650977';

/** Written without flags, so that the editor's check of the By ID mode can use it too. */
export const COMMUNITY_ID_PATTERN = '\\d{10,30}';
const COMMUNITY_ID = new RegExp(`^${COMMUNITY_ID_PATTERN}$`);

/** The name of the list search method of the From List mode (ZApi.node.ts `methods.listSearch`). */
export const SEARCH_COMMUNITIES_METHOD = 'searchCommunities';

export function isCommunityId(text: string): boolean {
	return COMMUNITY_ID.test(text);
}

/** A community id from a parameter or an expression: trimmed, or an error text naming the value. */
export function parseCommunityId(value: unknown): string {
	const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') {
		throw new Error(
			`no community ID given (got ${JSON.stringify(value) ?? 'nothing'}): use the communityId of Community → Create or Get Many, e.g. ${COMMUNITY_ID_EXAMPLE}`,
		);
	}
	const id = text.trim();
	if (isCommunityId(id)) return id;
	const hint = /-group$/i.test(id)
		? " (this is a group ID: the community's own ID has digits only)"
		: '';
	throw new Error(
		`"${id}" is not a community ID${hint}: use the communityId of Community → Create or Get Many, e.g. ${COMMUNITY_ID_EXAMPLE}`,
	);
}

/** The Community ID parameter of every operation on an existing community: the community picker. */
export const communityIdField: INodeProperties = idPickerField(
	'communityId',
	{
		noun: 'community',
		field: 'Community ID',
		searchListMethod: SEARCH_COMMUNITIES_METHOD,
		pattern: COMMUNITY_ID_PATTERN,
		example: COMMUNITY_ID_EXAMPLE,
	},
	'The community: pick it from the list of your communities, or give the ID that Community → Create or Get Many returned (communityId, digits only)',
);

/**
 * The Community ID of the item, checked before any request: the picker's value `{__rl, mode, value}`,
 * or a plain string or number (an expression).
 */
export const readCommunityIdParameter = idParameterReader(
	'communityId',
	'Community ID: ',
	parseCommunityId,
);
