import type { IExecuteFunctions, INode, NodeApiError } from 'n8n-workflow';

import { zApiRequestConfirmed } from '../../../../nodes/ZApi/shared/valueTrue';
import { zApiRequest } from '../../../../nodes/ZApi/transport/request';

jest.mock('../../../../nodes/ZApi/transport/request', () => ({ zApiRequest: jest.fn() }));

const answerWith = (answer: object) =>
	jest.mocked(zApiRequest).mockResolvedValueOnce({ ...answer });

const context = { getNode: () => ({ name: 'Z-API' }) as INode } as unknown as IExecuteFunctions;
const REQUEST = {
	method: 'POST' as const,
	endpoint: '/communities/settings',
	body: { communityId: '1' },
	itemIndex: 2,
	timeout: 1000,
	action: 'change the settings of the community 1',
};

async function failure(promise: Promise<unknown>): Promise<NodeApiError> {
	try {
		await promise;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('it did not fail');
}

describe('zApiRequestConfirmed: the change only when Z-API confirms it', () => {
	test('asks the transport for the confirming field, "value" unless told', async () => {
		answerWith({ value: true });
		await expect(zApiRequestConfirmed.call(context, REQUEST)).resolves.toEqual({ value: true });
		answerWith({ success: true });
		await zApiRequestConfirmed.call(context, { ...REQUEST, confirm: 'success' });
		const sent = jest.mocked(zApiRequest).mock.calls.map(([request]) => request.expect);
		expect(sent).toEqual([['value'], ['success']]);
	});

	test('anything but true fails the item, naming the field and what it held', async () => {
		answerWith({ success: false });
		const error = await failure(
			zApiRequestConfirmed.call(context, {
				...REQUEST,
				confirm: 'success',
				notConfirmed: 'Check the community.',
			}),
		);
		expect(error.message).toBe(
			'Z-API did not confirm the change when trying to change the settings of the community 1 (it answered "success": false)',
		);
		expect(error.description).toBe('Check the community.');
		expect(error.context.itemIndex).toBe(2);
	});

	test("without its own words, the group operations' description", async () => {
		answerWith({ value: 'no' });
		const error = await failure(zApiRequestConfirmed.call(context, REQUEST));
		expect(error.message).toMatch(/\(it answered "value": a string\)$/);
		expect(error.description).toMatch(/^Z-API answers "value": true when WhatsApp made the change/);
	});
});
