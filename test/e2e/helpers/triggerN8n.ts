import { readFileSync } from 'node:fs';
import path from 'node:path';

import { N8nInstance } from '../../../scripts/n8n/instance';
import { startZApiDouble } from '../../zapi-double/server';
import type { ZApiDouble } from '../../zapi-double/server';
import { CREDENTIAL, SECRETS } from './realN8n';
import type { Workflow } from './realN8n';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The https address n8n builds its webhook URLs with; it still listens on http 127.0.0.1. */
export const PUBLIC_URL = 'https://n8n.e2e.invalid/';
/** What the "Upon receiving" webhook of the instance pointed at before the workflow took it. */
export const PREVIOUS_URL = 'https://previous.example/zapi';

/** The README's trigger example: Z-API Trigger (Participant Added) → Welcome Message (Send Text). */
export function welcomeWorkflow(): Workflow {
	const file = path.join(ROOT, 'examples', 'welcome-new-members.workflow.json');
	return JSON.parse(readFileSync(file, 'utf8')) as Workflow;
}

/** A documented example payload from test/fixtures/zapi-events/, with `changes` on top. */
export function zApiEvent(name: string, changes: Record<string, unknown> = {}) {
	const file = path.join(ROOT, 'test', 'fixtures', 'zapi-events', `${name}.json`);
	// Each fixture says where it comes from; the body Z-API sends is its `payload`.
	const { payload } = JSON.parse(readFileSync(file, 'utf8')) as {
		payload: Record<string, unknown>;
	};
	return { ...payload, ...changes };
}

export interface TriggerN8n {
	n8n: N8nInstance;
	double: ZApiDouble;
	/** The running `n8n start`: its local http address. */
	server: { url: string; port: number; stop(): Promise<void> };
	/** The owner's session cookie (n8n's REST API). */
	cookie: string;
	/** Stops n8n and starts it again in the same user folder, with `extraEnv`. */
	restart(extraEnv: Record<string, string>): Promise<void>;
	/** A request to n8n's REST API as the owner; resolves the status and the parsed answer. */
	rest(method: string, route: string, body?: unknown): Promise<{ status: number; body: any }>;
	/** The executions n8n recorded for a workflow, newest first. */
	executions(workflowId: string): Promise<Array<{ id: string; status: string }>>;
	/**
	 * Activates a workflow as the editor does (`POST /rest/workflows/:id/activate`) and resolves
	 * whether its trigger was set up, with n8n's error message if not. n8n 1.x answers the request
	 * with the outcome (400 and the message on failure); n8n 2.x answers at once and sets the trigger
	 * up in the background (its "publication": up to 5 attempts), so its publication status is polled.
	 */
	activate(workflowId: string): Promise<{ ok: boolean; message?: string }>;
	/** `POST /rest/workflows/:id/deactivate`; n8n 2.x removes the trigger in the background. */
	deactivate(workflowId: string): Promise<void>;
}

/**
 * One real n8n for the trigger's test file: the packed package installed into its .n8n/nodes, the
 * credential and `workflows` imported through n8n's CLI, `activeWorkflowId` made active with n8n's
 * CLI (publish:workflow in 2.x, update:workflow --active in 1.x), then `n8n start` with WEBHOOK_URL
 * set to PUBLIC_URL: the trigger registers at startup, as after every restart of a real n8n. The
 * Z-API double starts with PREVIOUS_URL as its "Upon receiving" webhook.
 */
export function useTriggerN8n(
	version: string,
	workflows: Workflow[],
	activeWorkflowId: string,
): TriggerN8n {
	const context = {} as TriggerN8n;
	beforeAll(async () => {
		const tarball = process.env.ZAPI_E2E_TARBALL;
		if (!tarball) throw new Error('ZAPI_E2E_TARBALL is not set: run through `npm run test:e2e`');
		context.double = await startZApiDouble({
			clientToken: SECRETS.clientToken,
			webhooks: { received: PREVIOUS_URL },
		});
		const n8n = await N8nInstance.create({ version, name: 'e2e-trigger', logLevel: 'debug' });
		context.n8n = n8n;
		await n8n.installPackage(tarball);
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				type: 'zApiApi',
				data: {
					instanceId: context.double.config.instanceId,
					instanceToken: SECRETS.instanceToken,
					clientToken: SECRETS.clientToken,
					baseUrl: context.double.url,
				},
			},
		]);
		await n8n.importWorkflows(workflows);
		const activate = version.startsWith('1.')
			? ['update:workflow', `--id=${activeWorkflowId}`, '--active=true']
			: ['publish:workflow', `--id=${activeWorkflowId}`];
		const activated = await n8n.n8n(activate);
		if (activated.code !== 0)
			throw new Error(`n8n ${activate.join(' ')} failed:\n${activated.stderr}`);

		context.server = await n8n.start({ extraEnv: { WEBHOOK_URL: PUBLIC_URL } });
		context.cookie = (await n8n.setupOwner(context.server.url)).cookie!;
		context.restart = async (extraEnv) => {
			await context.server.stop();
			context.server = await n8n.start({ extraEnv });
		};
		context.rest = async (method, route, body) => {
			const response = await fetch(`${context.server.url}${route}`, {
				method,
				headers: { cookie: context.cookie, 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await response.text();
			let parsed: unknown = text;
			try {
				parsed = JSON.parse(text);
			} catch {
				// not JSON: keep the text
			}
			return { status: response.status, body: parsed };
		};
		context.executions = async (workflowId) => {
			const filter = encodeURIComponent(JSON.stringify({ workflowId }));
			const { status, body } = await context.rest('GET', `/rest/executions?filter=${filter}`);
			if (status !== 200)
				throw new Error(`GET /rest/executions: HTTP ${status} ${JSON.stringify(body)}`);
			return body.data.results;
		};
		context.activate = async (workflowId) => {
			const current = await context.rest('GET', `/rest/workflows/${workflowId}`);
			if (current.status !== 200)
				throw new Error(`GET workflow ${workflowId}: HTTP ${current.status}`);
			const answer = await context.rest('POST', `/rest/workflows/${workflowId}/activate`, {
				versionId: current.body.data.versionId,
			});
			if (answer.status === 400) return { ok: false, message: answer.body.message };
			if (answer.status !== 200) {
				throw new Error(
					`activate ${workflowId}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`,
				);
			}
			if (version.startsWith('1.')) return { ok: true };
			const status = await eventually(
				'the publication to end',
				async () => {
					const { body } = await context.rest(
						'GET',
						`/rest/workflows/${workflowId}/publication-status`,
					);
					return !['in_progress', 'not_published'].includes(body.data.status) && body.data;
				},
				60000,
			);
			const failed = status.triggers.find((t: { status: string }) => t.status === 'failed');
			return failed ? { ok: false, message: failed.errorMessage } : { ok: true };
		};
		context.deactivate = async (workflowId) => {
			const answer = await context.rest('POST', `/rest/workflows/${workflowId}/deactivate`, {});
			if (answer.status !== 200) {
				throw new Error(
					`deactivate ${workflowId}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`,
				);
			}
		};
	});
	afterAll(async () => {
		await context.server?.stop();
		await context.double?.close();
	});
	return context;
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
	what: string,
	probe: () => Promise<T | undefined | false> | T | undefined | false,
	timeoutMs = 30000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined && value !== false) return value as T;
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
