import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	INodeParameters,
	IWorkflowBase,
} from 'n8n-workflow';

import { Z_API_TYPE, runWorkflow } from './engine';
import type { NodeSettings, ZApiDouble } from './scenario';
import { TRIGGER, credentialsFor } from './scenario';

/** A pinned input item, binary data too. */
export interface InputItem {
	json: Record<string, unknown>;
	binary?: Record<string, IBinaryData>;
}

/**
 * A Manual Trigger with the given pinned items → one Z-API node with the given parameters (expressions
 * such as `={{ $json.groupId }}` read the items) and node settings (On Error, Retry On Fail).
 */
export function pinnedZApiWorkflow(options: {
	parameters: INodeParameters;
	pinned: InputItem[];
	settings?: NodeSettings;
}): IWorkflowBase {
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
				parameters: options.parameters,
				id: '7b1c4a55-5f0e-4c43-8a59-0c1d2b3e4f02',
				name: 'Z-API',
				type: Z_API_TYPE,
				typeVersion: 1,
				position: [220, 0],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
				...(options.settings ?? {}),
			},
		],
		connections: { [TRIGGER]: { main: [[{ node: 'Z-API', type: 'main', index: 0 }]] } },
		pinData: { [TRIGGER]: options.pinned },
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
}

/** pinnedZApiWorkflow with plain JSON items (one empty item when none are given). */
export function zApiWorkflow(options: {
	parameters: INodeParameters;
	items?: Array<Record<string, unknown>>;
	settings?: NodeSettings;
}): IWorkflowBase {
	return pinnedZApiWorkflow({
		parameters: options.parameters,
		pinned: (options.items ?? [{}]).map((json) => ({ json })),
		settings: options.settings,
	});
}

/** Runs zApiWorkflow against the double, with its credentials. */
export async function runZApi(
	double: ZApiDouble,
	options: Parameters<typeof zApiWorkflow>[0] & { credentials?: ICredentialDataDecryptedObject },
) {
	return await runWorkflow(zApiWorkflow(options), credentialsFor(double, options.credentials));
}
