import type { INodeProperties } from 'n8n-workflow';

import type { DescribedOperation, OptionValue } from '../../shared/operation';
import { optionsParameter } from '../../shared/operation';
import { toolDescriptionParameters, toolTextsOf } from '../../shared/toolDescription';
import * as disconnect from './disconnect.operation';
import * as getQrCode from './getQrCode.operation';
import * as getStatus from './getStatus.operation';
import * as restart from './restart.operation';

export const operation = optionsParameter({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['instance'] } },
	options: [
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
	],
	default: 'getStatus',
});

export type InstanceOperation = OptionValue<typeof operation>;

export const operations: Record<InstanceOperation, DescribedOperation> = {
	disconnect,
	getQrCode,
	getStatus,
	restart,
};

export const description: INodeProperties[] = [
	operation,
	...toolDescriptionParameters('instance', toolTextsOf(operations)),
	...disconnect.description,
	...getQrCode.description,
	...getStatus.description,
	...restart.description,
];
