import { describeGroupWriteBasics } from '../../../../helpers/groupWrite';
import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	groupId: '={{ $json.groupId }}',
	adminOnlyMessage: true,
	adminOnlySettings: false,
	requireAdminApproval: true,
	adminOnlyAddMember: false,
};

describeGroupWriteBasics(double, {
	operation: 'updateSettings',
	endpoint: '/update-group-settings',
	parameters,
	item: (groupId) => ({ groupId }),
	// Z-API takes the group id in `phone` here.
	body: (groupId) => ({
		phone: groupId,
		adminOnlyMessage: true,
		adminOnlySettings: false,
		requireAdminApproval: true,
		adminOnlyAddMember: false,
	}),
	output: (groupId) => ({
		groupId,
		adminOnlyMessage: true,
		adminOnlySettings: false,
		requireAdminApproval: true,
		adminOnlyAddMember: false,
		settingsUpdated: true,
	}),
	action: (groupId) => `change the settings of the group ${groupId}`,
});

describe('Update Settings', () => {
	test('sends all four settings, false included, when only the Group ID is set', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		double.group(groupId)!.settings.adminOnlyMessage = true;
		const result = await runZApi(double, {
			parameters: { resource: 'group', operation: 'updateSettings', groupId },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({
			phone: groupId,
			adminOnlyMessage: false,
			adminOnlySettings: false,
			requireAdminApproval: false,
			adminOnlyAddMember: false,
		});
		expect(double.group(groupId)!.settings.adminOnlyMessage).toBe(false);
	});

	test('settings from expressions, as booleans or the text "true"/"false", reach the group', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'updateSettings',
				groupId: '={{ $json.groupId }}',
				adminOnlyMessage: '={{ $json.a }}',
				adminOnlySettings: '={{ $json.b }}',
				requireAdminApproval: '={{ $json.c }}',
				adminOnlyAddMember: '={{ $json.d }}',
			},
			items: [{ groupId, a: 'true', b: true, c: 'false', d: 'true' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.group(groupId)!.settings).toEqual({
			adminOnlyMessage: true,
			adminOnlySettings: true,
			requireAdminApproval: false,
			adminOnlyAddMember: true,
		});
	});

	test('a setting that is not true or false fails before any request, by its name', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		const result = await runZApi(double, {
			parameters: {
				resource: 'group',
				operation: 'updateSettings',
				...parameters,
				adminOnlyAddMember: '={{ $json.d }}',
			},
			items: [{ groupId, d: 'sometimes' }],
		});
		expect(result.error?.message).toBe(
			'Only Admins Can Add Members must be true or false (got "sometimes")',
		);
		expect(double.requests).toHaveLength(0);
	});
});
