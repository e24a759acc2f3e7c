export const GROUP_ID_EXAMPLE = '120363019502650977-group';

// Z-API's group ids: `120363019502650977-group` since 2021-11, `5511999999999-1623281429` (creator's
// number and a timestamp) for older groups.
const GROUP_ID = /^(\d{10,30}-group|\d{8,15}-\d{9,13})$/i;

export function isGroupId(text: string): boolean {
	return GROUP_ID.test(text);
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
