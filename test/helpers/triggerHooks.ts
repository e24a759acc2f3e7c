/**
 * The Z-API Trigger's webhook methods run the way n8n 2.41.1 runs them, each call with a new
 * n8n-core HookContext (cli/src/webhooks/webhook.service.ts `runWebhookMethod`):
 * - activate (active-workflow-manager `addWebhooks`): a workflow built with the database's static
 *   data, checkExists then create only when it said false, the static data saved if it changed; when
 *   either throws, `clearWebhooks` (delete with the database's static data, saved) and then
 *   workflow.service's `remove()` (the same again);
 * - deactivate (`remove()` → `clearWebhooks`): delete with the database's static data, saved;
 * - listen for a test event (test-webhooks.ts): static data `{}`, the test URL, kept in memory and
 *   handed back to delete when the listening ends.
 * "The database" is `host.db`, a JSON copy of the workflow's static data.
 */
import { HookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import type { ZApiDouble } from '../zapi-double/server';
import { captureOutput } from './engine';
import {
	TRIGGER_CREDENTIALS,
	TRIGGER_NAME,
	WEBHOOK_BASE,
	WEBHOOK_ID,
	WEBHOOK_TEST_BASE,
	triggerAdditionalData,
	triggerNode,
	triggerWorkflow,
	triggerNodeTypes,
	webhookData,
} from './trigger';

export { TRIGGER_CREDENTIALS, WEBHOOK_BASE, WEBHOOK_ID, WEBHOOK_TEST_BASE };

export const PRODUCTION_URL = `${WEBHOOK_BASE}/${WEBHOOK_ID}/zapi`;
export const TEST_URL = `${WEBHOOK_TEST_BASE}/${WEBHOOK_ID}/zapi`;

/** The double's options that make it accept TRIGGER_CREDENTIALS. */
export const DOUBLE_FOR_TRIGGER = {
	instanceId: String(TRIGGER_CREDENTIALS.zApiApi.instanceId),
	instanceToken: String(TRIGGER_CREDENTIALS.zApiApi.instanceToken),
	clientToken: String(TRIGGER_CREDENTIALS.zApiApi.clientToken),
};

type HookMethod = 'checkExists' | 'create' | 'delete';

export interface HookError extends Error {
	description?: string | null;
	level?: string;
}

export interface HookRun {
	/** What n8n would show: the activation's error (undefined when it worked). */
	error?: HookError;
	/** The webhook methods n8n called, in order. */
	calls: HookMethod[];
	logs: string;
	/** The error (message, description, stack) and the logs, to scan for secrets. */
	text: string;
}

export interface HostSetup {
	double: ZApiDouble;
	parameters: INodeParameters;
	/** Credential fields over the double's. */
	credentials?: ICredentialDataDecryptedObject;
	node?: Partial<INode>;
	/** n8n's webhook bases (WEBHOOK_URL): https://n8n.test/webhook… unless given. */
	webhookBase?: string;
	testBase?: string;
}

/** The error as n8n would keep it: its own fields (context, cause…) too. */
function errorText(error?: HookError): string {
	if (!error) return '';
	const { message, description, stack } = error;
	return JSON.stringify({ ...error, message, description, stack });
}

/** One n8n holding one workflow with the trigger. */
export class TriggerHost {
	/** The database's copy of the workflow's static data. */
	db: IDataObject = {};

	constructor(public setup: HostSetup) {}

	/** The trigger's static data in the database. */
	get nodeData(): IDataObject | undefined {
		return this.db[`node:${TRIGGER_NAME}`] as IDataObject | undefined;
	}

	private credentials() {
		const { double } = this.setup;
		return {
			zApiApi: {
				...TRIGGER_CREDENTIALS.zApiApi,
				baseUrl: double.url,
				...(this.setup.credentials ?? {}),
			},
		};
	}

	private workflow(staticData: IDataObject) {
		return triggerWorkflow([triggerNode(this.setup.parameters, this.setup.node)], staticData);
	}

	private fromDb() {
		return this.workflow(JSON.parse(JSON.stringify(this.db)) as IDataObject);
	}

	private save(workflow: ReturnType<TriggerHost['workflow']>) {
		const data = workflow.staticData as IDataObject & { __dataChanged?: boolean };
		if (data.__dataChanged === true) {
			this.db = JSON.parse(JSON.stringify(data)) as IDataObject;
			data.__dataChanged = false;
		}
	}

	/** One webhook method with a new HookContext, as webhook.service's runWebhookMethod. */
	async hook(
		method: HookMethod,
		workflow: ReturnType<TriggerHost['workflow']>,
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
		isTest = false,
	): Promise<boolean> {
		const additionalData = triggerAdditionalData(this.credentials(), {
			webhookBaseUrl: this.setup.webhookBase ?? WEBHOOK_BASE,
			webhookTestBaseUrl: this.setup.testBase ?? WEBHOOK_TEST_BASE,
		});
		const data = webhookData(workflow, additionalData, isTest);
		const node = workflow.getNode(TRIGGER_NAME)!;
		const nodeType = triggerNodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const fn = nodeType.webhookMethods!.default![method]!;
		const context = new HookContext(workflow, node, additionalData, mode, activation, data);
		return await fn.call(context);
	}

	private async run(work: (calls: HookMethod[]) => Promise<void>): Promise<HookRun> {
		const calls: HookMethod[] = [];
		let error: HookError | undefined;
		const { logs } = await captureOutput(async () => {
			try {
				await work(calls);
			} catch (caught) {
				error = caught as HookError;
			}
		});
		return { error, calls, logs, text: `${errorText(error)}\n${logs}` };
	}

	/** `clearWebhooks`: delete with the database's static data, then saved. */
	private async clear(calls: HookMethod[]) {
		const workflow = this.fromDb();
		calls.push('delete');
		await this.hook('delete', workflow, 'internal', 'update');
		this.save(workflow);
	}

	/** Activation, or `n8n start` ('init') with the workflow active. */
	async activate(activation: WorkflowActivateMode = 'activate'): Promise<HookRun> {
		return await this.run(async (calls) => {
			const workflow = this.fromDb();
			try {
				calls.push('checkExists');
				if (!(await this.hook('checkExists', workflow, 'trigger', activation))) {
					calls.push('create');
					await this.hook('create', workflow, 'trigger', activation);
				}
			} catch (error) {
				await this.clear(calls); // addWebhooks
				await this.clear(calls); // workflow.service → remove()
				throw error;
			}
			this.save(workflow);
		});
	}

	async deactivate(): Promise<HookRun> {
		return await this.run(async (calls) => await this.clear(calls));
	}

	/** Saving an active workflow with new parameters: remove() with the old, add() with the new. */
	async update(parameters: INodeParameters): Promise<{ removed: HookRun; added: HookRun }> {
		const removed = await this.deactivate();
		this.setup.parameters = parameters;
		return { removed, added: await this.activate('update') };
	}

	/** "Listen for test event": returns the registration's outcome and how to end the listening. */
	async listen(): Promise<HookRun & { stop(): Promise<HookRun> }> {
		const workflow = this.workflow({});
		const started = await this.run(async (calls) => {
			try {
				calls.push('checkExists');
				if (!(await this.hook('checkExists', workflow, 'manual', 'manual', true))) {
					calls.push('create');
					await this.hook('create', workflow, 'manual', 'manual', true);
				}
			} catch (error) {
				// test-webhooks.ts deactivateWebhooks, with the same (in-memory) static data
				calls.push('delete');
				await this.hook('delete', workflow, 'internal', 'update', true);
				throw error;
			}
		});
		const stop = async () =>
			await this.run(async (calls) => {
				calls.push('delete');
				await this.hook('delete', workflow, 'internal', 'update', true);
			});
		return { ...started, stop };
	}
}

/** The double's requests as `METHOD /endpoint` lines, in order. */
export function requestLines(double: ZApiDouble): string[] {
	return double.requests.map((request) => `${request.method} ${request.endpoint}`);
}

/**
 * What registration must never show in an error or a log line: both tokens (`GET /me` answers with
 * the instance token), the secret, and any URL (registered, previous or other: hosts only).
 */
export function expectNoLeak(text: string, double: ZApiDouble, secrets: unknown[] = []) {
	for (const secret of [double.config.instanceToken, double.config.clientToken, ...secrets]) {
		if (typeof secret === 'string' && secret) expect(text).not.toContain(secret);
	}
	// The http refusal's own example (https://n8n.example.com/) and words ("https:// webhook URLs") aside.
	expect(text).not.toMatch(/https?:\/\/(?!n8n\.example\.com\/)[a-z0-9]/i);
	expect(text).not.toContain('secret=');
}
