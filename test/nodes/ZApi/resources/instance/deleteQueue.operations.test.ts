/**
 * Instance → Delete Queue and Delete One Queued Message (queue/delete-queue.md, delete-queue-id.md):
 * the sends the double holds leave its queue; a delete that may have reached Z-API is not sent again.
 */
import { holdSends as hold } from '../../../../helpers/queue';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const holdSends = (count: number) => hold(double, count);

const deleteQueue = { resource: 'instance', operation: 'deleteQueue' };
const deleteOne = { resource: 'instance', operation: 'deleteQueuedMessage' };

describe('Instance → Delete Queue', () => {
	test('DELETE /queue, no body; the held sends are gone; output { queueDeleted: true }', async () => {
		await holdSends(3);
		const result = await runZApi(double, { parameters: deleteQueue });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('DELETE');
		expect(request.endpoint).toBe('/queue');
		expect(request.rawBody).toBe('');
		expect(double.queue).toHaveLength(0);
		expect(result.output()).toEqual([{ json: { queueDeleted: true }, pairedItem: { item: 0 } }]);
		expectNoSecrets(result.text, double);
	});

	test('works while WhatsApp is disconnected, when messages pile up', async () => {
		await holdSends(1);
		double.config.connected = false;
		const result = await runZApi(double, { parameters: deleteQueue });
		expect(result.error).toBeUndefined();
		expect(double.queue).toHaveLength(0);
	});
});

describe('Retry On Fail', () => {
	test('a Delete Queue whose answer was lost is not sent again (it may have been done)', async () => {
		double.setFault('/queue', { delayMs: 1500, status: 200, body: {} });
		const result = await runZApi(double, {
			parameters: { ...deleteQueue, options: { timeout: 300 } },
			settings: {
				retryOnFail: true,
				maxTries: 3,
				waitBetweenTries: 1,
				onError: 'continueRegularOutput',
			},
		});
		expect(result.output()[0].json).toEqual({
			error:
				'Z-API did not answer within 300 ms when trying to delete the send queue. The queue may have been deleted anyway: check it with Instance → Get Queue before you run this again.',
			mayHaveReachedZApi: true,
		});
		expect(double.count('/queue')).toBe(1);
	});

	test("a Delete Queue that failed on Z-API's side (HTTP 5xx) is not sent again", async () => {
		double.setFault('/queue', { status: 503, body: { error: 'Service Unavailable' } });
		const result = await runZApi(double, {
			parameters: deleteQueue,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(double.count('/queue')).toBe(1);
	});

	test('a Delete Queue refused (HTTP 4xx: it did nothing) is sent again, and then done', async () => {
		double.setFault('/queue', { status: 400, body: { error: 'Instance not ready' } });
		const result = await runZApi(double, {
			parameters: deleteQueue,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toEqual({ queueDeleted: true });
		expect(double.count('/queue')).toBe(2);
	});
});

describe('Instance → Delete One Queued Message', () => {
	test('DELETE /queue/{zaapid}: only that message leaves the queue; output chains by name', async () => {
		const [first, second] = await holdSends(2);
		const result = await runZApi(double, {
			parameters: { ...deleteOne, zaapId: '={{ $json.zaapId }}' },
			items: [{ zaapId: first }],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('DELETE');
		expect(request.endpoint).toBe(`/queue/${first}`);
		expect(request.rawBody).toBe('');
		expect(double.queue.map((entry) => entry.zaapId)).toEqual([second]);
		expect(result.output()).toEqual([
			{ json: { zaapId: first, deleted: true }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		['', 'Zaap ID is empty (got "")'],
		['  ', 'Zaap ID is empty (got "  ")'],
		['ABC/../queue', 'Zaap ID must be letters, digits, - or _ only (got "ABC/../queue")'],
		['ABC?x=1', 'Zaap ID must be letters, digits, - or _ only (got "ABC?x=1")'],
	])('Zaap ID %j is refused before any request', async (zaapId, message) => {
		const result = await runZApi(double, {
			// Mapped from the item: an empty field typed into the form stops the workflow in n8n itself.
			parameters: { ...deleteOne, zaapId: '={{ $json.zaapId }}' },
			items: [{ zaapId }],
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`${message}: give the zaapId of the queued message, e.g. 019D44A1B2C3D4E5F6A7B8C9D68DA6`,
		);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const [first, second] = await holdSends(2);
		const result = await runZApi(double, {
			parameters: { ...deleteOne, zaapId: '={{ $json.zaapId }}' },
			items: [{ zaapId: first }, { zaapId: 'NOTQUEUED1' }, { zaapId: second }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: { zaapId: first, deleted: true }, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 404) when trying to delete the message NOTQUEUED1 from the send queue: Message not found in queue',
				},
				pairedItem: { item: 1 },
			},
			{ json: { zaapId: second, deleted: true }, pairedItem: { item: 2 } },
		]);
		expect(double.queue).toHaveLength(0);
		expectNoSecrets(result.text, double);
	});
});
