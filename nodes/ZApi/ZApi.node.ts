import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, SEND_AND_WAIT_OPERATION, sleep } from 'n8n-workflow';

import * as message from './resources/message';
import { existingGroupOptions } from './resources/group/existingGroups';
import {
	listSearch,
	operationParameters,
	resource,
	resourceProperties,
	resources,
} from './resources';
import { asNodeError, errorItem } from './shared/itemErrors';
import { inputError } from './shared/nodeErrors';
import { ItemWithBinary } from './shared/operation';
import { pacingOptions, readPacing, waitBefore } from './shared/pacing';
import { readPassParameter } from './shared/passParameters';
import { runSendAndWait } from './shared/sendAndWait/run';
import { sendAndWaitWebhook } from './shared/sendAndWait/webhook';
import { subtitleExpression } from './subtitle';
import { DEFAULT_TIMEOUT_MS, timeoutOf } from './transport/request';

export class ZApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Z-API',
		name: 'zApi',
		icon: { light: 'file:zApi.svg', dark: 'file:zApi.dark.svg' },
		group: ['output'],
		// 2: Create's photo is one Photo in Additional Fields (createPhoto.ts).
		version: [1, 2],
		defaultVersion: 2,
		subtitle: subtitleExpression(resource, operationParameters),
		// The node creator shows the trigger's description instead (ZApiTrigger.node.ts).
		description:
			'Send WhatsApp messages and status updates, manage groups, communities, channels, chats, labels and contacts, and the instance through Z-API',
		defaults: { name: 'Z-API' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zApiApi', required: true }],
		// Message → Send and Wait for Response: the links of the question (n8n's waiting webhooks).
		webhooks: (['GET', 'POST'] as const).map((httpMethod) => ({
			name: 'default',
			httpMethod,
			responseMode: 'onReceived',
			responseData: '',
			path: '={{ $nodeId }}',
			restartWebhook: true,
			isFullPath: true,
		})),
		waitingNodeTooltip:
			'The workflow goes on when the recipient answers on the page a link of the message opens',
		properties: [
			resource,
			...resourceProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Timeout (Milliseconds)',
						name: 'timeout',
						type: 'number',
						typeOptions: { minValue: 1000 },
						default: DEFAULT_TIMEOUT_MS,
						description:
							'Milliseconds to wait for Z-API to answer each request. A group create or a message that times out is not sent again.',
					},
					...pacingOptions,
					...existingGroupOptions,
					...message.sendAndWaitOptions,
				],
			},
		],
	};

	/** The pickers' From List modes (every Group, Community, Channel and Label ID field). */
	methods = { listSearch };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return sendAndWaitWebhook.call(this);
	}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		if (
			readPassParameter(this, 'resource', 0) === 'message' &&
			readPassParameter(this, 'operation', 0) === SEND_AND_WAIT_OPERATION
		) {
			return await runSendAndWait.call(this, items);
		}
		const returnData: INodeExecutionData[] = [];
		// Pacing is one setting for the whole run, read from the first item.
		const pacing = readPacing(readPassParameter<IDataObject>(this, 'options', 0, {}));

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const wait = waitBefore(itemIndex, pacing);
			if (wait > 0) await sleep(wait);
			try {
				// Read once per pass unless an expression sets them (as n8n's own nodes read them).
				const resourceName = readPassParameter<string>(this, 'resource', itemIndex);
				const operation = readPassParameter<string>(this, 'operation', itemIndex);
				const run = resources[resourceName as keyof typeof resources]?.[operation];
				if (!run) {
					throw inputError(
						this.getNode(),
						`The operation "${operation}" of resource "${resourceName}" is not supported`,
						itemIndex,
					);
				}
				const options = readPassParameter<IDataObject>(this, 'options', itemIndex, {});
				const timeout = timeoutOf(options);
				const output = await run.execute.call(this, itemIndex, { timeout });
				if (output instanceof ItemWithBinary) {
					const { json, binary } = output;
					returnData.push({ json, binary, pairedItem: { item: itemIndex } });
					continue;
				}
				if (!Array.isArray(output)) {
					returnData.push({ json: output, pairedItem: { item: itemIndex } });
					continue;
				}
				for (const json of output) returnData.push({ json, pairedItem: { item: itemIndex } });
			} catch (error) {
				const nodeError = asNodeError(this.getNode(), error, itemIndex);
				if (this.continueOnFail()) {
					returnData.push({ json: errorItem(error, nodeError), pairedItem: { item: itemIndex } });
					continue;
				}
				throw nodeError;
			}
		}
		return [returnData];
	}
}
