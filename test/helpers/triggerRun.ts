/**
 * What n8n does after a call that returned items: the items put on the trigger's execution stack
 * (prepareExecutionData in cli/src/webhooks/webhook-helpers.ts), run by n8n-core's WorkflowExecute.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type { IDataObject, IRun, Workflow } from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import { captureOutput } from './engine';
import { TRIGGER_CREDENTIALS, TRIGGER_NAME, triggerAdditionalData } from './trigger';

/** Runs a workflow from the trigger with the items a call returned, as n8n does after the call. */
export async function runFromTrigger(
	workflow: Workflow,
	items: IDataObject[],
	credentials = TRIGGER_CREDENTIALS,
): Promise<{ run: IRun; logs: string }> {
	const node = workflow.getNode(TRIGGER_NAME)!;
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [items.map((json) => ({ json }))] }, source: null },
			],
		},
	});
	const hooks = new ExecutionLifecycleHooks('webhook', 'trigger-run', {
		id: workflow.id,
		name: workflow.name,
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		active: true,
		settings: {},
	} as never);
	const finished = new Promise<IRun>((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
	);
	const additionalData = triggerAdditionalData(credentials, { hooks, executionId: 'trigger-run' });
	const { value: run, logs } = await captureOutput(async () => {
		await new WorkflowExecute(additionalData, 'webhook', runExecutionData).processRunExecutionData(
			workflow,
		);
		return await finished;
	});
	return { run, logs };
}
