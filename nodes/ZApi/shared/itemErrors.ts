/** How a failed item leaves the node: as an n8n node error, or as On Error: Continue's error item. */
import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { mayHaveReachedZApi, partialOutputOf } from './retryState';

/** Errors leave the node as NodeApiError or NodeOperationError, with the item they belong to. */
export function asNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * The item On Error: Continue outputs for a failure: what a create whose follow-up failed still made,
 * the message, and `mayHaveReachedZApi: true` when the work may have been done anyway (route on it).
 */
export function errorItem(error: unknown, nodeError: Error): IDataObject {
	const json: IDataObject = { ...partialOutputOf(error), error: nodeError.message };
	if (mayHaveReachedZApi(error)) json.mayHaveReachedZApi = true;
	return json;
}
