/**
 * What a Z-API group id looks like, with no imports: the transport asks it too (which group a failed
 * request named), and the Group ID field (groupId.ts) builds on it.
 */

export const GROUP_ID_EXAMPLE = '120363019502650977-group';

// Z-API's group ids: `120363019502650977-group` since 2021-11, `5511999999999-1623281429` (creator's
// number and a timestamp) for older groups.
// Written without flags, so that the editor's check of the By ID mode can use it too.
export const GROUP_ID_PATTERN = '(\\d{10,30}-[Gg][Rr][Oo][Uu][Pp]|\\d{8,15}-\\d{9,13})';
const GROUP_ID = new RegExp(`^${GROUP_ID_PATTERN}$`);
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
