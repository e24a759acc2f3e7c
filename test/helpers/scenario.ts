import net from 'node:net';

import type { ICredentialDataDecryptedObject, INodeParameters, IWorkflowBase } from 'n8n-workflow';

import { loadFixture, runWorkflow } from './engine';

import { startZApiDouble } from '../zapi-double/server';
import type { Fault, ZApiDouble } from '../zapi-double/server';

export type { Fault, ZApiDouble };
export { startZApiDouble };

/**
 * A Z-API double for the tests of one file: started before them, reset after each, closed at the end.
 * Its fields are filled in when it starts (config and requests are changed in place, never replaced).
 */
export function useZApiDouble(options: Parameters<typeof startZApiDouble>[0] = {}): ZApiDouble {
	const double = {} as ZApiDouble;
	beforeAll(async () => {
		Object.assign(double, await startZApiDouble(options));
	});
	afterEach(() => double.reset());
	afterAll(async () => await double.close());
	return double;
}

export const TRIGGER = 'When clicking ‘Execute workflow’';

export function credentialsFor(double: ZApiDouble, overrides: ICredentialDataDecryptedObject = {}) {
	return {
		zApiApi: {
			instanceId: double.config.instanceId,
			instanceToken: double.config.instanceToken,
			clientToken: double.config.clientToken,
			baseUrl: double.url,
			...overrides,
		},
	};
}

export interface NodeSettings {
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

/**
 * The fixture `create-groups.workflow.json` (Manual Trigger with pinned items → Z-API Create Group),
 * with other input items, parameters or node settings when a test needs them.
 */
export function createGroupsWorkflow(
	options: {
		items?: Array<Record<string, unknown>>;
		/** Binary data given to every item, as pinned data carries it (base64 in `data`). */
		binary?: Record<string, { data: string; mimeType: string; fileName?: string }>;
		parameters?: INodeParameters;
		settings?: NodeSettings;
	} = {},
): IWorkflowBase {
	const workflow = loadFixture('create-groups.workflow.json');
	const node = workflow.nodes.find((candidate) => candidate.name === 'Z-API')!;
	Object.assign(node.parameters, options.parameters ?? {});
	Object.assign(node, options.settings ?? {});
	if (options.items)
		workflow.pinData = {
			[TRIGGER]: options.items.map((json) =>
				options.binary ? { json, binary: options.binary } : { json },
			),
		} as IWorkflowBase['pinData'];
	return workflow;
}

export async function runCreateGroups(
	double: ZApiDouble,
	options: Parameters<typeof createGroupsWorkflow>[0] & {
		credentials?: ICredentialDataDecryptedObject;
	} = {},
) {
	return await runWorkflow(
		createGroupsWorkflow(options),
		credentialsFor(double, options.credentials),
	);
}

/** Every secret a run must never show: both tokens and any URL path that carries the token. */
export function expectNoSecrets(text: string, double: ZApiDouble, extra: string[] = []) {
	for (const secret of [double.config.instanceToken, double.config.clientToken, ...extra]) {
		if (secret) expect(text).not.toContain(secret);
	}
	expect(text).not.toMatch(/\/token\/(?!\*\*\*)[^/\s"]+/);
}

/** A Base URL where nothing listens (a port opened and closed again): connections to it are refused. */
export async function refusedBaseUrl(): Promise<string> {
	const port = await new Promise<number>((resolve) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port: open } = server.address() as net.AddressInfo;
			server.close(() => resolve(open));
		});
	});
	return `http://127.0.0.1:${port}/`;
}
