/** Tables of input errors: one row a change to the parameters and to the item, and the message. */
import type { INodeParameters } from 'n8n-workflow';

import { runZApi } from './scenario';
import type { ZApiDouble } from './scenario';

export type InputErrorRow = [INodeParameters, Record<string, unknown>, string];

/**
 * The test of one row: the item, changed, fails with the message as a NodeOperationError, and
 * nothing reaches the double. For `test.each(rows)('%j %j → %s', refusedBeforeAnyRequest(...))`.
 */
export function refusedBeforeAnyRequest(
	double: ZApiDouble,
	parameters: INodeParameters,
	item: Record<string, unknown>,
) {
	return async (
		parameterChange: INodeParameters,
		change: Record<string, unknown>,
		message: string,
	) => {
		const result = await runZApi(double, {
			parameters: { ...parameters, ...parameterChange },
			items: [{ ...item, ...change }],
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	};
}
