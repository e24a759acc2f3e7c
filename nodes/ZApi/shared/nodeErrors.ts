import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * n8n's NodeError replaces any message that merely contains a Node.js error code (ENOENT, EPERM,
 * ECONNRESET…) with a generic text. Our messages quote what the user typed and group names ("Keeperman"
 * contains EPERM), and are already the specific ones: put them back.
 */
export function keepOwnMessage<T extends Error>(error: T, message: string): T {
	error.message = message;
	return error;
}

/** A NodeOperationError for bad input, with the item it belongs to and our message kept. */
export function inputError(node: INode, message: string, itemIndex: number): NodeOperationError {
	return keepOwnMessage(new NodeOperationError(node, message, { itemIndex }), message);
}
