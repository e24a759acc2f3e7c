/**
 * The Channel operations (WhatsApp channels, Z-API's newsletter) against every kind of failure the
 * Z-API double can fake (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each
 * input item is a channel of the double made for the runner's group.
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import { describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';
import type { DoubleChannel } from '../../../zapi-double/server';

const double = useFaultDouble();

const CHECK_CHANNEL =
	'The change may have been made anyway: check the channel (Channel → Get Metadata) before you run this again.';

/** The channel that stands for the runner's group: its digits, @newsletter. */
const channelFor = (groupId: string) => `${groupId.replace(/\D/g, '')}@newsletter`;
const nameFor = (groupId: string) => `Channel ${groupId.replace(/\D/g, '').slice(-5)}`;
const addChannel = (fields: Partial<DoubleChannel>) => (groupId: string) => {
	if (double.channels.has(channelFor(groupId))) return;
	double.addChannel({ id: channelFor(groupId), name: nameFor(groupId), ...fields });
};
const owned = addChannel({});
const followed = addChannel({ role: 'SUBSCRIBER' });
const item = (groupId: string) => ({ channelId: channelFor(groupId), name: nameFor(groupId) });
const CHANNEL = { channelId: { __rl: true, mode: 'id', value: '={{ $json.channelId }}' } };

/** A change of one channel: by id, answered {"value": true}. */
function change(
	name: string,
	operation: string,
	route: string,
	words: string,
	done: Record<string, unknown>,
	extra: Record<string, unknown> = {},
	prepare = owned,
): OperationRow {
	return {
		name: `Channel → ${name}`,
		parameters: { resource: 'channel', operation, ...CHANNEL, ...extra },
		route,
		item,
		prepare,
		action: (groupId) => `${words} ${channelFor(groupId)}`,
		done: (groupId) => ({ channelId: channelFor(groupId), ...done }),
		ifUncertain: CHECK_CHANNEL,
	};
}

const operations: OperationRow[] = [
	{
		name: 'Channel → Create',
		parameters: { resource: 'channel', operation: 'create', channelName: 'Acme News' },
		route: '/create-newsletter',
		item: () => ({}),
		action: () => 'create the channel "Acme News"',
		// The double numbers the channels it creates: 1 for the first success, 2…
		done: (_groupId, sent) => ({
			channelId: `1203631665557${String(sent).padStart(5, '0')}@newsletter`,
		}),
		ifUncertain:
			'The channel may have been created anyway: look for it with Channel → Get Many before you run this again.',
	},
	{
		// Limit 1: one item per input item, the first channel of the list.
		name: 'Channel → Get Many',
		parameters: { resource: 'channel', operation: 'getMany', returnAll: false, limit: 1 },
		route: '/newsletter',
		prepare: owned,
		action: () => 'list the channels',
		done: () => ({ state: 'ACTIVE', viewMetadata: { mute: 'OFF', role: 'OWNER' } }),
		reads: true,
	},
	{
		name: 'Channel → Get Metadata',
		parameters: { resource: 'channel', operation: 'getMetadata', ...CHANNEL },
		route: '/newsletter/metadata/:channelId',
		item,
		prepare: owned,
		action: (groupId) => `read the metadata of the channel ${channelFor(groupId)}`,
		done: (groupId) => ({ channelId: channelFor(groupId), name: nameFor(groupId) }),
		reads: true,
	},
	{
		// A POST that only reads; the search text finds the item's own channel.
		name: 'Channel → Search',
		parameters: {
			resource: 'channel',
			operation: 'search',
			countryCodes: 'BR',
			filters: { searchText: '={{ $json.name }}' },
		},
		route: '/search-newsletter',
		item,
		prepare: owned,
		action: () => 'search channels',
		done: (groupId) => ({ channelId: channelFor(groupId), name: nameFor(groupId) }),
		reads: true,
	},
	change(
		'Update Name',
		'updateName',
		'/update-newsletter-name',
		'rename the channel',
		{
			name: 'Acme Deals',
			renamed: true,
		},
		{ channelName: 'Acme Deals' },
	),
	change(
		'Update Description',
		'updateDescription',
		'/update-newsletter-description',
		'change the description of the channel',
		{ descriptionUpdated: true },
		{ channelDescription: 'Offers' },
	),
	change(
		'Update Picture',
		'updatePicture',
		'/update-newsletter-picture',
		'change the picture of the channel',
		{ photoUpdated: true },
		{ photoSource: 'url', picture: 'https://example.com/logo.png' },
	),
	change(
		'Update Settings',
		'updateSettings',
		'/newsletter/settings/:channelId',
		'change the settings of the channel',
		{ reactionCodes: 'basic', settingsUpdated: true },
		{ reactionCodes: 'basic' },
	),
	change(
		'Follow',
		'follow',
		'/follow-newsletter',
		'follow the channel',
		{ followed: true },
		{},
		addChannel({ role: 'SUBSCRIBER', followed: false }),
	),
	change(
		'Unfollow',
		'unfollow',
		'/unfollow-newsletter',
		'unfollow the channel',
		{ unfollowed: true },
		{},
		followed,
	),
	change('Mute', 'mute', '/mute-newsletter', 'mute the channel', { muted: true }, {}, followed),
	change(
		'Unmute',
		'unmute',
		'/unmute-newsletter',
		'unmute the channel',
		{ unmuted: true },
		{},
		followed,
	),
	{
		...change('Delete', 'delete', '/delete-newsletter', 'delete the channel', { deleted: true }),
		ifUncertain:
			'The channel may have been deleted anyway: look for it with Channel → Get Many before you run this again.',
	},
];

describeOperationFaults(double, operations);
