/** What the webhook methods share: the node's static data, refusals, and log lines without secrets. */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { keepOwnMessage } from '../../ZApi/shared/nodeErrors';
import { maskSecrets } from '../../ZApi/transport/credentials';
import type { RegistrationData } from './plan';
import { hookCredentials } from './requests';

export const dataOf = (context: IHookFunctions) =>
	context.getWorkflowStaticData('node') as RegistrationData & IDataObject;

export function refusal(context: IHookFunctions, message: string): NodeOperationError {
	const error = new NodeOperationError(context.getNode(), message, { level: 'warning' });
	return keepOwnMessage(error, message);
}

export function log(context: IHookFunctions, level: 'info' | 'warn', message: string) {
	const meta = { workflowId: context.getWorkflow().id, node: context.getNode().name };
	context.logger[level](`Z-API Trigger: ${message}`, meta);
}

export async function failureText(context: IHookFunctions, error: unknown): Promise<string> {
	const text = error instanceof Error ? error.message : String(error);
	return maskSecrets(text, await hookCredentials(context).catch(() => undefined));
}
