import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as add from './add.operation';
import * as block from './block.operation';
import * as checkNumbers from './checkNumbers.operation';
import * as getMany from './getMany.operation';
import * as getMetadata from './getMetadata.operation';
import * as getProfilePicture from './getProfilePicture.operation';
import * as remove from './remove.operation';
import * as unblock from './unblock.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contact'] } },
	options: [
		{
			name: 'Add',
			value: 'add',
			description: "Save contacts in the phone's address book",
			action: 'Add contacts to the address book',
		},
		{
			name: 'Block',
			value: 'block',
			description: 'Block a contact, so that they can no longer call or message you',
			action: 'Block a contact',
		},
		{
			name: 'Check Numbers',
			value: 'checkNumbers',
			description: 'Check which phone numbers have WhatsApp',
			action: 'Check phone numbers',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the WhatsApp contacts: the phone's contacts and the people in its groups",
			action: 'Get many contacts',
		},
		{
			name: 'Get Metadata',
			value: 'getMetadata',
			description: 'Get the names, about text and picture link WhatsApp shows for a contact',
			action: 'Get the metadata of a contact',
		},
		{
			name: 'Get Profile Picture',
			value: 'getProfilePicture',
			description: "Get the current link to a contact's profile picture",
			action: 'Get the profile picture of a contact',
		},
		{
			name: 'Remove',
			value: 'remove',
			description: "Remove contacts from the phone's address book",
			action: 'Remove contacts from the address book',
		},
		{
			name: 'Unblock',
			value: 'unblock',
			description: 'Unblock a contact you blocked',
			action: 'Unblock a contact',
		},
	],
	default: 'checkNumbers',
});

export type ContactOperation = OptionValue<typeof operation>;

export const operations: Record<ContactOperation, DescribedOperation> = {
	add,
	block,
	checkNumbers,
	getMany,
	getMetadata,
	getProfilePicture,
	remove,
	unblock,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('contact', toolTextsOf(operations)),
	...add.description,
	...block.description,
	...checkNumbers.description,
	...getMany.description,
	...getMetadata.description,
	...getProfilePicture.description,
	...remove.description,
	...unblock.description,
];
