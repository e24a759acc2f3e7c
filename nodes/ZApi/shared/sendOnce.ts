import type { IExecuteFunctions } from 'n8n-workflow';

import { mayHaveReachedZApi } from '../transport/request';

type Outcome = { done: unknown } | { error: unknown };

// One ledger per run of the node: n8n hands a retry the same execute data, and a new run (a loop,
// the next execution) a new one, so retries share the ledger and nothing else does.
const ledgers = new WeakMap<object, Map<string, Outcome>>();

function ledgerOf(context: IExecuteFunctions): Map<string, Outcome> {
	const run = context.getExecuteData();
	let ledger = ledgers.get(run);
	if (!ledger) {
		ledger = new Map();
		ledgers.set(run, ledger);
	}
	return ledger;
}

/**
 * For requests that are not idempotent (create a group, send a message). n8n's Retry On Fail runs the
 * node again with the same input: answer from what happened the first time instead of sending again.
 * `key` names the request (endpoint, item and body). A failure Z-API answered (4xx, refused
 * connection) did nothing and may be sent again; one that may have reached Z-API (timeout, reset, 5xx)
 * is remembered, like a success, and never sent again.
 */
export async function sendOnce<T>(
	context: IExecuteFunctions,
	key: string,
	send: () => Promise<T>,
): Promise<T> {
	const ledger = ledgerOf(context);
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
	if ('error' in outcome) throw outcome.error;
	return outcome.done as T;
}
