import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	groupId: '={{ $json.groupId }}',
	groupDescription: '={{ $json.description }}',
};

describeGroupWriteBasics(double, {
	operation: 'updateDescription',
	endpoint: '/update-group-description',
	parameters,
	item: (groupId) => ({ groupId, description: 'Weekly sales updates.\nBe kind.\n' }),
	body: (groupId) => ({ groupId, groupDescription: 'Weekly sales updates.\nBe kind.' }),
	output: (groupId) => ({
		groupId,
		groupDescription: 'Weekly sales updates.\nBe kind.',
		descriptionUpdated: true,
	}),
	action: (groupId) => `change the description of the group ${groupId}`,
});

const run = (items: Array<Record<string, unknown>>) =>
	runZApi(double, {
		parameters: { resource: 'group', operation: 'updateDescription', ...parameters },
		items,
	});

describe('Update Description', () => {
	test('changes the description the group shows', async () => {
		const groupId = double.addGroup({ name: 'Team', description: 'old' });
		const result = await run([{ groupId, description: 'New rules' }]);
		expect(result.error).toBeUndefined();
		expect(double.group(groupId)!.description).toBe('New rules');
	});

	test('an empty description clears it', async () => {
		const groupId = double.addGroup({ name: 'Team', description: 'old' });
		const result = await run([{ groupId, description: '' }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ groupId, groupDescription: '' });
		expect(double.group(groupId)!.description).toBe('');
	});

	test('a description that is not text fails before any request', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await run([{ groupId, description: { text: 'x' } }]);
		expect(result.error?.message).toBe('Group Description must be text (got {"text":"x"})');
		expect(double.requests).toHaveLength(0);
	});

	test('Z-API refusing a non-admin is reported with its words', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		double.setFault('/update-group-description', {
			status: 400,
			body: { error: 'only admins can change the description' },
		});
		const result = await run([{ groupId, description: 'x' }]);
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to change the description of the group ${groupId}: only admins can change the description`,
		);
	});
});
