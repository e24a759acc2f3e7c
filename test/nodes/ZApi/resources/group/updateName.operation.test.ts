import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = { groupId: '={{ $json.groupId }}', groupName: '={{ $json.name }}' };

describeGroupWriteBasics(double, {
	operation: 'updateName',
	endpoint: '/update-group-name',
	parameters,
	item: (groupId) => ({ groupId, name: '  Sales Team São Paulo ' }),
	body: (groupId) => ({ groupId, groupName: 'Sales Team São Paulo' }),
	output: (groupId) => ({ groupId, groupName: 'Sales Team São Paulo', renamed: true }),
	action: (groupId) => `rename the group ${groupId}`,
});

const run = (items: Array<Record<string, unknown>>) =>
	runZApi(double, {
		parameters: { resource: 'group', operation: 'updateName', ...parameters },
		items,
	});

describe('Update Name', () => {
	test('renames the group; an older group ID works too', async () => {
		const groupId = double.addGroup({ id: '5511999999999-1623281429', name: 'Old' });
		const result = await run([{ groupId: ` ${groupId} `, name: 2026 }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ groupId, groupName: '2026' });
		expect(double.group(groupId)!.name).toBe('2026');
		expect(result.output()[0].json).toEqual({ groupId, groupName: '2026', renamed: true });
	});

	test.each([
		['', 'Group Name is empty (got ""): give the group a new name, e.g. "Sales Team"'],
		['   ', 'Group Name is empty (got "   "): give the group a new name, e.g. "Sales Team"'],
		[null, 'Group Name is empty (got null): give the group a new name, e.g. "Sales Team"'],
		[true, 'Group Name must be text (got true): give the group a new name, e.g. "Sales Team"'],
	])('Group Name %j fails before any request', async (name, message) => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run([{ groupId, name }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});
});
