/**
 * Everything the node keeps while n8n runs it, so that a retry never does harm or work twice.
 *
 * n8n calls the node's `execute` once per pass over its items, with a new context object each time.
 * With Retry On Fail, a failed pass is run again: a new pass with the same input (the same execute data
 * object). A loop or the next execution gets new execute data. So, within one execution:
 *
 * | what                                          | kept for                         | why                               |
 * |-----------------------------------------------|----------------------------------|-----------------------------------|
 * | the decrypted credential                      | one pass                         | each read is a query + decryption |
 * | its check (IDs, Base URL: transport/request)  | one pass                         | the same for every request        |
 * | the node, parameters without an expression    | one pass (passParameters.ts)     | n8n copies or evaluates each time |
 * | a lookup that failed (e.g. the connected no.) | one pass                         | a retry asks again                |
 * | a lookup that succeeded                       | the execution (last 200 kept)    | asked once, not per item or retry |
 * | Create's group list (existingGroups.ts)       | the execution (last 20 kept)     | it can be large                   |
 * | the outcome of a create or a send             | the node's run, all retry passes | never sent twice                  |
 * | "may have reached Z-API", partial output      | the error object                 | decides what may be sent again    |
 *
 * Nothing here is shared between executions or processes: in queue mode each worker keeps its own.
 */
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../transport/credentials';

type Outcome = { done: unknown } | { error: unknown };

interface PassState {
	credentials?: Promise<ICredentialsDecrypted>;
	lookups: Map<string, Promise<unknown>>;
}

// A trigger's webhook methods (IHookFunctions) use the credential cache only, never the ledgers.
const passes = new WeakMap<object, PassState>();
// Keyed by the execute data object, which n8n hands unchanged to every retry pass of the node.
const ledgers = new WeakMap<object, Map<string, Outcome>>();
const MAX_EXECUTIONS = 200;
const executions = new Map<string, Map<string, Promise<unknown>>>();

function passOf(context: object): PassState {
	let pass = passes.get(context);
	if (!pass) {
		pass = { lookups: new Map() };
		passes.set(context, pass);
	}
	return pass;
}

function lookupsOfExecution(context: IExecuteFunctions): Map<string, Promise<unknown>> | undefined {
	const executionId = context.getExecutionId?.();
	// Without an id (some test and preview contexts) a success lasts for this pass only.
	if (!executionId) return undefined;
	let lookups = executions.get(executionId);
	if (!lookups) {
		lookups = new Map();
		executions.set(executionId, lookups);
		// Map keeps insertion order: drop the oldest executions first.
		while (executions.size > MAX_EXECUTIONS) executions.delete(executions.keys().next().value!);
	}
	return lookups;
}

/**
 * The node's credential, read once per pass. n8n's HTTP helper reads it for item 0 anyway, so every
 * item of a pass was always authenticated with these values.
 */
export function passCredentials(
	context: IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions,
	itemIndex: number,
): Promise<ICredentialsDecrypted> {
	const pass = passOf(context);
	if (!pass.credentials) {
		const { id, name } = context.getNode().credentials?.[CREDENTIAL_TYPE] ?? {};
		pass.credentials = context
			.getCredentials(CREDENTIAL_TYPE, itemIndex)
			.then((data) => ({ id: id ?? '', name: name ?? '', type: CREDENTIAL_TYPE, data }));
	}
	// The kept promise itself, not an async wrapper: every request of every item awaits it.
	return pass.credentials;
}

/**
 * A read-only lookup under `key`, computed once for this pass only (a success too): for answers too
 * big to keep for 200 executions, which the caller keeps itself.
 */
export function lookupOncePerPass<T>(
	context: IExecuteFunctions,
	key: string,
	compute: () => Promise<T>,
): Promise<T> {
	const pass = passOf(context);
	let value = pass.lookups.get(key) as Promise<T> | undefined;
	if (!value) {
		value = compute();
		pass.lookups.set(key, value);
	}
	return value;
}

/**
 * A read-only lookup under `key`, computed once: a success for the execution, a failure for the pass.
 * It hands out the kept promise, with no async wrapper: items after the first only await it.
 */
export function lookupOnce<T>(
	context: IExecuteFunctions,
	key: string,
	compute: () => Promise<T>,
): Promise<T> {
	const execution = lookupsOfExecution(context);
	const known = execution?.get(key);
	if (known) return known as Promise<T>;
	return lookupOncePerPass(context, key, () => {
		const value = compute();
		value.then(
			() => execution?.set(key, value),
			() => undefined, // the caller gets the failure; nothing to keep beyond this pass
		);
		return value;
	});
}

/**
 * For requests that are not idempotent (create a group, send a message): a retry pass answers from what
 * happened the first time instead of sending again. `key` names the request (endpoint, item, body). A
 * failure Z-API answered (4xx, refused connection) did nothing and may be sent again; one that may have
 * reached Z-API (timeout, reset, 5xx) is remembered, like a success, and never sent again.
 */
export async function sendOnce<T>(
	context: IExecuteFunctions,
	key: string,
	send: () => Promise<T>,
	/** Called once when the request failed in a way that may have reached Z-API. */
	onUncertain?: () => void,
): Promise<T> {
	const run = context.getExecuteData();
	let ledger = ledgers.get(run);
	if (!ledger) {
		ledger = new Map();
		ledgers.set(run, ledger);
	}
	const previous = ledger.get(key);
	if (previous) {
		if ('error' in previous) throw previous.error;
		return previous.done as T;
	}

	let outcome: Outcome;
	try {
		outcome = { done: await send() };
	} catch (error) {
		outcome = { error };
	}
	if ('done' in outcome || mayHaveReachedZApi(outcome.error)) ledger.set(key, outcome);
	if ('error' in outcome && mayHaveReachedZApi(outcome.error)) onUncertain?.();
	if ('error' in outcome) throw outcome.error;
	return outcome.done as T;
}

/** What an error of this package carries besides its message. */
interface ErrorFacts {
	/** A request that changes something may have been carried out (timeout, reset, 5xx). */
	mayHaveReachedZApi: boolean;
	/** What a create whose follow-up failed still hands on (the group it made). */
	partialOutput?: IDataObject;
}

const errorFacts = new WeakMap<object, ErrorFacts>();

export function recordErrorFacts<E extends Error>(error: E, facts: Partial<ErrorFacts>): E {
	const known = errorFacts.get(error) ?? { mayHaveReachedZApi: false };
	errorFacts.set(error, { ...known, ...facts });
	return error;
}

/** True for an error after which Z-API may have done the work (a create, a send, a change). */
export function mayHaveReachedZApi(error: unknown): boolean {
	return typeof error === 'object' && error !== null && !!errorFacts.get(error)?.mayHaveReachedZApi;
}

export function partialOutputOf(error: unknown): IDataObject | undefined {
	return typeof error === 'object' && error !== null
		? errorFacts.get(error)?.partialOutput
		: undefined;
}
