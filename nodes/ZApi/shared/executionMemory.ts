import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * What the node remembers for the length of one workflow execution, such as the connected number:
 * looked up once per execution, not once per item or per run of the node.
 */
export type ExecutionMemory = Map<string, unknown>;

const MAX_EXECUTIONS = 200;
const executions = new Map<string, ExecutionMemory>();

export function executionMemory(context: IExecuteFunctions): ExecutionMemory {
	const executionId = context.getExecutionId?.();
	// Without an id (some test and preview contexts) memory lasts for this run of the node only.
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

/** The value stored under `key`, computed once per execution (a failure is remembered too). */
export function once<T>(
	memory: ExecutionMemory,
	key: string,
	compute: () => Promise<T>,
): Promise<T> {
	let value = memory.get(key) as Promise<T> | undefined;
	if (!value) {
		value = compute();
		memory.set(key, value);
	}
	return value;
}
