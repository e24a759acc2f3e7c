import type { IExecuteFunctions } from 'n8n-workflow';

import { sendOnce } from '../../../../nodes/ZApi/shared/sendOnce';

/** A stand-in for n8n's execute functions: one object per run of the node, as n8n hands them. */
function runOfNode(): IExecuteFunctions {
	const executeData = {};
	return { getExecuteData: () => executeData } as unknown as IExecuteFunctions;
}

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
