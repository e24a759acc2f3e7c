/**
 * Every Channel operation checks its input before any request: a message naming the field and the
 * value, and nothing sent to Z-API.
 */
import type { INodeParameters } from 'n8n-workflow';

import { runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const ID = '120363166555700001@newsletter';
const EXAMPLE = 'e.g. 120363166555745933@newsletter';
const byId = (value: string) => ({ __rl: true as const, mode: 'id', value });

const NEEDS_CHANNEL = [
	'getMetadata',
	'updateName',
	'updateDescription',
	'updatePicture',
	'updateSettings',
	'follow',
	'unfollow',
	'mute',
	'unmute',
	'delete',
];
const VALID: Record<string, INodeParameters> = {
	updateName: { channelName: 'Acme' },
	updateDescription: { channelDescription: 'Offers' },
	updatePicture: { photoSource: 'url', picture: 'https://example.com/logo.png' },
	updateSettings: { reactionCodes: 'all' },
};

const channelIdCases: Array<[string, unknown, string]> = [
	[
		'empty',
		'',
		`Channel ID: no channel ID given (got ""): use the ID Z-API gave the channel, ${EXAMPLE}`,
	],
	[
		'a phone number',
		'5511999998888',
		`Channel ID: "5511999998888" is not a channel ID (a channel ID ends in @newsletter): use the ID Z-API gave the channel, ${EXAMPLE}`,
	],
	[
		'a group ID',
		'120363019502650977-group',
		`Channel ID: "120363019502650977-group" is not a channel ID: use the ID Z-API gave the channel, ${EXAMPLE}`,
	],
	[
		'a path',
		'1203631665557/../x@newsletter',
		`Channel ID: "1203631665557/../x@newsletter" is not a channel ID: use the ID Z-API gave the channel, ${EXAMPLE}`,
	],
];

describe.each(NEEDS_CHANNEL)('Channel → %s: Channel ID', (operation) => {
	test.each(channelIdCases)('%s is refused before any request', async (_name, value, message) => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'channel',
				operation,
				channelId: byId('={{ $json.id }}'),
				...VALID[operation],
			},
			items: [{ id: value }],
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});
});

const otherCases: Array<[string, INodeParameters, string]> = [
	[
		'create',
		{ channelName: '  ' },
		'Channel Name is empty (got "  "): give the channel a name, e.g. "Acme Store News"',
	],
	[
		'create',
		{ channelName: 'Acme', channelDescription: '={{ [1] }}' },
		'Description must be text (got [1])',
	],
	[
		'updateName',
		{ channelId: byId(ID), channelName: '={{ "" }}' },
		'Channel Name is empty (got ""): give the channel a new name, e.g. "Acme Store News"',
	],
	[
		'updateDescription',
		{ channelId: byId(ID), channelDescription: '={{ null }}' },
		'Description is empty (got null): give the new description, e.g. "Offers and news from Acme Store"',
	],
	[
		'updatePicture',
		{ channelId: byId(ID), photoSource: 'url', picture: 'logo.png' },
		'Photo URL: "logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
	],
	[
		'updatePicture',
		{ channelId: byId(ID), photoSource: 'binary', binaryPropertyName: 'data' },
		'Input Binary Field: the input item has no binary field "data": add a node that reads or downloads the image before this one',
	],
	[
		'updateSettings',
		{ channelId: byId(ID), reactionCodes: '={{ "some" }}' },
		'Reactions must be all or basic (got "some")',
	],
	['getMany', { returnAll: false, limit: 0 }, 'Limit must be a whole number of at least 1 (got 0)'],
	[
		'search',
		{ countryCodes: ' , ' },
		'Country Codes is empty (got " , "): give two-letter country codes separated by commas, e.g. BR, PT, US',
	],
	[
		'search',
		{ countryCodes: 'BR, Brazil' },
		'Country Codes has "BRAZIL", not a two-letter country code: give two-letter country codes separated by commas, e.g. BR, PT, US',
	],
	[
		'search',
		{ countryCodes: 'BR', limit: 2.5 },
		'Limit must be a whole number of at least 1 (got 2.5)',
	],
	[
		'search',
		{ countryCodes: 'BR', filters: { view: '={{ "HOT" }}' } },
		'View must be New, Popular, Recommended or Trending (got "HOT")',
	],
];

test.each(otherCases)(
	'Channel → %s with %j is refused before any request',
	async (operation, parameters, message) => {
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation, ...parameters },
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	},
);
