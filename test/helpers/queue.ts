/** The double's send queue, filled as a bulk send fills Z-API's (test/nodes/ZApi/resources/instance: getQueue, deleteQueue). */
import type { ZApiDouble } from './scenario';
import { runZApi } from './scenario';

export const PHONE = '5511999998888';

/** Sends `count` texts while the double holds them: they wait in its queue. Returns their zaapIds. */
export async function holdSends(double: ZApiDouble, count: number): Promise<string[]> {
	double.config.holdSends = true;
	const items = Array.from({ length: count }, (_, index) => ({ text: `Bulk ${index + 1}` }));
	const result = await runZApi(double, {
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: PHONE,
			message: '={{ $json.text }}',
		},
		items,
	});
	expect(result.error).toBeUndefined();
	expect(double.queue).toHaveLength(count);
	double.requests.length = 0;
	return double.queue.map((entry) => entry.zaapId);
}
