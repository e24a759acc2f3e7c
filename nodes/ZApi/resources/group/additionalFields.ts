import type { INodeProperties } from 'n8n-workflow';

import { photoOption, photoOptionsV1 } from './createPhoto';

/**
 * Create Group's Additional Fields: what Z-API cannot do in the create call itself (a photo, a
 * description, admins, a first message), done right after the group exists. Each step's result is
 * in the output; a failed step never loses the group. Only Numbers on WhatsApp works before the create.
 * The photo is one Photo option in version 2 of the node, four options in version 1 (createPhoto.ts).
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
			displayName: 'Ignore Follow-Up Errors',
			name: 'tolerateFollowUpFailures',
			type: 'boolean',
			default: false,
			description:
				'Whether a failed photo, description, admin or welcome-message step only shows in the output (as photoError, descriptionError…) instead of failing the item. The group exists either way.',
		},
		photoOptionsV1.binary,
		{
			displayName: 'Only Numbers on WhatsApp',
			name: 'onlyNumbersOnWhatsApp',
			type: 'boolean',
			default: false,
			description:
				'Whether to check the participants first and create the group with only those that have WhatsApp. The others are listed in the output field phonesWithoutWhatsApp.',
		},
		photoOption,
		photoOptionsV1.base64,
		photoOptionsV1.source,
		photoOptionsV1.url,
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
