import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { putSetting } from './profileSetting';

const properties: INodeProperties[] = [
	{
		displayName: 'Profile Name',
		name: 'profileName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme Support',
		description: 'The new WhatsApp profile name of the connected number',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['updateProfileName'] } },
	properties,
);

export const toolDescription =
	'Changes the WhatsApp profile name of this account (the name people see when it is not in their contacts). Input: the new name (e.g. Acme Support). Returns profileName and updated: true.';

/** PUT /profile-name {value} (instance/profile-name.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const profileName = readTextParameter.call(this, itemIndex, {
		name: 'profileName',
		displayName: 'Profile Name',
		hint: 'give the new profile name, e.g. "Acme Support"',
	});
	await putSetting.call(this, {
		endpoint: '/profile-name',
		value: profileName,
		action: 'update the profile name',
		what: 'the profile name',
		itemIndex,
		timeout,
	});
	return { profileName, updated: true };
}
