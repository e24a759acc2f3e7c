/** Return All and Limit, as n8n's list operations offer them, and the Limit read and checked. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from './nodeErrors';
import { readBooleanParameter } from './parameters';

export const returnAllProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** How many results the item asks for: Infinity with Return All; a bad Limit fails before any request. */
export function readResultLimit(this: IExecuteFunctions, itemIndex: number): number {
	if (readBooleanParameter.call(this, 'returnAll', 'Return All', itemIndex)) return Infinity;
	const value = this.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw inputError(
			this.getNode(),
			`Limit must be a whole number of at least 1 (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return limit;
}
