/**
 * Instance → Get Queue (queue/post-queue.md; the older GET /queue, queue/get-queue.md, is deprecated):
 * the sends the double holds, paged by Z-API's cursor; and the double's strictness on /queue.
 */
import { pacingOptions } from '../../../../../nodes/ZApi/shared/pacing';
import { holdSends as hold, PHONE } from '../../../../helpers/queue';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const holdSends = (count: number) => hold(double, count);

const getQueue = { resource: 'instance', operation: 'getQueue' };

describe('Instance → Get Queue', () => {
	test('POST /queue {pageSize}; one item per queued message, named as the other operations name them', async () => {
		const [zaapId] = await holdSends(1);
		const result = await runZApi(double, { parameters: getQueue });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/queue');
		expect(request.query).toEqual({});
		expect(request.body).toEqual({ pageSize: 30 });
		const [item] = result.output();
		expect(item.json).toMatchObject({
			zaapId,
			messageId: double.queue[0].messageId,
			phone: PHONE,
			message: 'Bulk 1',
			ZaapId: zaapId,
		});
		expectNoSecrets(result.text, double);
	});

	test('Return All follows the cursor (pagingState) until hasMore is false', async () => {
		const zaapIds = await holdSends(65);
		const result = await runZApi(double, { parameters: { ...getQueue, returnAll: true } });

		expect(result.error).toBeUndefined();
		expect(result.output().map((item) => item.json.zaapId)).toEqual(zaapIds);
		expect(double.requests.map((request) => request.body)).toEqual([
			{ pageSize: 30 },
			{ pageSize: 30, pagingState: expect.any(String) },
			{ pageSize: 30, pagingState: expect.any(String) },
		]);
	});

	test('a Limit asks for no more than it needs', async () => {
		await holdSends(5);
		const result = await runZApi(double, { parameters: { ...getQueue, limit: 2 } });
		expect(result.output()).toHaveLength(2);
		expect(double.requests.map((request) => request.body)).toEqual([{ pageSize: 2 }]);
	});

	test('an empty queue gives no items', async () => {
		const result = await runZApi(double, { parameters: { ...getQueue, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([]);
	});

	test('the deprecated answer, a bare list, is read too', async () => {
		double.setFault('/queue', {
			status: 200,
			body: [{ _id: 'ZAAP1', Phone: PHONE, Message: 'Old', MessageId: 'M1' }],
		});
		const result = await runZApi(double, { parameters: getQueue });
		expect(result.output()[0].json).toMatchObject({
			zaapId: 'ZAAP1',
			messageId: 'M1',
			phone: PHONE,
		});
	});

	test.each([0, 1.5, 'many'])('Limit %j is refused before any request', async (limit) => {
		const result = await runZApi(double, { parameters: { ...getQueue, limit } });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`Limit must be a whole number of at least 1 (got ${JSON.stringify(limit)})`,
		);
		expect(double.requests).toHaveLength(0);
	});

	test('an answer without a list of messages is an error', async () => {
		double.setFault('/queue', { status: 200, body: { value: true } });
		const result = await runZApi(double, { parameters: getQueue });
		expect(result.error?.message).toBe(
			'Z-API answered page 1 of the send queue without a list of messages',
		);
	});
});

describe("the double's queue is as strict as Z-API's pages", () => {
	const post = async (body: unknown, method = 'POST') => {
		const { instanceId, instanceToken, clientToken } = double.config;
		const response = await fetch(
			`${double.url}/instances/${instanceId}/token/${instanceToken}/queue`,
			{
				method,
				headers: { 'Client-Token': clientToken, 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			},
		);
		return [response.status, await response.json()];
	};

	test.each([
		[{ page: 1, pageSize: 10 }, 'unknown fields: page'],
		[{ pageSize: 31 }, 'pageSize must be between 1 and 30'],
		[{ pageSize: '10' }, 'pageSize must be number'],
	])('POST /queue %j is refused', async (body, error) => {
		expect(await post(body)).toEqual([400, { error }]);
	});

	test('PUT /queue is refused with 405', async () => {
		expect((await post({}, 'PUT'))[0]).toBe(405);
	});
});

test('Get Queue only reads: the pacing options are hidden for it, shown for the deletes', () => {
	for (const option of pacingOptions) {
		const hidden = option.displayOptions?.hide?.['/operation'];
		expect(hidden).toContain('getQueue');
		expect(hidden).not.toContain('deleteQueue');
		expect(hidden).not.toContain('deleteQueuedMessage');
	}
});
