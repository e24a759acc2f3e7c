import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readOptionalText } from '../../shared/parameters';
import { readPassParameter } from '../../shared/passParameters';
import { zApiRequest } from '../../transport/request';
import { withChannelId } from './getMany.operation';

// Z-API's views (newsletter/search-newsletter.md).
const VIEWS = ['NEW', 'POPULAR', 'RECOMMENDED', 'TRENDING'];

const properties: INodeProperties[] = [
	{
		displayName: 'Country Codes',
		name: 'countryCodes',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. BR, PT, US',
		description:
			'The countries to search the channels of: two-letter codes (ISO 3166 alpha-2), separated by commas',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Search Text',
				name: 'searchText',
				type: 'string',
				default: '',
				placeholder: 'e.g. news',
				description: 'Only channels that match this text',
			},
			{
				displayName: 'View',
				name: 'view',
				type: 'options',
				options: [
					{ name: 'New', value: 'NEW' },
					{ name: 'Popular', value: 'POPULAR' },
					{ name: 'Recommended', value: 'RECOMMENDED' },
					{ name: 'Trending', value: 'TRENDING' },
				],
				default: 'RECOMMENDED',
				description: "Which of WhatsApp's channel lists to search",
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['search'] } },
	properties,
);

function readCountryCodes(this: IExecuteFunctions, itemIndex: number): string[] {
	const value = this.getNodeParameter('countryCodes', itemIndex) as unknown;
	const parts = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(/[\s,;]+/)
			: [];
	const codes = parts
		.map((part) => (typeof part === 'string' ? part.trim().toUpperCase() : part))
		.filter((part) => part !== '');
	const fail = (problem: string) =>
		inputError(
			this.getNode(),
			`Country Codes ${problem}: give two-letter country codes separated by commas, e.g. BR, PT, US`,
			itemIndex,
		);
	if (codes.length === 0) throw fail(`is empty (got ${JSON.stringify(value) ?? 'nothing'})`);
	const bad = codes.find((code) => typeof code !== 'string' || !/^[A-Z]{2}$/.test(code));
	if (bad !== undefined) throw fail(`has ${JSON.stringify(bad)}, not a two-letter country code`);
	return [...new Set(codes as string[])];
}

function readLimit(this: IExecuteFunctions, itemIndex: number): number {
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

/**
 * POST /search-newsletter with `{limit, filters: {countryCodes}, view?, searchText?}`, a request that
 * only reads. One output item per channel found (Z-API's `data`; its `cursor` is always null).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject[]> {
	const countryCodes = readCountryCodes.call(this, itemIndex);
	const limit = readLimit.call(this, itemIndex);
	const filters = readPassParameter<IDataObject>(this, 'filters', itemIndex, {});
	const body: IDataObject = { limit, filters: { countryCodes } };
	if (filters.view !== undefined) {
		const view = typeof filters.view === 'string' ? filters.view.trim().toUpperCase() : '';
		if (!VIEWS.includes(view)) {
			const got = JSON.stringify(filters.view) ?? 'nothing';
			const message = `View must be New, Popular, Recommended or Trending (got ${got})`;
			throw inputError(this.getNode(), message, itemIndex);
		}
		body.view = view;
	}
	const searchText = readOptionalText.call(this, itemIndex, 'Search Text', filters.searchText);
	if (searchText) body.searchText = searchText;
	const answer = await zApiRequest.call(this, {
		method: 'POST',
		endpoint: '/search-newsletter',
		body,
		itemIndex,
		timeout,
		action: 'search channels',
		changes: false,
		accept: (found) => {
			const data = (found as IDataObject | null)?.data;
			return Array.isArray(data) ? { data } : undefined;
		},
	});
	return (answer.data as IDataObject[]).slice(0, limit).map(withChannelId);
}
