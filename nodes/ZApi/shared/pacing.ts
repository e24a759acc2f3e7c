import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * Pacing between items, for bulk work: WhatsApp bans numbers that reach many new people quickly,
 * and Z-API documents no rate limit of its own, so the user sets the pace.
 */
export interface Pacing {
	/** Milliseconds to wait before every item after the first. */
	delayBetweenItems: number;
	/** Items per batch; 0 means no batches. */
	itemsPerBatch: number;
	/** Milliseconds to wait before each batch after the first. */
	batchInterval: number;
}

// Operations that only read: nothing reaches people, so there is nothing to pace.
const READ_OPERATIONS = [
	'getInvitationLink',
	'getInvitationMetadata',
	'getMany',
	'getMetadata',
	'getProfilePicture',
	'checkNumbers',
	'getQrCode',
	'getQueue',
	'getStatus',
	'search',
];

/** The pacing fields of the node's Options collection (shown for operations that change things). */
export const pacingOptions: INodeProperties[] = [
	{
		displayName: 'Item Interval (Milliseconds)',
		name: 'delayBetweenItems',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			"Milliseconds this node waits before each item after the first, before it calls Z-API. For bulk group creation or messages to many people, 3000 to 10000 keeps the number under WhatsApp's radar better than firing at once. A send's Z-API Send Delay is Z-API's own wait, for one message.",
		displayOptions: { hide: { '/operation': READ_OPERATIONS } },
	},
	{
		displayName: 'Items per Batch',
		name: 'itemsPerBatch',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Handle the items in batches of this size, waiting Batch Interval between batches. 0 means no batches.',
		displayOptions: { hide: { '/operation': READ_OPERATIONS } },
	},
	{
		displayName: 'Batch Interval (Milliseconds)',
		name: 'batchInterval',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 60000,
		description:
			'Milliseconds to wait before each batch after the first, when Items per Batch is set',
		displayOptions: { hide: { '/operation': READ_OPERATIONS } },
	},
];

function nonNegative(value: unknown): number {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0;
}

export function readPacing(options: IDataObject): Pacing {
	return {
		delayBetweenItems: nonNegative(options.delayBetweenItems),
		itemsPerBatch: nonNegative(options.itemsPerBatch),
		batchInterval: options.batchInterval === undefined ? 60000 : nonNegative(options.batchInterval),
	};
}

/** How long to wait before handling item `itemIndex` (0-based): nothing before the first. */
export function waitBefore(itemIndex: number, pacing: Pacing): number {
	if (itemIndex === 0) return 0;
	const batchStarts = pacing.itemsPerBatch > 0 && itemIndex % pacing.itemsPerBatch === 0;
	return pacing.delayBetweenItems + (batchStarts ? pacing.batchInterval : 0);
}
