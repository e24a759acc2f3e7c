import type { IExecuteFunctions } from 'n8n-workflow';

import {
	lookupOnce,
	mayHaveReachedZApi,
	partialOutputOf,
	passCredentials,
	recordErrorFacts,
	sendOnce,
} from '../../../../nodes/ZApi/shared/retryState';

/**
 * A stand-in for n8n's execute functions, as n8n hands them: a new object for every pass of the node;
 * the retry passes of one run share its execute data; an execution has an id.
 */
function passOf(run: object = {}, executionId = 'exec-1'): IExecuteFunctions {
	return {
		getExecuteData: () => run,
		getExecutionId: () => executionId,
		getNode: () => ({ credentials: { zApiApi: { id: '7', name: 'Z-API account' } } }),
		getCredentials: jest.fn(async () => ({ instanceId: 'ID', instanceToken: 'TOKEN' })),
	} as unknown as IExecuteFunctions;
}
const runOfNode = () => passOf();

// Timeouts, resets and 5xx (errors that may have reached Z-API) are covered through the engine in the
// Create and Send Text tests; these cover what the ledger does with the rest.
describe('sendOnce (the no-resend ledger for requests that are not idempotent)', () => {
	test('a success is answered from the ledger on a retry of the same run: sent once', async () => {
		const run = runOfNode();
		const send = jest.fn(async () => ({ messageId: 'A1' }));
		expect(await sendOnce(run, '/send-text:0:{}', send)).toEqual({ messageId: 'A1' });
		expect(await sendOnce(run, '/send-text:0:{}', send)).toEqual({ messageId: 'A1' });
		expect(send).toHaveBeenCalledTimes(1);
	});

	test('another key (another item, body or endpoint) is sent', async () => {
		const run = runOfNode();
		const send = jest.fn(async () => ({}));
		await sendOnce(run, '/send-text:0:{}', send);
		await sendOnce(run, '/send-text:1:{}', send);
		await sendOnce(run, '/create-group:0:{}', send);
		expect(send).toHaveBeenCalledTimes(3);
	});

	test('another run of the node (a loop, the next execution) sends again', async () => {
		const send = jest.fn(async () => ({}));
		await sendOnce(runOfNode(), '/send-text:0:{}', send);
		await sendOnce(runOfNode(), '/send-text:0:{}', send);
		expect(send).toHaveBeenCalledTimes(2);
	});

	test('a failure that cannot have reached Z-API is not remembered: the retry sends', async () => {
		const run = runOfNode();
		const send = jest
			.fn<Promise<object>, []>()
			.mockRejectedValueOnce(new Error('refused'))
			.mockResolvedValueOnce({ ok: true });
		await expect(sendOnce(run, 'k', send)).rejects.toThrow('refused');
		expect(await sendOnce(run, 'k', send)).toEqual({ ok: true });
		expect(send).toHaveBeenCalledTimes(2);
	});
});

describe('lookupOnce (what only reads, such as the connected number)', () => {
	test('a success is kept for the execution: later passes and retries do not ask again', async () => {
		const compute = jest.fn(async () => '5511900000000');
		const run = {};
		expect(await lookupOnce(passOf(run, 'exec-a'), 'device', compute)).toBe('5511900000000');
		expect(await lookupOnce(passOf(run, 'exec-a'), 'device', compute)).toBe('5511900000000');
		expect(await lookupOnce(passOf({}, 'exec-a'), 'device', compute)).toBe('5511900000000');
		expect(compute).toHaveBeenCalledTimes(1);
	});

	test('another execution asks again', async () => {
		const compute = jest.fn(async () => 'x');
		await lookupOnce(passOf({}, 'exec-b1'), 'device', compute);
		await lookupOnce(passOf({}, 'exec-b2'), 'device', compute);
		expect(compute).toHaveBeenCalledTimes(2);
	});

	test('a failure is kept for its pass only: items of that pass share it, a retry pass asks again', async () => {
		const compute = jest
			.fn<Promise<string>, []>()
			.mockRejectedValueOnce(new Error('down'))
			.mockResolvedValueOnce('5511900000000');
		const failing = passOf({}, 'exec-c');
		await expect(lookupOnce(failing, 'device', compute)).rejects.toThrow('down');
		await expect(lookupOnce(failing, 'device', compute)).rejects.toThrow('down');
		expect(compute).toHaveBeenCalledTimes(1);
		expect(await lookupOnce(passOf({}, 'exec-c'), 'device', compute)).toBe('5511900000000');
		expect(compute).toHaveBeenCalledTimes(2);
	});
});

describe('passCredentials', () => {
	test("reads the credential once per pass, with the id and name of the node's credential", async () => {
		const pass = passOf();
		const first = await passCredentials(pass, 0);
		const second = await passCredentials(pass, 3);
		expect(second).toBe(first);
		expect(first).toEqual({
			id: '7',
			name: 'Z-API account',
			type: 'zApiApi',
			data: { instanceId: 'ID', instanceToken: 'TOKEN' },
		});
		expect(pass.getCredentials).toHaveBeenCalledTimes(1);
		const retry = passOf();
		await passCredentials(retry, 0);
		expect(retry.getCredentials).toHaveBeenCalledTimes(1);
	});
});

describe('what an error carries', () => {
	test('an error is not marked unless recorded; facts add up and stay with that error only', () => {
		const error = new Error('timeout');
		expect(mayHaveReachedZApi(error)).toBe(false);
		expect(partialOutputOf(error)).toBeUndefined();
		expect(recordErrorFacts(error, { mayHaveReachedZApi: true })).toBe(error);
		recordErrorFacts(error, { partialOutput: { phone: '120363019502600001-group' } });
		expect(mayHaveReachedZApi(error)).toBe(true);
		expect(partialOutputOf(error)).toEqual({ phone: '120363019502600001-group' });
		expect(mayHaveReachedZApi(new Error('timeout'))).toBe(false);
		expect(mayHaveReachedZApi('timeout')).toBe(false);
	});

	test('a failure marked as may-have-reached-Z-API is remembered by sendOnce: never sent again', async () => {
		const run = runOfNode();
		const uncertain = recordErrorFacts(new Error('reset'), { mayHaveReachedZApi: true });
		const send = jest.fn<Promise<object>, []>().mockRejectedValue(uncertain);
		await expect(sendOnce(run, 'k', send)).rejects.toBe(uncertain);
		await expect(sendOnce(run, 'k', send)).rejects.toBe(uncertain);
		expect(send).toHaveBeenCalledTimes(1);
	});
});
