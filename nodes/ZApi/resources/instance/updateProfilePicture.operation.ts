import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { photoFromUrl } from '../../shared/photo';
import { putSetting } from './profileSetting';

const properties: INodeProperties[] = [
	{
		displayName: 'Picture URL',
		name: 'pictureUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description:
			'The public http(s) address of the image. Z-API downloads it, so it must be reachable from the internet.',
		hint: "Z-API's page takes an image URL only: for a file from an earlier node, upload it somewhere public first.",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['instance'], operation: ['updateProfilePicture'] } },
	properties,
);

export const toolDescription =
	'Changes the WhatsApp profile picture of this account. Input: the public http(s) URL of the image (e.g. https://example.com/logo.png). Returns pictureUrl and updated: true.';

/** PUT /profile-picture {value: URL} (instance/profile-picture.md: an image URL, nothing else). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	let pictureUrl: string;
	try {
		pictureUrl = photoFromUrl(this.getNodeParameter('pictureUrl', itemIndex));
	} catch (error) {
		throw inputError(this.getNode(), `Picture URL: ${(error as Error).message}`, itemIndex);
	}
	await putSetting.call(this, {
		endpoint: '/profile-picture',
		value: pictureUrl,
		action: 'update the profile picture',
		what: 'the profile picture',
		itemIndex,
		timeout,
	});
	return { pictureUrl, updated: true };
}
