import type { INodeParameters } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

// The double: every number has WhatsApp except these; a Brazilian mobile written without its 9th
// digit (55 DD 8 digits) is answered with it as outputPhone.
const double = useZApiDouble({ notOnWhatsApp: ['5521977776666', '5531966665555'] });

const parameters: INodeParameters = {
	resource: 'contact',
	operation: 'checkNumbers',
	phones: '={{ $json.phones }}',
};

const checks = () =>
	double.requests.filter((request) => request.endpoint === '/phone-exists-batch');

const on = (phone: string, outputPhone = phone) => ({
	phone,
	exists: true,
	outputPhone,
	lid: `${outputPhone.slice(-10)}${outputPhone.length}@lid`,
});
const off = (phone: string) => ({ phone, exists: false, outputPhone: phone, lid: null });

describe('Contact → Check Numbers', () => {
	test('POST /phone-exists-batch {phones}: every list form, normalised, each number once; one item per number', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [
				{
					phones: [
						'+55 (11) 98888-7777',
						'5521977776666; 554488887777',
						5511988887777,
						['55 31 96666-5555'],
					],
				},
			],
		});

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.url).toBe(
			`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/phone-exists-batch`,
		);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			phones: ['5511988887777', '5521977776666', '554488887777', '5531966665555'],
		});
		expect(result.output()).toEqual([
			{ json: on('5511988887777'), pairedItem: { item: 0 } },
			{ json: off('5521977776666'), pairedItem: { item: 0 } },
			{ json: on('554488887777', '5544988887777'), pairedItem: { item: 0 } },
			{ json: off('5531966665555'), pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test('One Summary Item: counts, the two lists and every number', async () => {
		const result = await runZApi(double, {
			parameters: { ...parameters, output: 'summary' },
			items: [{ phones: '5511988887777\n5521977776666\n554488887777\n5511988887777' }],
		});
		expect(checks()).toHaveLength(1);
		expect(result.output()).toEqual([
			{
				json: {
					total: 3,
					withWhatsAppCount: 2,
					withoutWhatsAppCount: 1,
					withWhatsApp: ['5511988887777', '554488887777'],
					withoutWhatsApp: ['5521977776666'],
					numbers: [on('5511988887777'), off('5521977776666'), on('554488887777', '5544988887777')],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Batch Size 2 with 5 numbers: 3 requests, in order, output as one list', async () => {
		const phones = [
			'5511900000001',
			'5511900000002',
			'5521977776666',
			'5511900000004',
			'5511900000005',
		];
		const result = await runZApi(double, {
			parameters: { ...parameters, additionalFields: { batchSize: 2 } },
			items: [{ phones }],
		});
		expect(checks().map((request) => request.body)).toEqual([
			{ phones: ['5511900000001', '5511900000002'] },
			{ phones: ['5521977776666', '5511900000004'] },
			{ phones: ['5511900000005'] },
		]);
		expect(result.output().map((item) => item.json)).toEqual([
			on('5511900000001'),
			on('5511900000002'),
			off('5521977776666'),
			on('5511900000004'),
			on('5511900000005'),
		]);
	});

	test('by default 50,000 numbers per request (Z-API’s limit): 50,001 numbers are 2 requests', async () => {
		const phones = Array.from(
			{ length: 50_001 },
			(_, index) => `55119${String(index).padStart(8, '0')}`,
		);
		const result = await runZApi(double, {
			parameters: { ...parameters, output: 'summary' },
			items: [{ phones }],
		});
		expect(result.error).toBeUndefined();
		expect(checks().map((request) => request.body.phones.length)).toEqual([50_000, 1]);
		expect(checks()[1].body.phones).toEqual([phones[50_000]]);
		expect(result.output()[0].json).toMatchObject({
			total: 50_001,
			withWhatsAppCount: 50_001,
			withoutWhatsAppCount: 0,
		});
	});

	test('numbers without a country code take the credential’s Default Country Code', async () => {
		await runZApi(double, {
			parameters,
			items: [{ phones: '(11) 98888-7777, +1 212 555 0100' }],
			credentials: { defaultCountryCode: '55' },
		});
		expect(checks()[0].body).toEqual({ phones: ['5511988887777', '12125550100'] });
	});

	test('each input item is its own check, its output paired with it', async () => {
		const result = await runZApi(double, {
			parameters: { ...parameters, output: '={{ $json.output }}' },
			items: [
				{ phones: '5511988887777', output: 'perNumber' },
				{ phones: ['5521977776666', '5511988887777'], output: 'summary' },
			],
		});
		expect(checks().map((request) => request.body)).toEqual([
			{ phones: ['5511988887777'] },
			{ phones: ['5521977776666', '5511988887777'] },
		]);
		expect(
			result.output().map((item) => [item.pairedItem, item.json.total ?? item.json.phone]),
		).toEqual([
			[{ item: 0 }, '5511988887777'],
			[{ item: 1 }, 2],
		]);
	});

	describe('bad input fails before any request, naming the field and the value', () => {
		test.each([
			[
				'',
				undefined,
				'Phones: no phone number given (got ""): give at least one number to check, e.g. 5511999998888',
			],
			[
				[],
				undefined,
				'Phones: no phone number given (got []): give at least one number to check, e.g. 5511999998888',
			],
			[
				'5511988887777, call me',
				undefined,
				'Phones: "call me" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
			],
			[
				'12345',
				undefined,
				'Phones: "12345" has 5 digits; a phone number is country code + area code + number (8 to 15 digits), e.g. 5511999998888',
			],
			[
				'120363019502650977-group',
				undefined,
				'Phones: "120363019502650977-group" is a group ID, not a participant\'s phone number',
			],
			[
				'5511988887777, 2111897971174599@lid',
				undefined,
				'Phones: "2111897971174599@lid" is a WhatsApp private ID (@lid), which always belongs to a WhatsApp account and cannot be checked: give phone numbers only',
			],
			['5511988887777', 0, 'Batch Size must be a whole number from 1 to 50000 (got 0)'],
			['5511988887777', 50_001, 'Batch Size must be a whole number from 1 to 50000 (got 50001)'],
			['5511988887777', 2.5, 'Batch Size must be a whole number from 1 to 50000 (got 2.5)'],
			['5511988887777', 'many', 'Batch Size must be a whole number from 1 to 50000 (got "many")'],
		])('%j, Batch Size %j → %s', async (phones, batchSize, message) => {
			const result = await runZApi(double, {
				parameters: { ...parameters, additionalFields: { batchSize: '={{ $json.batchSize }}' } },
				items: [{ phones, batchSize }],
			});
			expect(result.error?.message).toBe(message);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		});

		test('an unknown Output', async () => {
			const result = await runZApi(double, {
				parameters: { ...parameters, output: 'all' },
				items: [{ phones: '5511988887777' }],
			});
			expect(result.error?.message).toBe(
				'Output must be "perNumber" (One Item per Number) or "summary" (One Summary Item) (got "all")',
			);
			expect(double.requests).toHaveLength(0);
		});

		test('a Batch Size of "2" from an expression is taken', async () => {
			await runZApi(double, {
				parameters: { ...parameters, additionalFields: { batchSize: '={{ "2" }}' } },
				items: [{ phones: '5511900000001, 5511900000002, 5511900000003' }],
			});
			expect(checks()).toHaveLength(2);
		});
	});
});
