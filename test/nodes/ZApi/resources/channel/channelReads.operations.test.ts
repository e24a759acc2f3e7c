/**
 * Channel → Create, Get Many, Get Metadata and Search (newsletter/create-newsletter.md,
 * newsletter-list.md, newsletter-metadata.md, search-newsletter.md): the exact request, the output
 * with channelId first, and Create never sent twice.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const FIRST_ID = '120363166555700001@newsletter';

describe('Channel → Create', () => {
	test('POST /create-newsletter {name, description}; output channelId first, chained by name', async () => {
		const result = await runZApi(double, {
			parameters: {
				resource: 'channel',
				operation: 'create',
				channelName: '={{ $json.name }}',
				channelDescription: 'Offers and news',
			},
			items: [{ name: ' Acme News ' }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/create-newsletter');
		expect(request.body).toEqual({ name: 'Acme News', description: 'Offers and news' });
		const [item] = result.output();
		expect(item).toEqual({
			json: {
				channelId: FIRST_ID,
				name: 'Acme News',
				description: 'Offers and news',
				id: FIRST_ID,
			},
			pairedItem: { item: 0 },
		});
		expect(Object.keys(item.json)[0]).toBe('channelId');
		expect(double.channels.get(FIRST_ID)).toMatchObject({ name: 'Acme News', role: 'OWNER' });
		expectNoSecrets(result.text, double);
	});

	test('without a description the body has the name only', async () => {
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation: 'create', channelName: 'Acme News' },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ name: 'Acme News' });
		expect(result.output()[0].json).toEqual({
			channelId: FIRST_ID,
			name: 'Acme News',
			description: null,
			id: FIRST_ID,
		});
	});

	test('a Create whose answer was lost is not sent again by Retry On Fail', async () => {
		double.setFault('/create-newsletter', { delayMs: 1500, status: 201, body: { id: FIRST_ID } });
		const result = await runZApi(double, {
			parameters: {
				resource: 'channel',
				operation: 'create',
				channelName: 'Acme News',
				options: { timeout: 300 },
			},
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
		});
		expect(result.error?.message).toBe(
			'Z-API did not answer within 300 ms when trying to create the channel "Acme News". The channel may have been created anyway: look for it with Channel → Get Many before you run this again.',
		);
		expect(double.count('/create-newsletter')).toBe(1);
	});
});

describe('Channel → Get Many', () => {
	test('GET /newsletter, no body: one item per channel owned or followed, channelId first', async () => {
		const own = double.addChannel({ name: 'Acme News' });
		const followed = double.addChannel({ name: 'Z-API', role: 'SUBSCRIBER', muted: true });
		double.addChannel({ name: 'Not followed', role: 'SUBSCRIBER', followed: false });
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation: 'getMany', returnAll: true },
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0]).toMatchObject({
			method: 'GET',
			endpoint: '/newsletter',
			rawBody: '',
		});
		const output = result.output();
		expect(output.map((item) => item.json.channelId)).toEqual([own, followed]);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(Object.keys(output[0].json)[0]).toBe('channelId');
		expect(output[1].json).toMatchObject({
			channelId: followed,
			id: followed,
			name: 'Z-API',
			state: 'ACTIVE',
			viewMetadata: { mute: 'ON', role: 'SUBSCRIBER' },
		});
		expectNoSecrets(result.text, double);
	});

	test('Limit keeps the first channels only', async () => {
		const first = double.addChannel({ name: 'One' });
		double.addChannel({ name: 'Two' });
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation: 'getMany', returnAll: false, limit: 1 },
		});
		expect(result.output().map((item) => item.json.channelId)).toEqual([first]);
	});

	test('an answer that is not a list fails the item', async () => {
		double.setFault('/newsletter', { status: 200, body: { channels: [] } });
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation: 'getMany', returnAll: true },
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(/when trying to list the channels/);
	});
});

describe('Channel → Get Metadata', () => {
	test('GET /newsletter/metadata/{id} with the id as Z-API writes it; channelId first', async () => {
		const channelId = double.addChannel({ name: 'Acme News', description: 'Offers' });
		const result = await runZApi(double, {
			parameters: {
				resource: 'channel',
				operation: 'getMetadata',
				channelId: { __rl: true, mode: 'list', value: channelId, cachedResultName: 'Acme News' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.url).toMatch(new RegExp(`/newsletter/metadata/${channelId}$`));
		const [item] = result.output();
		expect(Object.keys(item.json)[0]).toBe('channelId');
		expect(item.json).toMatchObject({
			channelId,
			id: channelId,
			name: 'Acme News',
			description: 'Offers',
			viewMetadata: { mute: 'OFF', role: 'OWNER' },
		});
		expectNoSecrets(result.text, double);
	});
});

describe('Channel → Search', () => {
	test('POST /search-newsletter {limit, filters: {countryCodes}, view, searchText}; one item per channel', async () => {
		const news = double.addChannel({ name: 'Acme News', role: 'SUBSCRIBER', followed: false });
		double.addChannel({ name: 'Other', role: 'SUBSCRIBER', followed: false });
		const result = await runZApi(double, {
			parameters: {
				resource: 'channel',
				operation: 'search',
				countryCodes: 'br, PT;us BR',
				limit: 10,
				filters: { view: 'TRENDING', searchText: ' news ' },
			},
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/search-newsletter');
		expect(request.body).toEqual({
			limit: 10,
			filters: { countryCodes: ['BR', 'PT', 'US'] },
			view: 'TRENDING',
			searchText: 'news',
		});
		expect(result.output()).toEqual([
			{
				json: {
					channelId: news,
					id: news,
					name: 'Acme News',
					description: '',
					subscribersCount: '0',
					picture: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test('without filters the body has limit and countryCodes only', async () => {
		const result = await runZApi(double, {
			parameters: { resource: 'channel', operation: 'search', countryCodes: 'BR' },
		});
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ limit: 50, filters: { countryCodes: ['BR'] } });
		expect(result.output()).toEqual([]);
	});
});
