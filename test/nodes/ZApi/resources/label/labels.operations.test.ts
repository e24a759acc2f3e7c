/**
 * Label → Get Many, Create, Update, Delete, Add to Chat, Remove from Chat (business/tags*.md,
 * create-tag.md, edit-tag.md, delete-tag.md): each request exactly as documented, the output that
 * chains by labelId, one item per input item under On Error: Continue, and no secret anywhere.
 */
import type { INodeParameters } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import type { ZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const PHONE = '5511999998888';
/** The picker's value, as the editor saves it. */
const picked = (value: string) => ({ __rl: true, mode: 'list', value });

/** Two labels, as tags.md's example lists them. */
function addLabels(on: ZApiDouble) {
	on.labels.set('1', { id: '1', name: 'New customer', color: 1 });
	on.labels.set('2', { id: '2', name: 'New order', color: 2 });
}

interface Row {
	name: string;
	parameters: INodeParameters;
	method: string;
	endpoint: string;
	/** The exact body, or '' for none. */
	body: unknown;
	output: Record<string, unknown>;
	/** What the double holds after it. */
	after: (on: ZApiDouble) => unknown;
	expected: unknown;
}

const rows: Row[] = [
	{
		name: 'Create: POST /business/create-tag {name, color}',
		parameters: {
			operation: 'create',
			name: ' Payment pending ',
			additionalFields: { color: 2 },
		},
		method: 'POST',
		endpoint: '/business/create-tag',
		body: { name: 'Payment pending', color: 2 },
		output: { labelId: '3', name: 'Payment pending', color: 2, id: '3' },
		after: (on) => on.labels.get('3'),
		expected: { id: '3', name: 'Payment pending', color: 2 },
	},
	{
		name: 'Create without a color: {name} only',
		parameters: { operation: 'create', name: 'Paid' },
		method: 'POST',
		endpoint: '/business/create-tag',
		body: { name: 'Paid' },
		output: { labelId: '3', name: 'Paid', id: '3' },
		after: (on) => on.labels.get('3')?.name,
		expected: 'Paid',
	},
	{
		name: 'Update: POST /business/edit-tag/{id} {name, color}',
		parameters: {
			operation: 'update',
			labelId: picked('2'),
			name: 'Order shipped',
			additionalFields: { color: 0 },
		},
		method: 'POST',
		endpoint: '/business/edit-tag/2',
		body: { name: 'Order shipped', color: 0 },
		output: { labelId: '2', name: 'Order shipped', color: 0, updated: true },
		after: (on) => on.labels.get('2'),
		expected: { id: '2', name: 'Order shipped', color: 0 },
	},
	{
		name: 'Delete: DELETE /business/tag/{id}, no body',
		parameters: { operation: 'delete', labelId: { __rl: true, mode: 'id', value: ' 2 ' } },
		method: 'DELETE',
		endpoint: '/business/tag/2',
		body: '',
		output: { labelId: '2', deleted: true },
		after: (on) => [...on.labels.keys()],
		expected: ['1'],
	},
	{
		name: 'Add to Chat: PUT /chats/{phone}/tags/{tag}/add, no body',
		parameters: { operation: 'addToChat', labelId: picked('1'), phone: '+55 (11) 99999-8888' },
		method: 'PUT',
		endpoint: `/chats/${PHONE}/tags/1/add`,
		body: '',
		output: { labelId: '1', phone: PHONE, added: true },
		after: (on) => [...(on.chatLabels.get(PHONE) ?? [])],
		expected: ['1'],
	},
	{
		name: 'Remove from Chat: PUT /chats/{phone}/tags/{tag}/remove, no body',
		parameters: { operation: 'removeFromChat', labelId: picked('2'), phone: PHONE },
		method: 'PUT',
		endpoint: `/chats/${PHONE}/tags/2/remove`,
		body: '',
		output: { labelId: '2', phone: PHONE, removed: true },
		after: (on) => [...(on.chatLabels.get(PHONE) ?? [])],
		expected: ['1'],
	},
];

describe('Label operations', () => {
	test.each(rows)('$name', async (row) => {
		addLabels(double);
		// The chat has both labels before Remove from Chat, none before Add to Chat.
		if (row.name.startsWith('Remove')) double.chatLabels.set(PHONE, new Set(['1', '2']));
		const result = await runZApi(double, { parameters: { resource: 'label', ...row.parameters } });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe(row.method);
		expect(request.endpoint).toBe(row.endpoint);
		if (row.body === '') expect(request.rawBody).toBe('');
		else expect(request.body).toEqual(row.body);
		expect(result.output()).toEqual([{ json: row.output, pairedItem: { item: 0 } }]);
		// The id a next node needs comes first.
		expect(Object.keys(result.output()[0].json)[0]).toBe('labelId');
		expect(row.after(double)).toEqual(row.expected);
		expectNoSecrets(result.text, double);
	});
});

describe('Label → Get Many', () => {
	const getMany = { resource: 'label', operation: 'getMany' };

	test('GET /tags, no body: one item per label, labelId first, Z-API’s fields kept', async () => {
		addLabels(double);
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0].method).toBe('GET');
		expect(double.requests[0].endpoint).toBe('/tags');
		expect(double.requests[0].rawBody).toBe('');
		expect(result.output()).toEqual([
			{ json: { labelId: '1', id: '1', name: 'New customer', color: 1 }, pairedItem: { item: 0 } },
			{ json: { labelId: '2', id: '2', name: 'New order', color: 2 }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test('Limit: only the first labels', async () => {
		addLabels(double);
		const result = await runZApi(double, { parameters: { ...getMany, limit: 1 } });
		expect(result.output().map((item) => item.json.labelId)).toEqual(['1']);
	});

	test('no labels: no items', async () => {
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([]);
	});

	test('an answer that is not the documented list fails the item', async () => {
		double.setFault('/tags', { status: 200, body: { labels: 'none' } });
		const result = await runZApi(double, { parameters: getMany });
		expect(result.error?.message).toBe(
			'Z-API answered without the expected data when trying to list the labels',
		);
	});
});

describe('a chain: Create, then Add to Chat with the labelId of its output', () => {
	test('the new label is on the chat', async () => {
		const created = await runZApi(double, {
			parameters: { resource: 'label', operation: 'create', name: 'Lead' },
		});
		const labelId = created.output()[0].json.labelId as string;
		const added = await runZApi(double, {
			parameters: {
				resource: 'label',
				operation: 'addToChat',
				labelId: '={{ $json.labelId }}',
				phone: '={{ $json.phone }}',
			},
			items: [{ labelId, phone: PHONE }],
		});
		expect(added.error).toBeUndefined();
		expect(double.chatLabels.get(PHONE)).toEqual(new Set([labelId]));
	});
});
