import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * What the node remembers, such as the connected number: looked up once, not once per item.
 * A success is kept for the whole workflow execution; a failure only for the current pass of the node
 * over its items, so that n8n's Retry On Fail (a new pass) asks again.
 */
export interface ExecutionMemory {
	execution: Map<string, unknown>;
	pass: Map<string, unknown>;
}

const MAX_EXECUTIONS = 200;
const executions = new Map<string, Map<string, unknown>>();

function memoryOfExecution(context: IExecuteFunctions): Map<string, unknown> {
	const executionId = context.getExecutionId?.();
	// Without an id (some test and preview contexts) memory lasts for this pass only.
	if (!executionId) return new Map();
	let memory = executions.get(executionId);
	if (!memory) {
		memory = new Map();
		executions.set(executionId, memory);
		// Map keeps insertion order: drop the oldest executions first.
		while (executions.size > MAX_EXECUTIONS) executions.delete(executions.keys().next().value!);
	}
	return memory;
}

/** Call once per pass of the node (once per call of its execute). */
export function executionMemory(context: IExecuteFunctions): ExecutionMemory {
	return { execution: memoryOfExecution(context), pass: new Map() };
}

/** The value stored under `key`, computed once (see ExecutionMemory for how long it is kept). */
export async function once<T>(
	memory: ExecutionMemory,
	key: string,
	compute: () => Promise<T>,
): Promise<T> {
	const known = (memory.execution.get(key) ?? memory.pass.get(key)) as Promise<T> | undefined;
	if (known) return await known;
	const value = compute();
	memory.pass.set(key, value);
	value.then(
		() => memory.execution.set(key, value),
		() => undefined, // the caller gets the failure; nothing to keep beyond this pass
	);
	return await value;
}
