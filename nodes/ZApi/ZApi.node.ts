import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	SEND_AND_WAIT_OPERATION,
	sleep,
} from 'n8n-workflow';

import { searchCommunities } from './methods/searchCommunities';
import { searchGroups } from './methods/listSearch';
import * as chat from './resources/chat';
import { searchChannels } from './methods/searchChannels';
import * as channel from './resources/channel';
import { searchLabels } from './methods/searchLabels';
import * as community from './resources/community';
import * as contact from './resources/contact';
import * as group from './resources/group';
import * as instance from './resources/instance';
import * as label from './resources/label';
import * as message from './resources/message';
import { SEARCH_CHANNELS_METHOD } from './shared/channelId';
import * as status from './resources/status';
import { SEARCH_COMMUNITIES_METHOD } from './shared/communityId';
import { SEARCH_GROUPS_METHOD } from './shared/groupId';
import { SEARCH_LABELS_METHOD } from './shared/labelId';
import { inputError } from './shared/nodeErrors';
import type { Operation, OptionValue } from './shared/operation';
import { ItemWithBinary, optionsParameter } from './shared/operation';
import { existingGroupOptions } from './resources/group/existingGroups';
import { pacingOptions, readPacing, waitBefore } from './shared/pacing';
import { passNode, readPassParameter } from './shared/passParameters';
import { readWaitTill } from './shared/sendAndWait/limit';
import { sendAndWaitWebhook } from './shared/sendAndWait/webhook';
import { mayHaveReachedZApi, partialOutputOf } from './shared/retryState';
import { subtitleExpression } from './subtitle';
import { DEFAULT_TIMEOUT_MS } from './transport/request';

const resource = optionsParameter({
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Channel', value: 'channel' },
		{ name: 'Chat', value: 'chat' },
		{ name: 'Community', value: 'community' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Instance', value: 'instance' },
		{ name: 'Label', value: 'label' },
		{ name: 'Message', value: 'message' },
		{ name: 'Status', value: 'status' },
	],
	default: 'group',
});

const resources: Record<OptionValue<typeof resource>, Record<string, Operation>> = {
	channel: channel.operations,
	chat: chat.operations,
	community: community.operations,
	contact: contact.operations,
	group: group.operations,
	instance: instance.operations,
	label: label.operations,
	message: message.operations,
	status: status.operations,
};

/** Errors leave the node as NodeApiError or NodeOperationError, with the item they belong to. */
function asNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * The item On Error: Continue outputs for a failure: what a create whose follow-up failed still made,
 * the message, and `mayHaveReachedZApi: true` when the work may have been done anyway (route on it).
 */
function errorItem(error: unknown, nodeError: Error): IDataObject {
	const json: IDataObject = { ...partialOutputOf(error), error: nodeError.message };
	if (mayHaveReachedZApi(error)) json.mayHaveReachedZApi = true;
	return json;
}

function timeoutOf(options: IDataObject): number {
	return Number(options.timeout) > 0 ? Number(options.timeout) : DEFAULT_TIMEOUT_MS;
}

/**
 * Message → Send and Wait for Response, run as n8n's own send-and-wait nodes run: one question, from
 * the first item; the execution then waits, and the answer (the webhook's item) is the node's output.
 * When the wait limit passes first, the output is the node's input.
 */
async function sendAndWait(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	try {
		// As an AI agent's tool the node cannot hold the agent's run: n8n resumes waiting webhooks
		// of workflow steps only.
		if (passNode(this).type.endsWith('Tool')) {
			throw inputError(
				this.getNode(),
				'Send and Wait for Response runs as a workflow step only, not as an AI tool: put a Z-API node with this operation after the agent',
				0,
			);
		}
		const waitTill = readWaitTill.call(this, 0);
		const options = readPassParameter<IDataObject>(this, 'options', 0, {});
		await message.operations.sendAndWait.execute.call(this, 0, { timeout: timeoutOf(options) });
		await this.putExecutionToWait(waitTill);
		return [items];
	} catch (error) {
		const nodeError = asNodeError(this.getNode(), error, 0);
		if (!this.continueOnFail()) throw nodeError;
		return [[{ json: errorItem(error, nodeError), pairedItem: { item: 0 } }]];
	}
}

export class ZApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Z-API',
		name: 'zApi',
		icon: { light: 'file:zApi.svg', dark: 'file:zApi.dark.svg' },
		group: ['output'],
		// 2: Create's photo is one Photo in Additional Fields (createPhoto.ts).
		version: [1, 2],
		defaultVersion: 2,
		subtitle: subtitleExpression(resource, [
			group.operation,
			message.operation,
			contact.operation,
			instance.operation,
			chat.operation,
			channel.operation,
			label.operation,
			status.operation,
			community.operation,
		]),
		// The node creator shows the trigger's description instead (ZApiTrigger.node.ts).
		description:
			'Send WhatsApp messages, manage groups and contacts, check numbers and manage the instance through Z-API',
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
			...group.description,
			...message.description,
			...contact.description,
			...instance.description,
			...chat.description,
			...channel.description,
			...label.description,
			...status.description,
			...community.description,
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
	methods = {
		listSearch: {
			[SEARCH_GROUPS_METHOD]: searchGroups,
			[SEARCH_COMMUNITIES_METHOD]: searchCommunities,
			[SEARCH_CHANNELS_METHOD]: searchChannels,
			[SEARCH_LABELS_METHOD]: searchLabels,
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return sendAndWaitWebhook.call(this);
	}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		if (
			readPassParameter(this, 'resource', 0) === 'message' &&
			readPassParameter(this, 'operation', 0) === SEND_AND_WAIT_OPERATION
		) {
			return await sendAndWait.call(this, items);
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
				for (const json of Array.isArray(output) ? output : [output]) {
					returnData.push({ json, pairedItem: { item: itemIndex } });
				}
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
