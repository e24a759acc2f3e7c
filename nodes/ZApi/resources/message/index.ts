import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as deleteMessage from './deleteMessage.operation';
import * as downloadMedia from './downloadMedia.operation';
import * as forward from './forward.operation';
import * as markAsRead from './markAsRead.operation';
import * as pin from './pin.operation';
import * as sendAndWait from './sendAndWait.operation';
import * as sendAudio from './sendAudio.operation';
import * as sendButtonActions from './sendButtonActions.operation';
import * as sendButtonList from './sendButtonList.operation';
import * as sendContact from './sendContact.operation';
import * as sendDocument from './sendDocument.operation';
import * as sendImage from './sendImage.operation';
import * as sendLink from './sendLink.operation';
import * as sendLocation from './sendLocation.operation';
import * as sendOptionList from './sendOptionList.operation';
import * as sendPoll from './sendPoll.operation';
import * as sendPollVote from './sendPollVote.operation';
import * as sendReaction from './sendReaction.operation';
import * as sendSticker from './sendSticker.operation';
import * as sendText from './sendText.operation';
import * as sendVideo from './sendVideo.operation';
import * as sendVideoNote from './sendVideoNote.operation';

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
			name: 'Forward',
			value: 'forward',
			description: 'Forward a sent or received message to another chat',
			action: 'Forward a message',
		},
		{
			name: 'Mark as Read',
			value: 'markAsRead',
			description: 'Mark a received message as read (blue ticks for its sender)',
			action: 'Mark a message as read',
		},
		{
			name: 'Pin',
			value: 'pin',
			description: 'Pin a message in its chat for 24 hours, 7 or 30 days, or unpin it',
			action: 'Pin a message',
		},
		{
			name: 'Send and Wait for Response',
			value: 'sendAndWait',
			description: 'Send a question with links to answer it and wait for the answer',
			action: 'Send message and wait for response',
		},
		{
			name: 'Send Audio',
			value: 'sendAudio',
			description: 'Send an audio file or voice note from a URL, Base64 or a binary file',
			action: 'Send an audio message',
		},
		{
			name: 'Send Button Actions',
			value: 'sendButtonActions',
			description: 'Send a text with buttons that open a URL, call a number or reply',
			action: 'Send button actions',
		},
		{
			name: 'Send Button List',
			value: 'sendButtonList',
			description: 'Send a text with reply buttons, optionally with an image or a video',
			action: 'Send a button list',
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
			name: 'Send Option List',
			value: 'sendOptionList',
			description: 'Send a text with a list of options to pick one from (not shown in groups)',
			action: 'Send an option list',
		},
		{
			name: 'Send Poll',
			value: 'sendPoll',
			description: 'Send a poll of 2 to 12 options, with one or several answers allowed',
			action: 'Send a poll',
		},
		{
			name: 'Send Poll Vote',
			value: 'sendPollVote',
			description: 'Vote in a poll as the connected number, for one or several of its options',
			action: 'Send a poll vote',
		},
		{
			name: 'Send Reaction',
			value: 'sendReaction',
			description: 'React to a message with an emoji',
			action: 'Send a reaction to a message',
		},
		{
			name: 'Send Sticker',
			value: 'sendSticker',
			description: 'Send a sticker from a URL, Base64 or a binary file (WebP, PNG or JPEG)',
			action: 'Send a sticker',
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
		{
			name: 'Send Video Note',
			value: 'sendVideoNote',
			description: 'Send a round video message (PTV) from a URL, Base64 or a binary MP4 file',
			action: 'Send a video note',
		},
	],
	default: 'sendText',
});

export type MessageOperation = OptionValue<typeof operation>;

/** Send and Wait's fields in the node's Options collection. */
export const sendAndWaitOptions = sendAndWait.sendAndWaitOptions;

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
	sendSticker,
	sendVideoNote,
	markAsRead,
	deleteMessage,
	sendPoll,
	sendPollVote,
	sendOptionList,
	sendButtonList,
	sendButtonActions,
	sendAndWait,
	downloadMedia,
	forward,
	pin,
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
	...sendSticker.description,
	...sendVideoNote.description,
	...markAsRead.description,
	...deleteMessage.description,
	...sendPoll.description,
	...sendPollVote.description,
	...sendOptionList.description,
	...sendButtonList.description,
	...sendButtonActions.description,
	...sendAndWait.description,
	...downloadMedia.description,
	...forward.description,
	...pin.description,
];
