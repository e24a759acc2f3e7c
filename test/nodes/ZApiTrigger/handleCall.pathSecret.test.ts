/**
 * The secret in the URL's path: the node's second webhook (`…/zapi/:secret`), used when Z-API does
 * not keep the query string (registration/secretForm.ts). Calls in the query form stay accepted.
 */
import { WEBHOOK_ID, loadEvent } from '../../helpers/trigger';
import { SECRET, call, expectNoLeak } from './calls';

const PATH = { webhookName: 'setup', query: {} };
const at = (segment: string) => `/webhook/${WEBHOOK_ID}/${WEBHOOK_ID}/zapi/${segment}`;

describe('the secret in the path', () => {
	it.each([
		['the secret', at(SECRET), 200, true],
		['the secret, percent-encoded', at(SECRET.replace('f', '%66')), 200, true],
		['the secret in a test URL', `/webhook-test/${WEBHOOK_ID}/zapi/${SECRET}`, 200, true],
		['a wrong secret', at(`${SECRET.slice(0, -1)}0`), 401, false],
		['an empty segment', at(''), 401, false],
		['the secret before another segment', `${at(SECRET)}/x`, 401, false],
		['a broken escape', at(`${SECRET}%E0%A4%A`), 401, false],
	])('%s: %s', async (_label, path, status, started) => {
		const result = await call({}, loadEvent('participant-added'), { ...PATH, path });
		expect(result).toMatchObject({ status, started });
		expectNoLeak(result.text);
	});

	it('reads only the path on the path webhook: the right secret in the query does not open it', async () => {
		const result = await call({}, loadEvent('participant-added'), {
			webhookName: 'setup',
			path: at('wrong'),
			query: { secret: SECRET },
		});
		expect(result).toMatchObject({ status: 401, started: false });
	});

	it('reads only the query on the query webhook (a workflow registered earlier)', async () => {
		const right = await call({}, loadEvent('participant-added'));
		expect(right).toMatchObject({ status: 200, started: true });
		const pathOnly = await call({}, loadEvent('participant-added'), {
			query: {},
			path: at(SECRET),
		});
		expect(pathOnly).toMatchObject({ status: 401, started: false });
	});

	it('takes the Secret of Register the Webhook Myself in the path too', async () => {
		const result = await call(
			{ registration: 'manual', manualSecret: 'my-own-secret' },
			loadEvent('participant-added'),
			{ ...PATH, path: at('my-own-secret'), staticData: {} },
		);
		expect(result).toMatchObject({ status: 200, started: true });
	});
});
