/**
 * existingGroups.ts on its own: the names index, and how many group lists a process keeps (the list
 * is faked here; create.ifGroupExists*.test.ts run the real one through n8n's engine).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import {
	GroupsByName,
	groupsByName,
} from '../../../../../nodes/ZApi/resources/group/existingGroups';
import { groupListPages } from '../../../../../nodes/ZApi/shared/groupList';

jest.mock('../../../../../nodes/ZApi/shared/groupList', () => ({
	PAGE_SIZE: 100,
	groupListPages: jest.fn(async function* () {
		yield { page: 1, more: false, groups: [{ name: 'Sales', phone: '1-group' }, { name: 7 }] };
	}),
}));
const reads = groupListPages as unknown as jest.Mock;

/** A context of one pass of a node in execution `executionId`, with a credential. */
const pass = (executionId: string) =>
	({
		getNode: () => ({ credentials: { zApiApi: { id: 'c1', name: 'Z-API' } } }),
		getExecutionId: () => executionId,
	}) as unknown as IExecuteFunctions;

beforeEach(() => reads.mockClear());

test('names are matched after trimming; entries without a name or id are left out', async () => {
	const groups = await groupsByName.call(pass('names'), 0, 1000);
	expect(groups.named(' Sales ')).toEqual([{ id: '1-group' }]);
	expect(groups.named('7')).toEqual([]);
});

test('a group added twice under its id is kept once, the last facts winning', () => {
	const groups = new GroupsByName();
	groups.add('A', { id: 'x' });
	groups.add('A ', { id: 'x', created: { phone: 'x' } });
	expect(groups.named('A')).toEqual([{ id: 'x', created: { phone: 'x' } }]);
});

test('one read per execution, across passes; the 20 most recently used lists are kept', async () => {
	await groupsByName.call(pass('e0'), 0, 1000);
	await groupsByName.call(pass('e0'), 0, 1000); // a retry pass of the same execution
	expect(reads).toHaveBeenCalledTimes(1);
	for (let n = 1; n <= 19; n++) await groupsByName.call(pass(`e${n}`), 0, 1000);
	await groupsByName.call(pass('e0'), 0, 1000); // used again: now the most recent
	expect(reads).toHaveBeenCalledTimes(20);
	await groupsByName.call(pass('e20'), 0, 1000); // a 21st: the least recently used (e1) goes
	await groupsByName.call(pass('e0'), 0, 1000);
	expect(reads).toHaveBeenCalledTimes(21);
	await groupsByName.call(pass('e1'), 0, 1000);
	expect(reads).toHaveBeenCalledTimes(22);
});
