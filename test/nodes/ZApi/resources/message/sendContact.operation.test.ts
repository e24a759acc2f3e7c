import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const parameters = {
	resource: 'message',
	operation: 'sendContact',
	phone: '={{ $json.to }}',
	contactName: '={{ $json.name }}',
	contactPhone: '={{ $json.number }}',
	additionalFields: {
		contactBusinessDescription: '={{ $json.about }}',
		messageId: '={{ $json.replyTo }}',
		delayMessage: '={{ $json.delay }}',
	},
};

const item = { to: '5511988887777', name: 'Maria Souza', number: '+55 (21) 98888-7777' };

const sends = () => double.requests.filter((request) => request.endpoint === '/send-contact');

describe('Message → Send Contact', () => {
	test('POST /send-contact; Contact Phone normalised like every phone; optional fields only when given', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [
				item,
				{
					...item,
					to: group,
					number: 5521988887777,
					about: ' Sales, Monday to Friday ',
					replyTo: '3EB0C767D26A1D8A5A4F',
					delay: 4,
				},
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.method)).toEqual(['POST', 'POST']);
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: '5511988887777', contactName: 'Maria Souza', contactPhone: '5521988887777' },
			{
				phone: group,
				contactName: 'Maria Souza',
				contactPhone: '5521988887777',
				contactBusinessDescription: 'Sales, Monday to Friday',
				messageId: '3EB0C767D26A1D8A5A4F',
				delayMessage: 4,
			},
		]);
		expect(result.output()[0].json).toEqual({
			phone: '5511988887777',
			zaapId: 'ZAAP3EB0DOUBLE0000000001',
			messageId: '3EB0DOUBLE0000000001',
			id: '3EB0DOUBLE0000000001',
		});
		expectNoSecrets(result.text, double);
	});

	test('a Contact Phone without country code gets the Default Country Code', async () => {
		await runZApi(double, {
			parameters,
			items: [{ ...item, number: '(21) 98888-7777' }],
			credentials: { defaultCountryCode: '55' },
		});
		expect(sends()[0].body.contactPhone).toBe('5521988887777');
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				{ name: '' },
				'Contact Name is empty (got ""): give the name on the card, e.g. "Maria Souza"',
			],
			[
				{ number: '' },
				'Contact Phone is empty (got ""): give the contact\'s number, e.g. 5511999998888',
			],
			[
				{ number: 'ask Maria' },
				'Contact Phone: "ask Maria" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
			],
			[
				{ number: '021 98888-7777' },
				'Contact Phone: "021 98888-7777" does not start with a country code: write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form',
			],
			[
				{ number: '120363019502650977-group' },
				'Contact Phone: "120363019502650977-group" is a group ID, not a participant\'s phone number',
			],
			[
				{ number: '2111897971174599@lid' },
				'Contact Phone: "2111897971174599@lid" is a WhatsApp private ID (@lid), not a phone number: a contact card needs the number, e.g. 5511999998888',
			],
			[{ about: ['x'] }, 'Business Description must be text (got ["x"])'],
			[
				{ delay: 'soon' },
				'Z-API Send Delay must be a whole number of seconds from 1 to 15 (got "soon")',
			],
		] as Array<[Record<string, unknown>, string]>)('%j → %s', async (change, message) => {
			const result = await runZApi(double, { parameters, items: [{ ...item, ...change }] });
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ ...item, to: '120363000000000000-group' }, { ...item, number: '' }, item],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((entry) => entry.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(output[0].json.error).toBe(
			'Z-API rejected the request (HTTP 400) when trying to send a contact card to 120363000000000000-group: Group not found',
		);
		expect(String(output[1].json.error)).toMatch(/^Contact Phone is empty/);
		expect(output[2].json.messageId).toBe('3EB0DOUBLE0000000001');
		expect(sends()).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});

	test('Retry On Fail: a send whose connection broke is not sent again', async () => {
		double.setFault('/send-contact', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [item],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a contact card to 5511988887777\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expectNoSecrets(result.text, double);
	});
});
