import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as deleteQueue from './deleteQueue.operation';
import * as deleteQueuedMessage from './deleteQueuedMessage.operation';
import * as disconnect from './disconnect.operation';
import * as getQrCode from './getQrCode.operation';
import * as getQueue from './getQueue.operation';
import * as getStatus from './getStatus.operation';
import * as restart from './restart.operation';
import * as setCallReject from './setCallReject.operation';
import * as setCallRejectMessage from './setCallRejectMessage.operation';
import * as updateProfileDescription from './updateProfileDescription.operation';
import * as updateProfileName from './updateProfileName.operation';
import * as updateProfilePicture from './updateProfilePicture.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['instance'] } },
	options: [
		{
			name: 'Delete One Queued Message',
			value: 'deleteQueuedMessage',
			description: 'Delete one message waiting in the send queue, so that it is not sent',
			action: 'Delete one queued message',
		},
		{
			name: 'Delete Queue',
			value: 'deleteQueue',
			description: 'Delete every message waiting in the send queue, e.g. to stop a bulk send',
			action: 'Delete the send queue',
		},
		{
			name: 'Disconnect',
			value: 'disconnect',
			description: 'Disconnect the WhatsApp number; webhooks stop until the QR code is read again',
			action: 'Disconnect the instance',
		},
		{
			name: 'Get QR Code',
			value: 'getQrCode',
			description: 'Get the QR code to connect the number, as an image file',
			action: 'Get the QR code of the instance',
		},
		{
			name: 'Get Queue',
			value: 'getQueue',
			description: 'Get the messages waiting in the send queue, not yet sent to WhatsApp',
			action: 'Get the send queue',
		},
		{
			name: 'Get Status',
			value: 'getStatus',
			description: 'Check whether the WhatsApp number is connected',
			action: 'Get the status of the instance',
		},
		{
			name: 'Restart',
			value: 'restart',
			description: 'Restart the instance; the QR code does not need to be read again',
			action: 'Restart the instance',
		},
		{
			name: 'Set Call Reject',
			value: 'setCallReject',
			description: 'Turn on or off the automatic rejection of incoming voice calls',
			action: 'Set call reject on or off',
		},
		{
			name: 'Set Call Reject Message',
			value: 'setCallRejectMessage',
			description: 'Set the message sent to callers after their call is rejected',
			action: 'Set the call reject message',
		},
		{
			name: 'Update Profile Description',
			value: 'updateProfileDescription',
			description: 'Change the WhatsApp profile description (about) of the number',
			action: 'Update the profile description',
		},
		{
			name: 'Update Profile Name',
			value: 'updateProfileName',
			description: 'Change the WhatsApp profile name of the number',
			action: 'Update the profile name',
		},
		{
			name: 'Update Profile Picture',
			value: 'updateProfilePicture',
			description: 'Change the WhatsApp profile picture of the number, from an image URL',
			action: 'Update the profile picture',
		},
	],
	default: 'getStatus',
});

export type InstanceOperation = OptionValue<typeof operation>;

export const operations: Record<InstanceOperation, DescribedOperation> = {
	deleteQueue,
	deleteQueuedMessage,
	disconnect,
	getQrCode,
	getQueue,
	getStatus,
	restart,
	setCallReject,
	setCallRejectMessage,
	updateProfileDescription,
	updateProfileName,
	updateProfilePicture,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('instance', toolTextsOf(operations)),
	...deleteQueue.description,
	...deleteQueuedMessage.description,
	...disconnect.description,
	...getQrCode.description,
	...getQueue.description,
	...getStatus.description,
	...restart.description,
	...setCallReject.description,
	...setCallRejectMessage.description,
	...updateProfileDescription.description,
	...updateProfileName.description,
	...updateProfilePicture.description,
];
