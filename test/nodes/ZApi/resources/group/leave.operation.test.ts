import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = { groupId: '={{ $json.groupId }}' };

describeGroupWriteBasics(double, {
	operation: 'leave',
	endpoint: '/leave-group',
	parameters,
	item: (groupId) => ({ groupId }),
	body: (groupId) => ({ groupId }),
	output: (groupId) => ({ groupId, left: true }),
	action: (groupId) => `leave the group ${groupId}`,
});

describe('Leave', () => {
	test('the connected number leaves the group; leaving it again fails as Z-API says', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters: { resource: 'group', operation: 'leave', ...parameters },
			items: [{ groupId }, { groupId }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(double.group(groupId)!.left).toBe(true);
		expect(result.output().map((item) => item.json)).toEqual([
			{ groupId, left: true },
			{
				error: `Z-API rejected the request (HTTP 400) when trying to leave the group ${groupId}: Group not found`,
			},
		]);
	});

	test('an answer whose value is not true, such as text, is a failure naming its type', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		double.setFault('/leave-group', { status: 200, body: { value: 'ok' } });
		const result = await runZApi(double, {
			parameters: { resource: 'group', operation: 'leave', ...parameters },
			items: [{ groupId }],
		});
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to leave the group ${groupId} (it answered "value": a string)`,
		);
		// Sent once: the node does not ask again on its own.
		expect(double.count('/leave-group')).toBe(1);
	});
});
