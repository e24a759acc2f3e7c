/** Placeholder of an operation being written in this session's branches; replaced before merge. */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { DescribedOperation } from './operation';

export function pending(name: string): DescribedOperation {
	return {
		description: [],
		toolDescription: `${name}.`,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			throw new NodeOperationError(this.getNode(), `${name} is not written yet`, { itemIndex });
		},
	};
}
