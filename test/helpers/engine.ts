/**
 * Runs workflows through n8n-core's real engine (WorkflowExecute on a Workflow), the way n8n does:
 * parameters resolved from `={{ }}` expressions, pinned trigger data, the node's settings (On Error,
 * Retry On Fail), credentials authenticated by the credential type's own `authenticate`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper, LoggerProxy, NodeHelpers, Workflow } from 'n8n-workflow';

import { ZApiApi } from '../../credentials/ZApiApi.credentials';
import { ZApi } from '../../nodes/ZApi/ZApi.node';
import { ManualTrigger } from './manualTrigger';

export const Z_API_TYPE = 'n8n-nodes-z-api.zApi';

export const nodeTypes: INodeTypes = (() => {
	const types: Record<string, INodeType> = {
		[Z_API_TYPE]: new ZApi(),
		'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	};
	return {
		getByName: (type: string) => types[type],
		getByNameAndVersion: (type: string, version?: number) =>
			NodeHelpers.getVersionedNodeType(types[type], version),
		getKnownTypes: () => ({}),
	} as INodeTypes;
})();

const credentialTypes: Record<string, ICredentialType> = { zApiApi: new ZApiApi() };

class TestCredentialsHelper extends ICredentialsHelper {
	/** How often n8n was asked to decrypt a credential: in n8n, each time a database query too. */
	reads = 0;

	constructor(private readonly credentials: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes() {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const authenticate = credentialTypes[typeName]?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		throw new Error(`the test harness only knows function authenticate (${typeName})`);
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	/** A test gives credentials by type (`zApiApi`), or by type and id (`zApiApi:2`) for nodes that differ. */
	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: { id?: string | null },
		type: string,
	) {
		this.reads += 1;
		const found = this.credentials[`${type}:${nodeCredentials.id}`] ?? this.credentials[type];
		if (!found) throw new Error(`no credentials of type ${type} in this test`);
		return { ...found };
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}
}

export interface WorkflowRun {
	run: IRun;
	/** Output items of a node (first run, first output), pairedItem kept. */
	output(nodeName?: string): INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error: IRun['data']['resultData']['error'];
	/** What n8n logged while the workflow ran (its logger writes to stdout and stderr). */
	logs: string;
	/** Everything the run produced (run data, errors with stacks, logs), as text, to scan for secrets. */
	text: string;
	/** How many times a credential was decrypted during the run. */
	credentialReads: number;
}

/**
 * Runs `work` with everything n8n logs recorded instead of printed: lines n8n's code sends through
 * LoggerProxy (the logger nodes get as `this.logger`), with their metadata, and raw stdout and stderr.
 */
export async function captureOutput<T>(
	work: () => Promise<T>,
): Promise<{ value: T; logs: string }> {
	const chunks: string[] = [];
	const record = (level: string) => (message: string, metadata?: unknown) => {
		chunks.push(`[${level}] ${message} ${JSON.stringify(metadata ?? {})}\n`);
	};
	LoggerProxy.init({
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
	});
	const original = { out: process.stdout.write, err: process.stderr.write };
	const capture = (chunk: unknown) => {
		chunks.push(
			typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'),
		);
		return true;
	};
	process.stdout.write = capture as typeof process.stdout.write;
	process.stderr.write = capture as typeof process.stderr.write;
	// n8n's own logger (winston) writes through console: see test/setup.ts.
	const state = globalThis as { __zApiLogSink?: (line: string) => void };
	state.__zApiLogSink = capture;
	try {
		return { value: await work(), logs: chunks.join('') };
	} finally {
		process.stdout.write = original.out;
		process.stderr.write = original.err;
		state.__zApiLogSink = undefined;
	}
}

export function loadFixture(name: string): IWorkflowBase {
	return JSON.parse(
		readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8'),
	) as IWorkflowBase;
}

/** What n8n hands an execution besides the workflow: here, credentials from the test and no database. */
export function testAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials),
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		currentNodeParameters: undefined,
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

let executionCounter = 0;

export async function runWorkflow(
	workflowData: IWorkflowBase,
	credentials: Record<string, ICredentialDataDecryptedObject>,
): Promise<WorkflowRun> {
	const workflow = new Workflow({
		id: 'test',
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		nodeTypes,
		settings: workflowData.settings,
		active: false,
	});
	const executionId = `test-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const finished = new Promise<IRun>((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolve(fullRunData)),
	);
	const additionalData = testAdditionalData(credentials, { hooks, executionId });

	const trigger = workflowData.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	const { value: run, logs } = await captureOutput(async () => {
		const execute = new WorkflowExecute(additionalData, 'manual');
		await execute.run({ workflow, startNode: trigger, pinData: workflowData.pinData });
		return await finished;
	});
	const { runData, error } = run.data.resultData;
	const serialized = JSON.stringify(run, (_key, value: unknown) =>
		value instanceof Error
			? {
					...value,
					message: value.message,
					stack: value.stack,
					description: (value as { description?: unknown }).description,
				}
			: value,
	);
	return {
		run,
		error,
		logs,
		credentialReads: (additionalData.credentialsHelper as TestCredentialsHelper).reads,
		output: (nodeName = 'Z-API') => runData[nodeName]?.[0]?.data?.main?.[0] ?? [],
		text: `${serialized}\n${logs}`,
	};
}
