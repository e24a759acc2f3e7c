/**
 * The texts each operation has, in step: its name (the Operation list and the canvas), its action
 * (the list under the Z-API entry of the node creator, the name n8n gives the node, and the AI tool's
 * name). The action holds the name's words, in the name's order, so that the two read as one thing and
 * n8n's action search (letters in order, where an n8n release searches actions) finds it by the name.
 * n8n's lint (`npm run lint`) checks that it is in sentence case, and "Get many …" for Get Many.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import { ZApi } from '../../../../nodes/ZApi/ZApi.node';

const operations = new ZApi().description.properties
	.filter((property) => property.name === 'operation')
	.flatMap((property) =>
		(property.options as INodePropertyOptions[]).map(
			(option) =>
				[property.displayOptions!.show!.resource![0], option.name, option.action!] as const,
		),
	);

const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);

/** Whether `action` holds every word of `name`, in order (other words may come between). */
function holdsInOrder(action: string, name: string): boolean {
	const actionWords = words(action);
	let at = 0;
	for (const word of words(name)) {
		at = actionWords.indexOf(word, at);
		if (at < 0) return false;
		at++;
	}
	return true;
}

test('every one of the 109 operations has an action', () => {
	expect(operations).toHaveLength(109);
	for (const [, , action] of operations) expect(action).toEqual(expect.any(String));
});

test.each(operations)('%s → %s: the action "%s" says the name', (_resource, name, action) => {
	expect(holdsInOrder(action, name)).toBe(true);
});

test('the check itself: a name left out or out of order fails', () => {
	expect(holdsInOrder('Join a group by invitation link', 'Accept Invitation')).toBe(false);
	expect(
		holdsInOrder('Get the metadata of a group from its invitation link', 'Get Invitation Metadata'),
	).toBe(false);
	expect(holdsInOrder('Accept a group invitation', 'Accept Invitation')).toBe(true);
});
