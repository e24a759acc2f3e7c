/** Contact → Check Numbers: what Z-API answers, the odd and the failed, and On Error: Continue. */
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

describe('Contact → Check Numbers: Z-API’s answers', () => {
	test('matched by inputPhone, whatever their order; "exists" as text is taken', async () => {
		double.setFault('/phone-exists-batch', {
			status: 200,
			body: [
				{ exists: 'false', inputPhone: '5521977776666', outputPhone: '5521977776666', lid: null },
				{
					exists: 'true',
					inputPhone: '5511988887777',
					outputPhone: '5511988887777',
					lid: '77@lid',
				},
			],
		});
		const result = await runZApi(double, {
			parameters,
			items: [{ phones: '5511988887777, 5521977776666' }],
		});
		expect(result.output().map((item) => item.json)).toEqual([
			{ phone: '5511988887777', exists: true, outputPhone: '5511988887777', lid: '77@lid' },
			off('5521977776666'),
		]);
	});

	test('without inputPhone, by position; without outputPhone, the number sent', async () => {
		double.setFault('/phone-exists-batch', {
			status: 200,
			body: [{ exists: true, lid: '' }, { exists: false }],
		});
		const result = await runZApi(double, {
			parameters,
			items: [{ phones: '5511988887777, 5521977776666' }],
		});
		expect(result.output().map((item) => item.json)).toEqual([
			{ phone: '5511988887777', exists: true, outputPhone: '5511988887777', lid: null },
			off('5521977776666'),
		]);
	});

	test.each([
		[{ value: true }, 'the answer is not a list'],
		[[], 'no answer for 5511988887777'],
		[
			[{ inputPhone: '5511988887777', outputPhone: '5511988887777' }],
			'no "exists" for 5511988887777',
		],
	])('an answer that is not the documented one (%j) fails the item', async (body, what) => {
		double.setFault('/phone-exists-batch', { status: 200, body });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ phones: '5511988887777' }],
		});
		expect(result.output()[0].json).toEqual({
			error: `Z-API answered without the expected data when trying to check whether 5511988887777 has WhatsApp (${what})`,
		});
	});

	test('a failed request names its part of the list and says the check only reads', async () => {
		double.setFault('/phone-exists-batch', {
			status: 502,
			body: { error: 'Bad Gateway' },
			skip: 1,
		});
		const result = await runZApi(double, {
			parameters: { ...parameters, additionalFields: { batchSize: 2 } },
			items: [
				{ phones: '5511900000001, 5511900000002, 5511900000003, 5511900000004, 5511900000005' },
			],
		});
		expect(result.error?.message).toBe(
			'Z-API failed (HTTP 502) when trying to check which of numbers 3 to 4 (of 5) have WhatsApp: Bad Gateway',
		);
		expect(result.error?.description).toBe(
			'Z-API had a problem on its side. The request only reads, so it changed nothing: you can run it again.',
		);
		expect(checks()).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});

	test('a timeout is not marked as something that may have happened', async () => {
		double.setFault('/phone-exists-batch', { delayMs: 1500, status: 200, body: [] });
		const result = await runZApi(double, {
			parameters: { ...parameters, options: { timeout: 300 } },
			settings: { onError: 'continueRegularOutput' },
			items: [{ phones: '5511988887777, 5521977776666' }],
		});
		expect(result.output()[0].json).toEqual({
			error:
				'Z-API did not answer within 300 ms when trying to check which of 2 numbers have WhatsApp',
		});
	});

	test('Retry On Fail checks again (it only reads)', async () => {
		double.setFault('/phone-exists-batch', { status: 500, body: { error: 'busy' } });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			items: [{ phones: '5511988887777' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output().map((item) => item.json)).toEqual([on('5511988887777')]);
		expect(checks()).toHaveLength(2);
	});

	test('On Error: Continue: one error item per failed input item, in order, paired; no secret', async () => {
		double.config.clientToken = 'CLIENTSECRET42';
		double.setFault('/phone-exists-batch', { status: 400, body: { error: 'invalid' }, skip: 1 });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			credentials: { clientToken: 'CLIENTSECRET42' },
			items: [
				{ phones: '5511988887777, 5521977776666' },
				{ phones: 'nobody' },
				{ phones: '5511988887777' },
				{ phones: '554488887777' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: on('5511988887777'), pairedItem: { item: 0 } },
			{ json: off('5521977776666'), pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Phones: "nobody" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to check whether 5511988887777 has WhatsApp: invalid',
				},
				pairedItem: { item: 2 },
			},
			{ json: on('554488887777', '5544988887777'), pairedItem: { item: 3 } },
		]);
		expect(checks()).toHaveLength(3);
		for (const request of checks()) expect(request.headers['client-token']).toBe('CLIENTSECRET42');
		expectNoSecrets(result.text, double);
	});
});
