/**
 * Operations against every fault of faultTable.ts, through n8n-core's engine:
 * `describeOperationFaults(double, operations)` gives each operation its tests. For each cell: a
 * NodeApiError whose message says what the operation was doing and what Z-API said, exactly one
 * request sent (when nothing listens: one connection tried; the node never retries on its own), and no
 * token anywhere in the run. For each operation: with On Error: Continue, only the failing item turns
 * into an error item and every item comes out in order, paired.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { FaultRow } from './faultTable';
import { CLIENT_TOKEN, TIMEOUT_MS, faults } from './faultTable';
import type { ZApiDouble } from './scenario';
import {
	countConnections,
	expectNoSecrets,
	refusedBaseUrl,
	runZApi,
	useZApiDouble,
} from './scenario';

/** A participant of every group the tests give the double. */
export const MEMBER = '5511988887777';
export const GROUP_ID = { groupId: '={{ $json.groupId }}' };
const NOT_SENT_AGAIN = 'The node never sends such a request a second time by itself.';
const ONLY_READS = 'The request only reads, so it changed nothing: you can run it again.';
// What the message of an uncertain change ends with, unless the operation has its own words.
const CHANGE_MAY_HAVE_BEEN_MADE =
	'The change may have been made anyway: check the group (Group → Get Metadata) before you run this again.';
/** What an uncertain send's message ends with (every message send). */
export const MESSAGE_MAY_HAVE_BEEN_SENT =
	'The message may have been sent anyway: do not send it again, or it may arrive twice. Check the chat in WhatsApp first.';

/** The double the fault tests need: with a Client Token, so that the scans look for it too. */
export const useFaultDouble = () => useZApiDouble({ clientToken: CLIENT_TOKEN });

export interface OperationRow {
	name: string;
	/** Node parameters (resource: group unless given); each input item is `{groupId}` by default. */
	parameters: INodeParameters;
	/** Where the double fakes the fault and counts the requests: an endpoint or a route. */
	route: string;
	/** The words the messages end with. */
	action: (groupId: string) => string;
	/** Part of the output item a success gives for the group; `sent`: 1 for the first success, 2… */
	done: (groupId: string, sent: number) => IDataObject;
	/** The operation only reads: no failure can have changed anything. */
	reads?: boolean;
	/** What an uncertain failure's message ends with, when not CHANGE_MAY_HAVE_BEEN_MADE. */
	ifUncertain?: string;
	/** The input item for a group of the double (`{groupId}` when not given). */
	item?: (groupId: string) => IDataObject;
	/** What the double must hold for the operation to succeed on the group (queued requests…). */
	prepare?: (groupId: string) => void;
}

/** What an uncertain failure's description ends with: not sent again, or (a read) nothing changed. */
function expectedTail(operation: OperationRow, row: FaultRow): string | undefined {
	if (!row.uncertain) return undefined;
	return operation.reads ? ONLY_READS : NOT_SENT_AGAIN;
}

/** The whole message: an uncertain change says, in the message itself, that it may have happened. */
function expectedMessage(operation: OperationRow, row: FaultRow, message: string): string {
	if (!row.uncertain || operation.reads) return message;
	return `${message}. ${operation.ifUncertain ?? CHANGE_MAY_HAVE_BEEN_MADE}`;
}

interface ApiErrorFields {
	name: string;
	message: string;
	description: string;
	httpCode?: string;
}

/** Every fault for every operation, and On Error: Continue for each. Call inside the test file. */
export function describeOperationFaults(double: ZApiDouble, operations: OperationRow[]) {
	const addGroup = (operation: OperationRow) => {
		const groupId = double.addGroup({ name: 'Team', participants: [MEMBER] });
		operation.prepare?.(groupId);
		return groupId;
	};

	const run = (operation: OperationRow, groupIds: string[], extra: { baseUrl?: string } = {}) =>
		runZApi(double, {
			parameters: { resource: 'group', ...operation.parameters, options: { timeout: TIMEOUT_MS } },
			items: groupIds.map((groupId) => operation.item?.(groupId) ?? { groupId }),
			settings: groupIds.length > 1 ? { onError: 'continueRegularOutput' } : undefined,
			credentials: extra.baseUrl ? { baseUrl: extra.baseUrl } : {},
		});

	describe.each(operations)('$name', (operation) => {
		test.each(faults)('$name: a clear NodeApiError, one request, no secret', async (row) => {
			const groupId = addGroup(operation);
			if (row.fault) double.setFault(operation.route, row.fault);
			const baseUrl = row.fault ? double.url : await refusedBaseUrl();
			const { value: result, connections } = await countConnections(baseUrl, () =>
				run(operation, [groupId], { baseUrl }),
			);

			const error = result.error as unknown as ApiErrorFields;
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toBe(
				expectedMessage(
					operation,
					row,
					row.message
						.replace('{action}', operation.action(groupId))
						.replace('{host}', new URL(baseUrl).host),
				),
			);
			expect(error.description).toMatch(row.description);
			const tail = expectedTail(operation, row);
			for (const sentence of [NOT_SENT_AGAIN, ONLY_READS]) {
				expect(error.description.includes(sentence)).toBe(sentence === tail);
			}
			if (row.httpCode) expect(String(error.httpCode)).toBe(row.httpCode);
			// A refused connection reaches no server: the node's one try shows on the connecting side only.
			if (row.fault)
				expect(double.requests.map((request) => request.route)).toEqual([operation.route]);
			else expect(connections).toBe(1);
			expect(result.output()).toEqual([]);
			expectNoSecrets(result.text, double);
		});

		test('with On Error: Continue, only the failing 2nd of 3 items becomes an error item (marked when the change may have been made); in order, paired', async () => {
			const groupIds = [addGroup(operation), addGroup(operation), addGroup(operation)];
			double.setFault(operation.route, { status: 500, body: { error: 'Internal error' }, skip: 1 });
			const result = await run(operation, groupIds);

			expect(result.error).toBeUndefined();
			expect(result.output()).toEqual([
				{ json: expect.objectContaining(operation.done(groupIds[0], 1)), pairedItem: { item: 0 } },
				{
					json: {
						error: expectedMessage(
							operation,
							faults.find((row) => row.name === '500')!,
							`Z-API failed (HTTP 500) when trying to ${operation.action(groupIds[1])}: Internal error`,
						),
						// What a bulk run routes on: only where a change may have been made.
						...(operation.reads ? {} : { mayHaveReachedZApi: true }),
					},
					pairedItem: { item: 1 },
				},
				{ json: expect.objectContaining(operation.done(groupIds[2], 2)), pairedItem: { item: 2 } },
			]);
			expect(double.count(operation.route)).toBe(3);
			expectNoSecrets(result.text, double);
		});
	});
}
