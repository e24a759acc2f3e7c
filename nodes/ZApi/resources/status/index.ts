import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as sendImage from './sendImage.operation';
import * as sendText from './sendText.operation';
import * as sendVideo from './sendVideo.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['status'] } },
	options: [
		{
			name: 'Send Image Status',
			value: 'sendImage',
			description: 'Post an image to your WhatsApp status, seen by your contacts for 24 hours',
			action: 'Send an image status',
		},
		{
			name: 'Send Text Status',
			value: 'sendText',
			description: 'Post a text to your WhatsApp status, seen by your contacts for 24 hours',
			action: 'Send a text status',
		},
		{
			name: 'Send Video Status',
			value: 'sendVideo',
			description: 'Post a video of up to 10 MB to your WhatsApp status for 24 hours',
			action: 'Send a video status',
		},
	],
	default: 'sendText',
});

export type StatusOperation = OptionValue<typeof operation>;

export const operations: Record<StatusOperation, DescribedOperation> = {
	sendImage,
	sendText,
	sendVideo,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('status', toolTextsOf(operations)),
	...sendImage.description,
	...sendText.description,
	...sendVideo.description,
];
