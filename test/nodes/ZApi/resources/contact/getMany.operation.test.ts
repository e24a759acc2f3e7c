/**
 * Contact → Get Many (contacts/get-contacts.md): GET /contacts?page=&pageSize=, paged until a short
 * page; one item per contact with phone first.
 */
import type { DoubleContact } from '../../../../zapi-double/server';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const getMany = { resource: 'contact', operation: 'getMany' };

const contact = (index: number): DoubleContact => ({
	phone: `55119${String(index).padStart(8, '0')}`,
	name: `Contact ${index} Surname`,
	short: `Contact ${index}`,
	notify: `WhatsApp ${index}`,
	vname: '',
});
const saveContacts = (count: number) => {
	double.config.contacts = Array.from({ length: count }, (_, index) => contact(index + 1));
	return double.config.contacts.map((entry) => entry.phone);
};

describe('Contact → Get Many', () => {
	test('GET /contacts?page=1&pageSize=50 (the Limit); one item per contact, phone first, Z-API fields kept', async () => {
		saveContacts(2);
		const result = await runZApi(double, { parameters: getMany });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/contacts');
		expect(request.query).toEqual({ page: '1', pageSize: '50' });
		expect(request.rawBody).toBe('');
		expect(result.output()).toEqual([
			{
				json: {
					phone: '5511900000001',
					name: 'Contact 1 Surname',
					short: 'Contact 1',
					notify: 'WhatsApp 1',
					vname: '',
				},
				pairedItem: { item: 0 },
			},
			{ json: expect.objectContaining({ phone: '5511900000002' }), pairedItem: { item: 0 } },
		]);
		expect(Object.keys(result.output()[0].json)[0]).toBe('phone');
		expectNoSecrets(result.text, double);
	});

	test('Return All pages by 100 until a page comes back short', async () => {
		const phones = saveContacts(230);
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });

		expect(result.error).toBeUndefined();
		expect(result.output().map((item) => item.json.phone)).toEqual(phones);
		expect(double.requests.map((request) => request.query)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
			{ page: '3', pageSize: '100' },
		]);
	});

	test('a Limit asks for no more than it needs', async () => {
		saveContacts(5);
		const result = await runZApi(double, { parameters: { ...getMany, limit: 2 } });
		expect(result.output()).toHaveLength(2);
		expect(double.requests.map((request) => request.query)).toEqual([{ page: '1', pageSize: '2' }]);
	});

	test('no contacts give no items', async () => {
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([]);
	});

	test('an instance that ignores page (the same full page again) is stopped, not paged forever', async () => {
		const page = Array.from({ length: 100 }, (_, index) => contact(index));
		double.setFault('/contacts', { status: 200, body: page, times: 2 });
		const result = await runZApi(double, { parameters: { ...getMany, returnAll: true } });
		expect(result.error?.message).toBe(
			'Z-API answered page 2 of the contact list with the same contacts as page 1: stopped instead of paging on',
		);
		expect(double.count('/contacts')).toBe(2);
	});

	test('an answer that is not a list fails the item with words', async () => {
		double.setFault('/contacts', { status: 200, body: { contacts: [] } });
		const result = await runZApi(double, { parameters: getMany });
		expect(result.error?.message).toBe(
			'Z-API answered page 1 of the contact list with something that is not a list',
		);
	});

	test.each([0, 1.5, 'many'])('Limit %j is refused before any request', async (limit) => {
		const result = await runZApi(double, { parameters: { ...getMany, limit } });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`Limit must be a whole number of at least 1 (got ${JSON.stringify(limit)})`,
		);
		expect(double.requests).toHaveLength(0);
	});

	test('the double refuses a list request without page and pageSize (they are required)', async () => {
		const response = await fetch(
			`${double.url}/instances/${double.config.instanceId}/token/${double.config.instanceToken}/contacts`,
			{ headers: { 'Client-Token': double.config.clientToken } },
		);
		expect(response.status).toBe(400);
	});
});
