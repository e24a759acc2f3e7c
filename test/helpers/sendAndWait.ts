/**
 * A call on a link of Message → Send and Wait for Response, the way n8n's waiting-webhook server
 * makes it: a WebhookContext on the Z-API node of the waiting workflow, a fake express request and
 * response, and the answer n8n would give (`executeWebhook` in cli/src/webhooks/webhook-helpers.ts).
 */
import { WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INodeParameters,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { ZApi } from '../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from './engine';

export const NODE_ID = '7b1c4a55-5f0e-4c43-8a59-0c1d2b3e4f02';

export interface LinkCall {
	parameters: INodeParameters;
	method: string;
	query?: IDataObject;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface LinkAnswer {
	status: number;
	contentType?: string;
	headers: Record<string, string>;
	html: string;
	/** Whether n8n would resume the execution, and with which items (their json). */
	resumed: boolean;
	items: IDataObject[];
	result: IWebhookResponseData;
}

export async function callLink(call: LinkCall): Promise<LinkAnswer> {
	const workflow = new Workflow({
		id: 'send-and-wait',
		nodes: [
			{
				id: NODE_ID,
				name: 'Z-API',
				type: Z_API_TYPE,
				typeVersion: 2,
				position: [0, 0],
				parameters: { resource: 'message', operation: 'sendAndWait', ...call.parameters },
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
			},
		],
		connections: {},
		nodeTypes,
		active: false,
	});
	const sent: { status: number; body?: unknown; headers: Record<string, string> } = {
		status: 200,
		headers: {},
	};
	const response = {
		headersSent: false,
		status(code: number) {
			sent.status = code;
			return response;
		},
		setHeader(name: string, value: string) {
			sent.headers[name.toLowerCase()] = value;
			return response;
		},
		send(body: unknown) {
			sent.body = body;
			response.headersSent = true;
			return response;
		},
		end() {
			response.headersSent = true;
			return response;
		},
	};
	const request = {
		method: call.method,
		body: call.body ?? {},
		query: call.query ?? {},
		params: {},
		headers: call.headers ?? {},
	};
	const additionalData = testAdditionalData({}, {
		httpRequest: request,
		httpResponse: response,
	} as unknown as Partial<IWorkflowExecuteAdditionalData>);
	const node = workflow.getNode('Z-API')!;
	const description =
		new ZApi().description.webhooks!.find((webhook) => webhook.httpMethod === call.method) ??
		new ZApi().description.webhooks![0];
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		{
			httpMethod: call.method as 'GET',
			node: node.name,
			path: NODE_ID,
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
		},
		[],
		null,
	);
	const type = NodeHelpers.getVersionedNodeType(new ZApi(), 2);
	const result = await type.webhook!.call(context);
	const resumed = result.workflowData !== undefined;
	const html =
		result.noWebhookResponse === true ? String(sent.body ?? '') : String(result.webhookResponse);
	return {
		status: result.noWebhookResponse === true ? sent.status : 200,
		contentType: sent.headers['content-type'],
		headers: sent.headers,
		html,
		resumed,
		items: resumed ? result.workflowData![0].map((item) => item.json) : [],
		result,
	};
}
