/**
 * What a WhatsApp channel id looks like (Z-API's "newsletter" id, newsletter/introduction.md: always
 * with the suffix @newsletter), the Channel ID field (the channel picker) and its reader.
 */
import type { INodeProperties } from 'n8n-workflow';

import { idParameterReader, idPickerField } from './idPicker';

/** The id in Z-API's own example of a channel (message/send-newsletter-admin-invite.md). */
export const CHANNEL_ID_EXAMPLE = '120363166555745933@newsletter';

/** The name of the list search method of the From List mode (ZApi.node.ts `methods.listSearch`). */
export const SEARCH_CHANNELS_METHOD = 'searchChannels';

// Digits, then @newsletter (Z-API's examples: 999999999999999999@newsletter, 5544999999999@newsletter).
// Written without flags, so that the editor's check of the By ID mode can use it too.
export const CHANNEL_ID_PATTERN = '\\d{8,30}@newsletter';
const CHANNEL_ID = new RegExp(`^${CHANNEL_ID_PATTERN}$`);

export function isChannelId(text: string): boolean {
	return CHANNEL_ID.test(text);
}

/** For fields that take a phone or a channel id: read as a channel id (and checked) when true. */
export function meantAsChannelId(text: string): boolean {
	return /@newsletter\s*$/i.test(text);
}

/** A channel id from a parameter or an expression: trimmed, or an error text naming the value. */
export function parseChannelId(value: unknown): string {
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') {
		throw new Error(
			`no channel ID given (got ${JSON.stringify(value) ?? 'nothing'}): use the ID Z-API gave the channel, e.g. ${CHANNEL_ID_EXAMPLE}`,
		);
	}
	const id = text.trim();
	if (isChannelId(id)) return id;
	const hint = /^\+?[\d\s().-]+$/.test(id) ? ' (a channel ID ends in @newsletter)' : '';
	throw new Error(
		`"${id}" is not a channel ID${hint}: use the ID Z-API gave the channel, e.g. ${CHANNEL_ID_EXAMPLE}`,
	);
}

/** The Channel ID parameter of every operation on an existing channel: the channel picker. */
export const channelIdField: INodeProperties = idPickerField(
	'channelId',
	{
		noun: 'channel',
		field: 'Channel ID',
		searchListMethod: SEARCH_CHANNELS_METHOD,
		pattern: CHANNEL_ID_PATTERN,
		example: CHANNEL_ID_EXAMPLE,
		// The whole example is wider than the field next to the mode list: it is in the hint.
		placeholder: 'e.g. 120363…@newsletter',
		hint: `The channel's ID, e.g. ${CHANNEL_ID_EXAMPLE} (channelId in the output of Channel → Create or Get Many)`,
	},
	'The WhatsApp channel: pick it from the list of the channels you own or follow, or give its ID (channelId in the answer of Channel → Create, Get Many or Search, e.g. 120363166555745933@newsletter)',
);

/** The Channel ID of the item, checked before any request: the picker's value or a plain string. */
export const readChannelIdParameter = idParameterReader(
	'channelId',
	'Channel ID: ',
	parseChannelId,
);
