/**
 * Contact → Add and Remove (contacts/add-contacts.md, remove-contacts.md): the phone's address book,
 * a JSON list per item, answered {"success": true, "errors": []}.
 */
import type { INodeParameters } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const MARIA = '5511988887777';
const JOAO = '5521977776666';

const add = (contact: INodeParameters[], settings = {}) =>
	runZApi(double, {
		parameters: { resource: 'contact', operation: 'add', contacts: { contact } },
		settings,
	});
const remove = (phones: string, items = [{}], settings = {}) =>
	runZApi(double, {
		parameters: { resource: 'contact', operation: 'remove', phones },
		items,
		settings,
	});

describe('Contact → Add', () => {
	test('POST /contacts/add with the documented list; lastName left out when empty; output', async () => {
		const result = await add([
			{ firstName: ' Maria ', lastName: 'Souza', phone: '+55 (11) 98888-7777' },
			{ firstName: 'João', lastName: '', phone: JOAO },
		]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/contacts/add');
		expect(request.body).toEqual([
			{ firstName: 'Maria', lastName: 'Souza', phone: MARIA },
			{ firstName: 'João', phone: JOAO },
		]);
		expect(result.output()).toEqual([
			{
				json: {
					phones: [MARIA, JOAO],
					added: true,
					contacts: request.body,
					errors: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(double.config.contacts?.map((contact) => contact.phone)).toEqual([MARIA, JOAO]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		[
			[],
			'Contacts: no contact given: add at least one, with its First Name and Phone, e.g. Maria, 5511999998888',
		],
		[
			[
				{ firstName: 'Maria', phone: MARIA },
				{ firstName: ' ', phone: JOAO },
			],
			'Contact 2: First Name is empty: give the contact\'s first name, e.g. "Maria"',
		],
		[
			// Mapped: an empty field typed into the form stops the workflow in n8n itself.
			[{ firstName: 'Maria', phone: '={{ "" }}' }],
			"Contact 1: Phone is empty: give the contact's number, e.g. 5511999998888",
		],
		[
			[{ firstName: 'Maria', phone: '12@lid' }],
			'Contact 1: Phone: "12@lid" is a WhatsApp private ID (@lid), not a phone number: the address book needs the number, e.g. 5511999998888',
		],
		[
			[{ firstName: 'Maria', phone: 'abc' }],
			'Contact 1: Phone: "abc" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
	])('%j is refused before any request', async (contacts, message) => {
		const result = await add(contacts);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('"success": false fails the item with Z-API\'s errors', async () => {
		double.setFault('/contacts/add', {
			status: 200,
			body: { success: false, errors: ['not allowed'] },
		});
		const result = await add([{ firstName: 'Maria', phone: MARIA }]);
		expect(result.error?.message).toBe(
			`Z-API did not confirm the change when trying to add ${MARIA} to the phone's contacts (it answered "success": false): ["not allowed"]`,
		);
	});
});

describe('Contact → Remove', () => {
	test('DELETE /contacts/remove with the documented list of numbers; output', async () => {
		double.config.contacts = [{ phone: MARIA }, { phone: JOAO }];
		const result = await remove(`+55 (11) 98888-7777; ${MARIA}`);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('DELETE');
		expect(request.endpoint).toBe('/contacts/remove');
		expect(request.body).toEqual([MARIA]);
		expect(result.output()).toEqual([
			{ json: { phones: [MARIA], removed: true, errors: [] }, pairedItem: { item: 0 } },
		]);
		expect(double.config.contacts).toEqual([{ phone: JOAO }]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		[
			'={{ "" }}',
			'Phones: no phone number given (got ""): give at least one number to remove, e.g. 5511999998888',
		],
		[
			'5511988887777, 1@lid',
			'Phones: "1@lid" is a WhatsApp private ID (@lid), not a phone number: the address book needs numbers, e.g. 5511999998888',
		],
	])('%j is refused before any request', async (phones, message) => {
		const result = await remove(phones);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
		expect(double.requests).toHaveLength(0);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await remove(
			'={{ $json.phones }}',
			[{ phones: MARIA }, { phones: 'x' }, { phones: JOAO }],
			{
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: { phones: [MARIA], removed: true, errors: [] }, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Phones: "x" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
				},
				pairedItem: { item: 1 },
			},
			{ json: { phones: [JOAO], removed: true, errors: [] }, pairedItem: { item: 2 } },
		]);
	});
});
