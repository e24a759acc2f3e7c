import type { IExecuteFunctions } from 'n8n-workflow';

import { zApiRequest } from '../transport/request';
import type { ExecutionMemory } from './executionMemory';
import { once } from './executionMemory';
import { phoneDigits } from './phones';

/**
 * The number connected to the instance (GET /device), which Z-API says must never be sent as a
 * participant. Asked at most once per execution.
 */
export function connectedNumber(
	this: IExecuteFunctions,
	memory: ExecutionMemory,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	return once(memory, 'connectedNumber', async () => {
		const device = await zApiRequest.call(this, {
			method: 'GET',
			endpoint: '/device',
			itemIndex,
			timeout,
			action: 'look up the number connected to the instance',
		});
		return phoneDigits(device.phone);
	});
}
