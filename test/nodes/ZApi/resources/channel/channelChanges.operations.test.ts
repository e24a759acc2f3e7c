/**
 * Channel → Update Name / Description / Picture / Settings, Follow, Unfollow, Mute, Unmute and Delete
 * (newsletter/*.md): the exact request each sends, its output, and what it changed in the double.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { DoubleChannel, ZApiDouble } from '../../../../zapi-double/server';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const CHANNEL = { __rl: true, mode: 'id', value: '={{ $json.channelId }}' };

interface Row {
	operation: string;
	/** The channel the double must hold: the connected number's (OWNER) unless said otherwise. */
	channel?: Partial<DoubleChannel>;
	parameters?: INodeParameters;
	method: string;
	endpoint: (id: string) => string;
	body: (id: string) => IDataObject;
	output: (id: string) => IDataObject;
	/** What the double holds afterwards (undefined: the channel is gone). */
	after: (channel: DoubleChannel | undefined) => void;
}

const rows: Row[] = [
	{
		operation: 'updateName',
		parameters: { channelName: '  Acme Deals ' },
		method: 'POST',
		endpoint: () => '/update-newsletter-name',
		body: (id) => ({ id, name: 'Acme Deals' }),
		output: (channelId) => ({ channelId, name: 'Acme Deals', renamed: true }),
		after: (channel) => expect(channel?.name).toBe('Acme Deals'),
	},
	{
		operation: 'updateDescription',
		parameters: { channelDescription: 'Offers every Friday' },
		method: 'POST',
		endpoint: () => '/update-newsletter-description',
		body: (id) => ({ id, description: 'Offers every Friday' }),
		output: (channelId) => ({
			channelId,
			description: 'Offers every Friday',
			descriptionUpdated: true,
		}),
		after: (channel) => expect(channel?.description).toBe('Offers every Friday'),
	},
	{
		operation: 'updatePicture',
		parameters: { photoSource: 'url', picture: 'https://example.com/logo.png' },
		method: 'POST',
		endpoint: () => '/update-newsletter-picture',
		body: (id) => ({ id, pictureUrl: 'https://example.com/logo.png' }),
		output: (channelId) => ({
			channelId,
			photoSource: 'url',
			photoUrl: 'https://example.com/logo.png',
			photoUpdated: true,
		}),
		after: (channel) => expect(channel?.picture).toBe('https://example.com/logo.png'),
	},
	{
		operation: 'updatePicture',
		parameters: { photoSource: 'base64', picture: 'data:image/png;base64,iVBORw0KGgo=' },
		method: 'POST',
		endpoint: () => '/update-newsletter-picture',
		body: (id) => ({ id, pictureUrl: 'data:image/png;base64,iVBORw0KGgo=' }),
		output: (channelId) => ({
			channelId,
			photoSource: 'base64',
			photoUrl: null,
			photoUpdated: true,
		}),
		after: (channel) => expect(channel?.picture).toBe('data:image/png;base64,iVBORw0KGgo='),
	},
	{
		operation: 'updateSettings',
		parameters: { reactionCodes: 'basic' },
		method: 'POST',
		endpoint: (id) => `/newsletter/settings/${id}`,
		body: () => ({ reactionCodes: 'basic' }),
		output: (channelId) => ({ channelId, reactionCodes: 'basic', settingsUpdated: true }),
		after: (channel) => expect(channel?.reactionCodes).toBe('basic'),
	},
	{
		operation: 'follow',
		channel: { role: 'SUBSCRIBER', followed: false },
		method: 'PUT',
		endpoint: () => '/follow-newsletter',
		body: (id) => ({ id }),
		output: (channelId) => ({ channelId, followed: true }),
		after: (channel) => expect(channel?.followed).toBe(true),
	},
	{
		operation: 'unfollow',
		channel: { role: 'SUBSCRIBER' },
		method: 'PUT',
		endpoint: () => '/unfollow-newsletter',
		body: (id) => ({ id }),
		output: (channelId) => ({ channelId, unfollowed: true }),
		after: (channel) => expect(channel?.followed).toBe(false),
	},
	{
		operation: 'mute',
		channel: { role: 'SUBSCRIBER' },
		method: 'PUT',
		endpoint: () => '/mute-newsletter',
		body: (id) => ({ id }),
		output: (channelId) => ({ channelId, muted: true }),
		after: (channel) => expect(channel?.muted).toBe(true),
	},
	{
		operation: 'unmute',
		channel: { role: 'SUBSCRIBER', muted: true },
		method: 'PUT',
		endpoint: () => '/unmute-newsletter',
		body: (id) => ({ id }),
		output: (channelId) => ({ channelId, unmuted: true }),
		after: (channel) => expect(channel?.muted).toBe(false),
	},
	{
		operation: 'delete',
		method: 'DELETE',
		endpoint: () => '/delete-newsletter',
		body: (id) => ({ id }),
		output: (channelId) => ({ channelId, deleted: true }),
		after: (channel) => expect(channel).toBeUndefined(),
	},
];

