/**
 * The message operations besides Send Text (operationFaults.test.ts) against every kind of failure the
 * Z-API double can fake (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each
 * message goes to the item's group.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { OperationRow } from '../../../helpers/faultRunner';
import {
	MEMBER,
	MESSAGE_MAY_HAVE_BEEN_SENT,
	describeOperationFaults,
	useFaultDouble,
} from '../../../helpers/faultRunner';

const double = useFaultDouble();

const TO_GROUP = { resource: 'message', phone: '={{ $json.groupId }}' };
const MESSAGE_ID = '3EB0C767D26A1D8A5A4F';

/** The output of the `sent`th message the double accepted (it numbers them), sent to the group. */
const sentTo = (groupId: string, sent: number): IDataObject => ({
	phone: groupId,
	messageId: `3EB0DOUBLE000000000${sent}`,
});

/** A send of `what` (`an image`) through `route`: the rows differ only in what they send. */
function send(name: string, what: string, route: string, parameters: INodeParameters) {
	return {
		name: `Message → ${name}`,
		parameters: { ...TO_GROUP, ...parameters },
		route,
		action: (groupId: string) => `send ${what} to ${groupId}`,
		done: sentTo,
		ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
	} satisfies OperationRow;
}

const operations: OperationRow[] = [
	{
		...send('Send Text with Mentions', 'a text message', '/send-text', {
			operation: 'sendText',
			message: `Hello @${MEMBER}`,
			additionalFields: { mentioned: MEMBER },
		}),
		done: (groupId, sent) => ({ ...sentTo(groupId, sent), mentioned: [MEMBER] }),
	},
	{
		// Mention Everyone reads the group's participants first: a failure there sends nothing.
		name: 'Message → Send Text with Mention Everyone (reading the participants)',
		parameters: {
			...TO_GROUP,
			operation: 'sendText',
			message: 'Hello everyone',
			additionalFields: { mentionEveryone: true },
		},
		route: '/light-group-metadata/:groupId',
		action: (groupId) => `read the participants of the group ${groupId} to mention everyone`,
		done: (groupId, sent) => ({ ...sentTo(groupId, sent), mentioned: [MEMBER] }),
		reads: true,
	},
	send('Send Image', 'an image', '/send-image', {
		operation: 'sendImage',
		mediaSource: 'url',
		image: 'https://example.com/photo.jpg',
	}),
	send('Send Document', 'a document', '/send-document/:extension', {
		operation: 'sendDocument',
		mediaSource: 'url',
		document: 'https://example.com/invoice.pdf',
	}),
	send('Send Audio', 'an audio message', '/send-audio', {
		operation: 'sendAudio',
		mediaSource: 'url',
		audio: 'https://example.com/message.mp3',
	}),
	send('Send Video', 'a video', '/send-video', {
		operation: 'sendVideo',
		mediaSource: 'url',
		video: 'https://example.com/clip.mp4',
	}),
	send('Send Link', 'a link', '/send-link', {
		operation: 'sendLink',
		message: 'Our new catalogue is online:',
		linkUrl: 'https://example.com/catalogue',
		title: 'Spring Catalogue',
		linkDescription: 'Every product of the season',
		image: 'https://example.com/catalogue.png',
	}),
	send('Send Location', 'a location', '/send-location', {
		operation: 'sendLocation',
		title: 'Z-API Office',
		address: 'Av. Paulista, 1000, São Paulo, SP',
		latitude: '-23.5613',
		longitude: '-46.6565',
	}),
	send('Send Contact', 'a contact card', '/send-contact', {
		operation: 'sendContact',
		contactName: 'Maria Souza',
		contactPhone: '5521988887777',
	}),
	{
		...send('Send Reaction', 'a reaction', '/send-reaction', {
			operation: 'sendReaction',
			messageId: MESSAGE_ID,
			reaction: '👍',
		}),
		done: (groupId, sent) => ({
			...sentTo(groupId, sent),
			reaction: '👍',
			reactedToMessageId: MESSAGE_ID,
		}),
	},
	send('Send Sticker', 'a sticker', '/send-sticker', {
		operation: 'sendSticker',
		mediaSource: 'url',
		sticker: 'https://example.com/sticker.webp',
	}),
	send('Send Video Note', 'a video note', '/send-ptv', {
		operation: 'sendVideoNote',
		mediaSource: 'url',
		ptv: 'https://example.com/note.mp4',
	}),
	{
		name: 'Message → Mark as Read',
		parameters: { ...TO_GROUP, operation: 'markAsRead', messageId: MESSAGE_ID },
		route: '/read-message',
		action: (groupId) => `mark the message ${MESSAGE_ID} in the chat ${groupId} as read`,
		done: (groupId) => ({ phone: groupId, messageId: MESSAGE_ID, read: true }),
		ifUncertain:
			'The message may have been marked as read anyway: check the chat in WhatsApp before you run this again.',
	},
	send('Send Poll', 'a poll', '/send-poll', {
		operation: 'sendPoll',
		message: 'Which day suits you?',
		pollOptions: { option: [{ name: 'Monday' }, { name: 'Tuesday' }] },
	}),
	send('Send Poll Vote', 'a poll vote', '/send-poll-vote', {
		operation: 'sendPollVote',
		pollMessageId: MESSAGE_ID,
		pollVote: { option: [{ name: 'Monday' }] },
	}),
	// Z-API: option lists no longer show in groups; the double still takes them (its check is the body).
	send('Send Option List', 'an option list', '/send-option-list', {
		operation: 'sendOptionList',
		message: 'Choose the best option:',
		listTitle: 'Available options',
		buttonLabel: 'Open the list',
		listOptions: { option: [{ title: 'Z-API', description: 'Wings for your imagination' }] },
	}),
	send('Send Button List', 'a button list', '/send-button-list', {
		operation: 'sendButtonList',
		message: 'Is Z-API good?',
		buttons: { button: [{ label: 'Yes' }, { label: 'No' }] },
	}),
	send('Send Button List with an image', 'a button list with an image', '/send-button-list-image', {
		operation: 'sendButtonList',
		message: 'Is Z-API good?',
		buttons: { button: [{ label: 'Yes' }] },
		buttonMedia: 'image',
		image: 'https://example.com/photo.jpg',
	}),
	send('Send Button Actions', 'action buttons', '/send-button-actions', {
		operation: 'sendButtonActions',
		message: 'Thanks for your order!',
		buttons: { button: [{ type: 'URL', label: 'Visit our website', url: 'https://z-api.io' }] },
	}),
	{
		name: 'Message → Delete Message',
		parameters: { ...TO_GROUP, operation: 'deleteMessage', messageId: MESSAGE_ID, owner: true },
		route: '/messages',
		action: (groupId) => `delete the message ${MESSAGE_ID} in the chat ${groupId}`,
		done: (groupId) => ({ phone: groupId, messageId: MESSAGE_ID, owner: true, deleted: true }),
		ifUncertain:
			'The message may have been deleted anyway: check the chat in WhatsApp before you run this again.',
	},
];

describeOperationFaults(double, operations);
