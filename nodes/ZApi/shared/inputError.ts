import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A NodeOperationError for bad input that keeps our message. n8n replaces any message that merely
 * contains a Node.js error code (ENOENT, EPERM, EACCES…) with a generic text, and input errors quote
 * what the user typed, which can contain such letters.
 */
export function inputError(node: INode, message: string, itemIndex: number): NodeOperationError {
	const error = new NodeOperationError(node, message, { itemIndex });
	error.message = message;
	return error;
}
