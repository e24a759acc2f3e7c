import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as deleteMessage from './deleteMessage.operation';
import * as downloadMedia from './downloadMedia.operation';
import * as sendAudio from './sendAudio.operation';
import * as sendContact from './sendContact.operation';
import * as sendDocument from './sendDocument.operation';
import * as sendImage from './sendImage.operation';
import * as sendLink from './sendLink.operation';
import * as sendLocation from './sendLocation.operation';
import * as sendReaction from './sendReaction.operation';
import * as sendText from './sendText.operation';
import * as sendVideo from './sendVideo.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['message'] } },
	options: [
		{
			name: 'Delete Message',
			value: 'deleteMessage',
			description: 'Delete a message for everyone in the chat',
			action: 'Delete a message',
		},
		{
			name: 'Download Media',
			value: 'downloadMedia',
			description:
				'Download the file of a received image, audio, voice note, video, document or sticker',
			action: 'Download the media of a message',
		},
		{
			name: 'Send Audio',
			value: 'sendAudio',
			description: 'Send an audio file or voice note from a URL, Base64 or a binary file',
			action: 'Send an audio message',
		},
		{
			name: 'Send Contact',
			value: 'sendContact',
			description: 'Send a contact card with a name and phone number',
			action: 'Send a contact card',
		},
		{
			name: 'Send Document',
			value: 'sendDocument',
			description: 'Send a document (PDF, spreadsheet…) from a URL, Base64 or a binary file',
			action: 'Send a document',
		},
		{
			name: 'Send Image',
			value: 'sendImage',
			description: 'Send an image from a URL, Base64 or a binary file, with a caption',
			action: 'Send an image',
		},
		{
			name: 'Send Link',
			value: 'sendLink',
			description: 'Send a link with a preview: title, description and image',
			action: 'Send a link',
		},
		{
			name: 'Send Location',
			value: 'sendLocation',
			description: 'Send a place on the map: name, address and coordinates',
			action: 'Send a location',
		},
		{
			name: 'Send Reaction',
			value: 'sendReaction',
			description: 'React to a message with an emoji',
			action: 'Send a reaction to a message',
		},
		{
			name: 'Send Text',
			value: 'sendText',
			description: 'Send a text message to a phone number or a group; mention people',
			action: 'Send a text message',
		},
		{
			name: 'Send Video',
			value: 'sendVideo',
			description: 'Send a video from a URL, Base64 or a binary file, with a caption',
			action: 'Send a video',
		},
	],
	default: 'sendText',
});

export type MessageOperation = OptionValue<typeof operation>;

export const operations: Record<MessageOperation, DescribedOperation> = {
	sendText,
	sendImage,
	sendDocument,
	sendAudio,
	sendVideo,
	sendLink,
	sendLocation,
	sendContact,
	sendReaction,
	deleteMessage,
	downloadMedia,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('message', toolTextsOf(operations)),
	...sendText.description,
	...sendImage.description,
	...sendDocument.description,
	...sendAudio.description,
	...sendVideo.description,
	...sendLink.description,
	...sendLocation.description,
	...sendContact.description,
	...sendReaction.description,
	...deleteMessage.description,
	...downloadMedia.description,
];
