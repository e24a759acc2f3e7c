/**
 * The one way tests run the Z-API node: `runZApi(double, { parameters, items, settings, credentials })`
 * builds a workflow of a Manual Trigger with pinned items → one Z-API node, and runs it through
 * n8n-core's engine (engine.ts) against the Z-API double, with the double's credentials. Tests that run
 * a workflow JSON file as it is use `runWorkflow` from engine.ts.
 */
import net from 'node:net';

import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	INodeParameters,
	IWorkflowBase,
} from 'n8n-workflow';

import { Z_API_TYPE, runWorkflow } from './engine';

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

/** Group → Create reading the item's `name`, `participants` and `invite`, as the fixture workflow does. */
export const CREATE_GROUP: INodeParameters = {
	resource: 'group',
	operation: 'create',
	groupName: '={{ $json.name }}',
	phones: '={{ $json.participants }}',
	autoInvite: '={{ $json.invite }}',
};

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

/** A pinned input item, binary data too (base64 in `data`, as pinned data carries it). */
export interface InputItem {
	json: Record<string, unknown>;
	binary?: Record<string, IBinaryData>;
}

export interface ZApiRun {
	/** The Z-API node's parameters; expressions such as `={{ $json.groupId }}` read the items. */
	parameters: INodeParameters;
	/** Input items: plain JSON objects, or `{json, binary}`. One empty item when none are given. */
	items?: Array<Record<string, unknown> | InputItem>;
	/** The node's settings: On Error, Retry On Fail. */
	settings?: NodeSettings;
	/** Credential fields over the double's own. */
	credentials?: ICredentialDataDecryptedObject;
	/** The node's version, as saved in the workflow: 1 unless given. */
	typeVersion?: number;
}

// A plain JSON item with a field named json is not supported: no test needs one.
function isInputItem(item: Record<string, unknown> | InputItem): item is InputItem {
	return typeof item.json === 'object' && item.json !== null;
}

/**
 * The workflow runZApi runs: a Manual Trigger with the items pinned → one Z-API node named "Z-API".
 * For a test that changes the workflow (a second node) before running it with `runWorkflow`.
 */
export function zApiWorkflow({ parameters, items, settings, typeVersion }: ZApiRun): IWorkflowBase {
	return {
		name: 'Z-API test',
		nodes: [
			{
				parameters: {},
				id: '0d5b7d8c-0b5f-4a57-9f4e-2a7c1f6f0a01',
				name: TRIGGER,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
			},
			{
				parameters,
				id: '7b1c4a55-5f0e-4c43-8a59-0c1d2b3e4f02',
				name: 'Z-API',
				type: Z_API_TYPE,
				typeVersion: typeVersion ?? 1,
				position: [220, 0],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
				...(settings ?? {}),
			},
		],
		connections: { [TRIGGER]: { main: [[{ node: 'Z-API', type: 'main', index: 0 }]] } },
		pinData: {
			[TRIGGER]: (items ?? [{}]).map((item) => (isInputItem(item) ? item : { json: item })),
		},
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
}

/** Runs the Z-API node once over the items, against the double, with its credentials. */
export async function runZApi(double: ZApiDouble, run: ZApiRun) {
	return await runWorkflow(zApiWorkflow(run), credentialsFor(double, run.credentials));
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

/** The port a call of `net.Socket.prototype.connect` connects to, whichever of its forms it is. */
function connectPort(args: unknown[]): number | undefined {
	const [first] = args;
	const options = Array.isArray(first) ? first[0] : first;
	if (typeof options === 'object' && options !== null)
		return Number((options as { port?: unknown }).port);
	return Number(options);
}

/**
 * Runs `work` and counts the TCP connections this process opened meanwhile to `baseUrl`'s port, the
 * refused ones too: a refused connection reaches no server, so only the side that connects sees it.
 */
export async function countConnections<T>(
	baseUrl: string,
	work: () => Promise<T>,
): Promise<{ value: T; connections: number }> {
	const port = Number(new URL(baseUrl).port);
	const connect = net.Socket.prototype.connect;
	let connections = 0;
	const spy = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
		this: net.Socket,
		...args: unknown[]
	) {
		if (connectPort(args) === port) connections += 1;
		return (connect as (...all: unknown[]) => net.Socket).apply(this, args);
	});
	try {
		return { value: await work(), connections };
	} finally {
		spy.mockRestore();
	}
}