const run = (row: Row, items: IDataObject[], settings?: { onError: 'continueRegularOutput' }) =>
	runZApi(double, {
		parameters: {
			resource: 'channel',
			operation: row.operation,
			channelId: CHANNEL,
			...row.parameters,
		},
		items,
		settings,
	});

const addChannel = (row: Row, d: ZApiDouble = double) =>
	d.addChannel({ name: 'Acme News', ...row.channel });

describe.each(rows)('Channel → $operation', (row) => {
	test('the exact request, its output, and the change in the double', async () => {
		const channelId = addChannel(row);
		const result = await run(row, [{ channelId: ` ${channelId} ` }]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe(row.method);
		expect(request.endpoint).toBe(row.endpoint(channelId));
		expect(request.headers['client-token']).toBe('CLIENTTOKEN0001SECRET');
		expect(request.body).toEqual(row.body(channelId));
		expect(result.output()).toEqual([{ json: row.output(channelId), pairedItem: { item: 0 } }]);
		row.after(double.channels.get(channelId));
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const first = addChannel(row);
		const unknown = '120363999999999999@newsletter';
		const third = addChannel(row);
		const result = await run(
			row,
			[{ channelId: first }, { channelId: unknown }, { channelId: third }],
			{
				onError: 'continueRegularOutput',
			},
		);

		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output).toHaveLength(3);
		expect(output[0]).toEqual({ json: row.output(first), pairedItem: { item: 0 } });
		expect(output[1].pairedItem).toEqual({ item: 1 });
		expect(output[1].json.error).toMatch(
			new RegExp(
				`^Z-API rejected the request \\(HTTP 400\\) when trying to .*${unknown}: Newsletter not found$`,
			),
		);
		expect(output[2]).toEqual({ json: row.output(third), pairedItem: { item: 2 } });
		expectNoSecrets(result.text, double);
	});
});

test('a "value": false answer fails the item with words about the channel', async () => {
	const channelId = double.addChannel({ role: 'SUBSCRIBER' });
	double.setFault('/mute-newsletter', { status: 200, body: { value: false } });
	const result = await run(
		rows.find((row) => row.operation === 'mute')!,
		[{ channelId }],
	);
	expect(result.error?.name).toBe('NodeApiError');
	expect(result.error?.message).toBe(
		`Z-API did not confirm the change when trying to mute the channel ${channelId} (it answered "value": false)`,
	);
	expect((result.error as unknown as { description: string }).description).toMatch(
		/check the channel ID \(Channel → Get Many lists your channels\)/,
	);
});

test('a Delete whose answer was lost is not sent again by Retry On Fail (it may have been done)', async () => {
	const channelId = double.addChannel({});
	double.setFault('/delete-newsletter', { delayMs: 1500, status: 200, body: { value: true } });
	const result = await runZApi(double, {
		parameters: {
			resource: 'channel',
			operation: 'delete',
			channelId: CHANNEL,
			options: { timeout: 300 },
		},
		items: [{ channelId }],
		settings: {
			retryOnFail: true,
			maxTries: 3,
			waitBetweenTries: 1,
			onError: 'continueRegularOutput',
		},
	});
	expect(result.output()[0].json).toEqual({
		error:
			'Z-API did not answer within 300 ms when trying to delete the channel ' +
			`${channelId}. The channel may have been deleted anyway: look for it with Channel → Get Many before you run this again.`,
		mayHaveReachedZApi: true,
	});
	expect(double.count('/delete-newsletter')).toBe(1);
});
