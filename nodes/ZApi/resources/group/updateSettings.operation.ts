import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

// Z-API requires all four on every call: each is sent, so the form shows each (no "leave as is"), and
// a notice at the top says what that means for the settings left off.
const SETTINGS: Array<{ name: string; displayName: string; description: string }> = [
	{
		name: 'adminOnlyMessage',
		displayName: 'Only Admins Can Send Messages',
		description:
			'Whether only admins can send messages in the group. Off lets every participant write.',
	},
	{
		name: 'adminOnlySettings',
		displayName: 'Only Admins Can Edit Group Info',
		description:
			"Whether only admins can change the group's name, description and photo. Off lets every participant change them.",
	},
	{
		name: 'requireAdminApproval',
		displayName: 'Admins Approve New Members',
		description:
			'Whether an admin must approve people who join through the invitation link. Off lets them in straight away.',
	},
	{
		name: 'adminOnlyAddMember',
		displayName: 'Only Admins Can Add Members',
		description: 'Whether only admins can add participants. Off lets every participant add people.',
	},
];

const properties: INodeProperties[] = [
	{
		displayName:
			'All four settings are set at once: each one left off here is turned off in the group, whatever it was before.',
		name: 'settingsNotice',
		type: 'notice',
		default: '',
	},
	groupIdField,
	...SETTINGS.map((setting): INodeProperties => ({
		displayName: setting.displayName,
		name: setting.name,
		type: 'boolean',
		default: false,
		description: setting.description,
	})),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['updateSettings'] } },
	properties,
);

/** Outputs `{groupId, adminOnlyMessage, …, settingsUpdated: true}` once Z-API confirms. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const settings: IDataObject = {};
	for (const setting of SETTINGS) {
		settings[setting.name] = readBooleanParameter.call(
			this,
			setting.name,
			setting.displayName,
			itemIndex,
		);
	}
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-settings',
		// Z-API's quirk: this endpoint takes the group id in `phone`, not `groupId`.
		body: { phone: groupId, ...settings },
		itemIndex,
		timeout,
		action: `change the settings of the group ${groupId}`,
	});
	return { groupId, ...settings, settingsUpdated: true };
}
