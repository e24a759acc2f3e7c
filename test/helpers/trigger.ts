/**
 * Runs the Z-API Trigger through n8n-core's real contexts, the way n8n 2.41.1 does:
 * - a call: a WebhookContext on a Workflow holding the trigger, with a fake express request and
 *   response, and the answer n8n would give (`executeWebhook` in cli/src/webhooks/webhook-helpers.ts);
 * - an execution: see triggerRun.ts.
 * Static data is shared per test through `staticData` (the database, in n8n).
 */
import { WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { ZApi } from '../../nodes/ZApi/ZApi.node';
import { ZApiTrigger } from '../../nodes/ZApiTrigger/ZApiTrigger.node';
import { Z_API_TYPE, captureOutput, testAdditionalData } from './engine';

export * from './zapiEvents';

export const TRIGGER_TYPE = 'n8n-nodes-z-api.zApiTrigger';
export const TRIGGER_NAME = 'Z-API Trigger';
export const WEBHOOK_ID = '3f1c2b9a-7d4e-4c1a-9b2f-5e6d7c8a9b0c';
export const WEBHOOK_BASE = 'https://n8n.test/webhook';
export const WEBHOOK_TEST_BASE = 'https://n8n.test/webhook-test';

/** Credentials whose tokens the leak tests look for. */
export const TRIGGER_CREDENTIALS: Record<string, ICredentialDataDecryptedObject> = {
	zApiApi: {
		instanceId: 'TRIGGERINSTANCE01',
		instanceToken: 'TRIGGER-INSTANCE-TOKEN-7c1e',
		clientToken: 'TRIGGER-CLIENT-TOKEN-9d2f',
		defaultCountryCode: '',
		baseUrl: 'https://api.z-api.io',
	},
};

export const triggerNodeTypes: INodeTypes = (() => {
	const types: Record<string, INodeType> = {
		[TRIGGER_TYPE]: new ZApiTrigger(),
		[Z_API_TYPE]: new ZApi(),
	};
	return {
		getByName: (type: string) => types[type],
		getByNameAndVersion: (type: string, version?: number) =>
			NodeHelpers.getVersionedNodeType(types[type], version),
		getKnownTypes: () => ({}),
	} as INodeTypes;
})();

// ---- the workflow ----------------------------------------------------------------------------

export function triggerNode(parameters: INodeParameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'trigger-node-id',
		name: TRIGGER_NAME,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: WEBHOOK_ID,
		parameters,
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
		...extra,
	};
}

/** A workflow holding the trigger (and any other nodes), its static data taken from `staticData`. */
export function triggerWorkflow(
	nodes: INode[],
	staticData: IDataObject = {},
	connections: Workflow['connectionsBySourceNode'] = {},
): Workflow {
	return new Workflow({
		id: 'trigger-test',
		name: 'Trigger test',
		nodes,
		connections,
		nodeTypes: triggerNodeTypes,
		active: true,
		staticData,
	});
}

export function triggerAdditionalData(
	credentials = TRIGGER_CREDENTIALS,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return testAdditionalData(credentials, {
		webhookBaseUrl: WEBHOOK_BASE,
		webhookTestBaseUrl: WEBHOOK_TEST_BASE,
		...extra,
	});
}

export function webhookData(
	workflow: Workflow,
	additionalData: IWorkflowExecuteAdditionalData,
	isTest = false,
	name = 'default',
): IWebhookData {
	const node = workflow.getNode(TRIGGER_NAME)!;
	const description = new ZApiTrigger().description.webhooks!.find((hook) => hook.name === name)!;
	return {
		httpMethod: 'POST',
		node: node.name,
		path: `${node.webhookId}/${description.path}`,
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
		isTest,
	};
}

// ---- a call ----------------------------------------------------------------------------------

