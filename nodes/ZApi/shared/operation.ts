import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ExecutionMemory } from './executionMemory';

/** What every operation gets besides the item: settings read once per item by the node. */
export interface OperationContext {
	memory: ExecutionMemory;
	/** Milliseconds to wait for each Z-API answer (the node's Timeout option). */
	timeout: number;
}

/**
 * One operation file: its parameters and what it does for one item. It returns one output item, or
 * several (a list operation), each paired with the input item.
 */
export interface Operation {
	description: INodeProperties[];
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		context: OperationContext,
	): Promise<IDataObject | IDataObject[]>;
}
