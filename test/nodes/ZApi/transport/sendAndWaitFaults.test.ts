/**
 * Message → Send and Wait for Response against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts). The operation sends one question per run (from the first item), so
 * it has its own file instead of faultRunner's three-item rows: for each cell, a NodeApiError whose
 * message says what was being sent and what Z-API said, one request (never sent again), no wait, and
 * no token anywhere; with On Error: Continue, an error item marked when the question may have gone.
 * Both ways the question goes out: as text (/send-text) and with Options → Send Links as Buttons
 * (/send-button-actions).
 */
import { TIMEOUT_MS, faults } from '../../../helpers/faultTable';
import { MESSAGE_MAY_HAVE_BEEN_SENT, useFaultDouble } from '../../../helpers/faultRunner';
import {
	countConnections,
	expectNoSecrets,
	refusedBaseUrl,
	runZApi,
} from '../../../helpers/scenario';

const double = useFaultDouble();
const PHONE = '5511988887777';
const NOT_SENT_AGAIN = 'The node never sends such a request a second time by itself.';

const VARIANTS = [
	{ name: 'as text', endpoint: '/send-text', linksAsButtons: false },
	{ name: 'Send Links as Buttons', endpoint: '/send-button-actions', linksAsButtons: true },
];

describe.each(VARIANTS)('Message → Send and Wait for Response, $name', (variant) => {
	const run = (baseUrl: string, onError?: 'continueRegularOutput') =>
		runZApi(double, {
			typeVersion: 2,
			parameters: {
				resource: 'message',
				operation: 'sendAndWait',
				phone: PHONE,
				message: 'Approve?',
				options: {
					timeout: TIMEOUT_MS,
					...(variant.linksAsButtons ? { linksAsButtons: true } : {}),
				},
			},
			settings: onError ? { onError } : undefined,
			credentials: { baseUrl },
		});

	test.each(faults)('$name: a clear NodeApiError, one request, no wait, no secret', async (row) => {
		if (row.fault) double.setFault(variant.endpoint, row.fault);
		const baseUrl = row.fault ? double.url : await refusedBaseUrl();
		const { value: result, connections } = await countConnections(baseUrl, () => run(baseUrl));

		const error = result.error as unknown as {
			name: string;
			message: string;
			description: string;
			httpCode?: string;
		};
		expect(error.name).toBe('NodeApiError');
		const message = row.message
			.replace('{action}', `send a question to ${PHONE}`)
			.replace('{host}', new URL(baseUrl).host);
		expect(error.message).toBe(
			row.uncertain ? `${message}. ${MESSAGE_MAY_HAVE_BEEN_SENT}` : message,
		);
		expect(error.description).toMatch(row.description);
		expect(error.description.includes(NOT_SENT_AGAIN)).toBe(row.uncertain);
		if (row.httpCode) expect(String(error.httpCode)).toBe(row.httpCode);
		if (row.fault)
			expect(double.requests.map((request) => request.route)).toEqual([variant.endpoint]);
		else expect(connections).toBe(1);
		expect(result.run.waitTill).toBeUndefined();
		expectNoSecrets(result.text, double);
	});

	test.each([
		['500 (may have been sent)', { status: 500, body: { error: 'Internal error' } }, true],
		['400 (not sent)', { status: 400, body: { error: 'Invalid request body' } }, false],
	])('On Error: Continue, %s: one error item, paired, no wait', async (_name, fault, uncertain) => {
		double.setFault(variant.endpoint, fault);
		const result = await run(double.url, 'continueRegularOutput');
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output).toEqual([
			{
				json: {
					error: expect.stringContaining(`send a question to ${PHONE}`),
					...(uncertain ? { mayHaveReachedZApi: true } : {}),
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(result.run.waitTill).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
