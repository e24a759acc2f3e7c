import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import { readOptionalText } from '../../shared/parameters';
import {
	PHOTO_DESCRIPTIONS,
	PHOTO_FIELDS,
	PHOTO_SOURCE_OPTIONS,
	photoFromSource,
	photoFromUrlOrBase64,
} from '../../shared/photo';

// Without Photo Source (workflows saved before it existed) Photo URL takes Base64 too.
const PHOTO_URL_DESCRIPTION = `${PHOTO_DESCRIPTIONS.url} Without Photo Source, Base64 image data is taken here too.`;

/**
 * Create Group's Additional Fields: what Z-API cannot do in the create call itself (a photo, a
 * description, admins, a first message), done right after the group exists. Each step's result is
 * in the output; a failed step never loses the group. Only Numbers on WhatsApp works before the create.
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
		{
			displayName: 'Input Binary Field',
			name: 'groupPhotoBinaryProperty',
			type: 'string',
			default: 'data',
			placeholder: 'e.g. data',
			description: PHOTO_DESCRIPTIONS.binary,
			displayOptions: { hide: { groupPhotoSource: ['url', 'base64'] } },
		},
		{
			displayName: 'Only Numbers on WhatsApp',
			name: 'onlyNumbersOnWhatsApp',
			type: 'boolean',
			default: false,
			description:
				'Whether to check the participants first and create the group with only those that have WhatsApp. The others are listed in the output field phonesWithoutWhatsApp.',
		},
		{
			displayName: 'Photo Base64',
			name: 'groupPhoto',
			type: 'string',
			default: '',
			placeholder: 'e.g. data:image/png;base64,iVBORw0…',
			description: PHOTO_DESCRIPTIONS.base64,
			displayOptions: { show: { groupPhotoSource: ['base64'] } },
		},
		{
			displayName: 'Photo Source',
			name: 'groupPhotoSource',
			type: 'options',
			noDataExpression: true,
			options: PHOTO_SOURCE_OPTIONS,
			default: 'url',
			description:
				'Where the group photo comes from. Z-API cannot create a group with a photo, so it is set right after. Without Photo Source, Input Binary Field is used when set, else Photo URL.',
		},
		{
			displayName: 'Photo URL',
			name: 'groupPhoto',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/logo.png',
			description: PHOTO_URL_DESCRIPTION,
			displayOptions: { hide: { groupPhotoSource: ['base64', 'binary'] } },
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

/**
 * The photo Additional Fields ask for, or undefined: Photo Source decides which field is read, and an
 * empty Photo URL or Photo Base64 means no photo. Without Photo Source it reads as before that option
 * existed: Input Binary Field when set, else Photo URL as a URL or Base64. Input errors name the field.
 */
export async function readPhoto(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): Promise<string | undefined> {
	const given = (label: string, value: unknown) =>
		readOptionalText.call(this, itemIndex, label, value) !== '';
	let source = fields.groupPhotoSource;
	if (source === undefined) {
		if (given(PHOTO_FIELDS.binary, fields.groupPhotoBinaryProperty)) source = 'binary';
		else if (!given(PHOTO_FIELDS.url, fields.groupPhoto)) return undefined;
		else {
			try {
				return photoFromUrlOrBase64(fields.groupPhoto);
			} catch (error) {
				const message = `${PHOTO_FIELDS.url}: ${(error as Error).message}`;
				throw inputError(this.getNode(), message, itemIndex);
			}
		}
	} else if (source === 'url' || source === 'base64') {
		if (!given(PHOTO_FIELDS[source], fields.groupPhoto)) return undefined;
	}
	return await photoFromSource.call(
		this,
		itemIndex,
		source,
		() => fields.groupPhoto,
		() => fields.groupPhotoBinaryProperty ?? 'data',
	);
}
