import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readTextParameter } from '../../shared/parameters';
import { putSetting } from './profileSetting';

const properties: INodeProperties[] = [
	{
		displayName: 'Profile Description',
		name: 'profileDescription',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. Open Monday to Friday, 9am to 6pm',
		description: 'The new WhatsApp profile description (about) of the connected number',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['updateProfileDescription'] } },
	properties,
);

export const toolDescription =
	'Changes the WhatsApp profile description (the about text) of this account. Input: the new description (e.g. Open Monday to Friday, 9am to 6pm). Returns profileDescription and updated: true.';

/** PUT /profile-description {value} (instance/profile-description.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const profileDescription = readTextParameter.call(this, itemIndex, {
		name: 'profileDescription',
		displayName: 'Profile Description',
		hint: 'give the new profile description, e.g. "Open Monday to Friday, 9am to 6pm"',
	});
	await putSetting.call(this, {
		endpoint: '/profile-description',
		value: profileDescription,
		action: 'update the profile description',
		what: 'the profile description',
		itemIndex,
		timeout,
	});
	return { profileDescription, updated: true };
}
