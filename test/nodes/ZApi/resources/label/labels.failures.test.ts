/**
 * What the Label operations do when Z-API does not make the change: an answer of `success`/`value`
 * false fails the item, an account without WhatsApp Business gets words it can act on, each item fails
 * on its own under On Error: Continue, and a change whose answer was lost is not sent again.
 */
import { NodeApiError } from 'n8n-workflow';

import { LABELS_NEED_BUSINESS } from '../../../../../nodes/ZApi/resources/label/labelRequest';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511999998888';
const mapped = {
	resource: 'label',
	labelId: '={{ $json.labelId }}',
	name: '={{ $json.name }}',
	phone: '={{ $json.phone }}',
};

beforeEach(() => {
	double.labels.set('1', { id: '1', name: 'New customer', color: 1 });
	double.labels.set('2', { id: '2', name: 'New order', color: 2 });
});

// One row per operation: the output for label 1, and the message for label 99, which the double does
// not know (it answers `success`/`value` false, the documented failure), or a color it refuses.
describe.each([
	[
		'update',
		{ labelId: '1', updated: true },
		'Z-API did not confirm the change when trying to update the label 99 (it answered "success": false)',
	],
	[
		'delete',
		{ labelId: '1', deleted: true },
		'Z-API did not confirm the change when trying to delete the label 99 (it answered "success": false)',
	],
	[
		'addToChat',
		{ labelId: '1', phone: PHONE, added: true },
		`Z-API did not confirm the change when trying to add the label 99 to the chat ${PHONE} (it answered "value": false)`,
	],
	[
		'removeFromChat',
		{ labelId: '1', phone: PHONE, removed: true },
		`Z-API did not confirm the change when trying to remove the label 99 from the chat ${PHONE} (it answered "value": false)`,
	],
])('Label → %s', (operation, done, refused) => {
	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters: { ...mapped, operation },
			items: [
				{ labelId: '1', name: 'Renamed', phone: PHONE },
				{ labelId: '99', name: 'Renamed', phone: PHONE },
				{ labelId: '2', name: 'Renamed', phone: PHONE },
			],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output).toHaveLength(3);
		expect(output[0].json).toEqual(expect.objectContaining(done));
		expect(output[1].json).toEqual({ error: refused });
		expect(output[2].json).toEqual(expect.objectContaining({ ...done, labelId: '2' }));
		expect(output.map((item) => item.pairedItem)).toEqual([0, 1, 2].map((item) => ({ item })));
		expectNoSecrets(result.text, double);
	});

	test('without On Error: Continue the item fails with what labels need', async () => {
		const result = await runZApi(double, {
			parameters: { ...mapped, operation },
			items: [{ labelId: '99', name: 'Renamed', phone: PHONE }],
		});
		expect(result.error?.message).toBe(refused);
		expect(result.error?.name).toBe('NodeApiError');
		expect((result.error as NodeApiError).description).toContain(LABELS_NEED_BUSINESS);
	});
});

test('Label → Create: On Error: Continue, a color Z-API refuses fails its item only', async () => {
	const result = await runZApi(double, {
		parameters: {
			...mapped,
			operation: 'create',
			additionalFields: { color: '={{ $json.color }}' },
		},
		items: [
			{ name: 'A', color: 1 },
			{ name: 'B', color: 7 },
		],
		settings: { onError: 'continueRegularOutput' },
	});
	expect(result.output()).toEqual([
		{ json: { labelId: '3', name: 'A', color: 1, id: '3' }, pairedItem: { item: 0 } },
		{
			json: {
				error:
					'Z-API rejected the request (HTTP 400) when trying to create the label "B": color must be one of the available colors',
			},
			pairedItem: { item: 1 },
		},
	]);
});

describe('a number without WhatsApp Business', () => {
	test.each([
		['getMany', 'list the labels'],
		['create', 'create the label "Lead"'],
		['update', 'update the label 1'],
		['delete', 'delete the label 1'],
		['addToChat', `add the label 1 to the chat ${PHONE}`],
		['removeFromChat', `remove the label 1 from the chat ${PHONE}`],
	])('%s: Z-API’s refusal, then what labels need and what to check', async (operation, action) => {
		double.config.notBusiness = true;
		const result = await runZApi(double, {
			parameters: { ...mapped, operation },
			items: [{ labelId: '1', name: 'Lead', phone: PHONE }],
		});
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to ${action}: This method is only available for WhatsApp Business accounts`,
		);
		const { description } = result.error as NodeApiError;
		expect(description).toMatch(/^Z-API found the request invalid\./);
		expect(description?.endsWith(LABELS_NEED_BUSINESS)).toBe(true);
		expect(double.requests).toHaveLength(1);
	});

	test('a disconnected instance keeps the transport’s words, without the label hint', async () => {
		double.config.connected = false;
		const result = await runZApi(double, { parameters: { ...mapped, operation: 'getMany' } });
		expect(result.error?.message).toMatch(/WhatsApp is not connected to the Z-API instance/);
		expect((result.error as NodeApiError).description).not.toContain(LABELS_NEED_BUSINESS);
	});
});

describe('Retry On Fail: never sent twice', () => {
	const retry = { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 } as const;

	test('a Create whose answer was lost is not sent again (the label may exist)', async () => {
		double.setFault('/business/create-tag', { delayMs: 1500, status: 200, body: { id: '9' } });
		const result = await runZApi(double, {
			parameters: { ...mapped, operation: 'create', options: { timeout: 300 } },
			items: [{ name: 'Lead' }],
			settings: { ...retry, onError: 'continueRegularOutput' },
		});
		expect(result.output()[0].json).toEqual({
			error:
				'Z-API did not answer within 300 ms when trying to create the label "Lead". The label may have been created anyway: look for it with Label → Get Many before you run this again.',
			mayHaveReachedZApi: true,
		});
		expect(double.count('/business/create-tag')).toBe(1);
	});

	test('an Add to Chat that failed on Z-API’s side (HTTP 5xx) is not sent again', async () => {
		double.setFault('/chats/:phone/tags/:tag/add', { status: 503, body: { error: 'Unavailable' } });
		const result = await runZApi(double, {
			parameters: { ...mapped, operation: 'addToChat' },
			items: [{ labelId: '1', phone: PHONE }],
			settings: retry,
		});
		expect(result.error?.message).toBe(
			`Z-API failed (HTTP 503) when trying to add the label 1 to the chat ${PHONE}: Unavailable. The change may have been made anyway: check the chat's labels in WhatsApp Business before you run this again.`,
		);
		expect(double.count('/chats/:phone/tags/:tag/add')).toBe(1);
	});

	test('a Delete refused (HTTP 4xx: it did nothing) is sent again, and then done', async () => {
		double.setFault('/business/tag/:tagId', { status: 400, body: { error: 'Try again' } });
		const result = await runZApi(double, {
			parameters: { ...mapped, operation: 'delete' },
			items: [{ labelId: '1' }],
			settings: { ...retry, maxTries: 2 },
		});
		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toEqual({ labelId: '1', deleted: true });
		expect(double.count('/business/tag/:tagId')).toBe(2);
	});
});
