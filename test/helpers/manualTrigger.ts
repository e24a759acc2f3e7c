import type { INodeType, INodeTypeDescription, ITriggerResponse } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** Stands in for n8n-nodes-base.manualTrigger; fixtures pin its output, so it never really runs. */
export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async trigger(): Promise<ITriggerResponse> {
		return { manualTriggerFunction: async () => {} };
	}
}