export interface Call {
	/** The trigger's parameters (defaults filled in by the Workflow, as in n8n). */
	parameters: INodeParameters;
	body: unknown;
	query?: IDataObject;
	/** The request's path (`/webhook/<webhookId>/zapi` unless said). */
	path?: string;
	/** Which of the node's webhooks is called: 'default' unless said. */
	webhookName?: string;
	/** Added to n8n's (a JSON content type and the body's length); undefined removes one. */
	headers?: Record<string, string | undefined>;
	/** The workflow's static data; `{ 'node:Z-API Trigger': { secret } }` for a registered trigger. */
	staticData?: IDataObject;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	isTest?: boolean;
	/** The trigger node's version: 1 unless said (saved workflows); n8n adds new nodes as 2. */
	typeVersion?: number;
}

export interface CallResult {
	/** What n8n answers the caller. */
	status: number;
	answer: unknown;
	/** Whether n8n would start an execution, and with which items (their json). */
	started: boolean;
	items: IDataObject[];
	result: IWebhookResponseData;
	/** What n8n logged during the call. */
	logs: string;
	/** Everything the call produced, as text, to scan for secrets. */
	text: string;
}

/** Static data of a trigger registered with `secret`. */
export function registeredWith(secret: string): IDataObject {
	return { [`node:${TRIGGER_NAME}`]: { secret } };
}

/** JSON, or a note where JSON.stringify cannot go (a body nested deeper than its stack). */
function jsonOrNote(value: unknown): string {
	try {
		return JSON.stringify(value);
	} catch {
		return '[too deep to write as JSON]';
	}
}

/** One POST to the trigger's webhook, answered the way n8n's executeWebhook answers it. */
export async function callTrigger(call: Call): Promise<CallResult> {
	const typeVersion = call.typeVersion ?? 1;
	const workflow = triggerWorkflow(
		[triggerNode(call.parameters, { typeVersion })],
		call.staticData ?? {},
	);
	const sent: { status: number; body?: unknown } = { status: 200 };
	const response = {
		headersSent: false,
		status(code: number) {
			sent.status = code;
			return response;
		},
		json(body: unknown) {
			sent.body = body;
			response.headersSent = true;
			return response;
		},
		send(body: unknown) {
			return response.json(body);
		},
		end() {
			response.headersSent = true;
			return response;
		},
		setHeader() {
			return response;
		},
	};
	const headers: Record<string, string | undefined> = {
		'content-type': 'application/json',
		...call.headers,
	};
	if (!Object.hasOwn(call.headers ?? {}, 'content-length')) {
		const rawBody = typeof call.body === 'string' ? call.body : JSON.stringify(call.body ?? '');
		headers['content-length'] = String(Buffer.byteLength(rawBody));
	}
	for (const name of Object.keys(headers)) if (headers[name] === undefined) delete headers[name];
	const request = {
		method: 'POST',
		body: call.body,
		path: call.path ?? `/webhook/${WEBHOOK_ID}/zapi`,
		query: call.query ?? {},
		params: {},
		headers,
	};
	const additionalData = triggerAdditionalData(call.credentials, {
		httpRequest: request,
		httpResponse: response,
	} as unknown as Partial<IWorkflowExecuteAdditionalData>);
	const node = workflow.getNode(TRIGGER_NAME)!;
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		call.isTest ? 'manual' : 'webhook',
		webhookData(workflow, additionalData, call.isTest, call.webhookName),
		[],
		null,
	);
	const trigger = triggerNodeTypes.getByNameAndVersion(TRIGGER_TYPE, typeVersion);
	const { value: result, logs } = await captureOutput(
		async () => await trigger.webhook!.call(context),
	);

	let status = sent.status;
	let answer: unknown = sent.body;
	const started = result.workflowData !== undefined;
	if (result.noWebhookResponse !== true) {
		status = 200;
		answer = started
			? { message: 'Workflow was started' }
			: (result.webhookResponse ?? { message: 'Webhook call received' });
	}
	const items = started ? result.workflowData![0].map((item) => item.json) : [];
	const text = `${jsonOrNote({ status, answer, items, result })}\n${logs}`;
	return { status, answer, started, items, result, logs, text };
}
