import type { INodeProperties } from 'n8n-workflow';

/**
 * Create Group's Additional Fields: what Z-API cannot do in the create call itself (a photo, a
 * description, admins, a first message), done right after the group exists. Each step's result is
 * in the output; a failed step never loses the group.
 */
export const additionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Admins',
			name: 'admins',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5511999998888',
			description:
				'Participants to make admins right after the group is created, in the same forms as Phones. Each must be one of the participants.',
		},
		{
			displayName: 'Group Description',
			name: 'groupDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. Weekly sales updates for the São Paulo team',
			description: 'The description shown in the group info',
		},
		{
			displayName: 'Group Photo',
			name: 'groupPhoto',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/logo.png',
			description:
				'The group picture: an image URL or Base64 image data (data:image/png;base64,…). Z-API cannot create a group with a picture, so it is set right after.',
		},
		{
			displayName: 'Group Photo Binary Property',
			name: 'groupPhotoBinaryProperty',
			type: 'string',
			default: '',
			placeholder: 'e.g. data',
			description:
				'Use the image in this binary property of the input item as the group picture (from an HTTP Request, Read File or Google Drive node, say). Leave empty to use Group Photo.',
		},
		{
			displayName: 'Keep Going When a Follow-Up Fails',
			name: 'tolerateFollowUpFailures',
			type: 'boolean',
			default: false,
			description:
				'Whether a failed photo, description, admin or welcome-message step only shows in the output (as photoError, descriptionError…) instead of failing the item. The group exists either way.',
		},
		{
			displayName: 'Welcome Message',
			name: 'welcomeMessage',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. Welcome! This group is for our weekly updates.',
			description:
				'A first text message sent to the new group. It is sent once, never again on a retry.',
		},
	],
};
