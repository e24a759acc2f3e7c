/**
 * Group → Create → Additional Fields → Only Numbers on WhatsApp: the participants are checked with
 * POST /phone-exists-batch first, and the group is created with those that have WhatsApp, in
 * WhatsApp's form (outputPhone).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	CREATE_GROUP,
	expectNoSecrets,
	runZApi,
	useZApiDouble,
} from '../../../../helpers/scenario';
import type { NodeSettings } from '../../../../helpers/scenario';

// The double's connected number is 5511900000000; a Brazilian mobile written without its 9th digit
// (55 DD 8 digits) has it in outputPhone.
const double = useZApiDouble({ notOnWhatsApp: ['5521977776666', '5531966665555'] });

const GROUP = '120363019502600001-group';
const item = {
	name: 'Sales',
	participants: '5511988887777, 5521977776666, 554488887777',
	invite: true,
};

function run(
	additionalFields: INodeParameters,
	items: IDataObject[] = [item],
	settings: NodeSettings = {},
) {
	return runZApi(double, { items, parameters: { ...CREATE_GROUP, additionalFields }, settings });
}

const calls = () => double.requests.map((request) => `${request.method} ${request.endpoint}`);
const bodyOf = (endpoint: string) =>
	double.requests.filter((request) => request.endpoint === endpoint).map((request) => request.body);

describe('Group → Create with Only Numbers on WhatsApp', () => {
	test('checks the participants, creates the group with those on WhatsApp, lists the others', async () => {
		const result = await run({ onlyNumbersOnWhatsApp: true });

		expect(result.error).toBeUndefined();
		expect(calls()).toEqual(['GET /device', 'POST /phone-exists-batch', 'POST /create-group']);
		expect(bodyOf('/phone-exists-batch')).toEqual([
			{ phones: ['5511988887777', '5521977776666', '554488887777'] },
		]);
		// 554488887777 is sent as WhatsApp has it: with its 9th digit.
		expect(bodyOf('/create-group')).toEqual([
			{ groupName: 'Sales', phones: ['5511988887777', '5544988887777'], autoInvite: true },
		]);
		expect(result.output()).toEqual([
			{
				json: {
					phone: GROUP,
					groupId: GROUP,
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
					phonesNotAdded: [],
					groupName: 'Sales',
					phones: ['5511988887777', '5544988887777'],
					phonesWithoutWhatsApp: ['5521977776666'],
				},
				pairedItem: { item: 0 },
			},
		]);
		expectNoSecrets(result.text, double);
	});

	test.each([
		['left out', {}],
		['off', { onlyNumbersOnWhatsApp: false }],
		['"false" from an expression', { onlyNumbersOnWhatsApp: '={{ "false" }}' }],
	])('%s: no check, every number is sent as given, no phonesWithoutWhatsApp', async (_, fields) => {
		const result = await run(fields);
		expect(calls()).toEqual(['GET /device', 'POST /create-group']);
		expect(bodyOf('/create-group')[0].phones).toEqual([
			'5511988887777',
			'5521977776666',
			'554488887777',
		]);
		expect(result.output()[0].json).not.toHaveProperty('phonesWithoutWhatsApp');
	});

	test('none on WhatsApp: the item fails before any create, naming the numbers', async () => {
		const result = await run({ onlyNumbersOnWhatsApp: true }, [
			{ name: 'Sales', participants: ['5521977776666', '+55 31 96666-5555'], invite: true },
		]);
		expect(result.error?.message).toBe(
			'Phones: none of the participants has WhatsApp (5521977776666, 5531966665555), so the group was not created (Only Numbers on WhatsApp is on)',
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(calls()).toEqual(['GET /device', 'POST /phone-exists-batch']);
	});

	test('the connected number is left out before the check; @lid ids are kept unchecked', async () => {
		const result = await run({ onlyNumbersOnWhatsApp: true }, [
			{
				name: 'Sales',
				participants: ['5511900000000', '2111897971174599@lid', '5521977776666', '5511988887777'],
				invite: true,
			},
		]);
		expect(bodyOf('/phone-exists-batch')).toEqual([{ phones: ['5521977776666', '5511988887777'] }]);
		expect(bodyOf('/create-group')[0].phones).toEqual(['2111897971174599@lid', '5511988887777']);
		expect(result.output()[0].json.phonesWithoutWhatsApp).toEqual(['5521977776666']);
	});

	test('only @lid ids: nothing to check, no check request', async () => {
		await run({ onlyNumbersOnWhatsApp: true }, [
			{ name: 'Sales', participants: '2111897971174599@lid', invite: true },
		]);
		expect(calls()).toEqual(['GET /device', 'POST /create-group']);
	});

	test('admins: those without WhatsApp are dropped, the others promoted in WhatsApp’s form', async () => {
		const result = await run({
			onlyNumbersOnWhatsApp: true,
			admins: '554488887777, 5521977776666',
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf('/add-admin')).toEqual([{ groupId: GROUP, phones: ['5544988887777'] }]);
		expect(result.output()[0].json).toMatchObject({
			adminsPromoted: ['5544988887777'],
			phonesWithoutWhatsApp: ['5521977776666'],
		});
		expect(double.group(GROUP)!.participants.get('5544988887777')?.isAdmin).toBe(true);
	});

	test('admins all without WhatsApp: no admin step', async () => {
		const result = await run({ onlyNumbersOnWhatsApp: true, admins: '5521977776666' });
		expect(calls()).toEqual(['GET /device', 'POST /phone-exists-batch', 'POST /create-group']);
		expect(result.output()[0].json).not.toHaveProperty('adminsPromoted');
	});

	test('a bad switch value fails the item before any request', async () => {
		const result = await run({ onlyNumbersOnWhatsApp: '={{ "maybe" }}' });
		expect(result.error?.message).toBe(
			'Only Numbers on WhatsApp must be true or false (got "maybe")',
		);
		expect(double.requests).toHaveLength(0);
	});

	test('a number that is the connected one in WhatsApp’s form is left out too', async () => {
		double.config.connectedPhone = '5544988887777';
		const result = await run(
			{ onlyNumbersOnWhatsApp: true },
			[
				{ name: 'Sales', participants: '554488887777, 5511988887777', invite: true },
				{ name: 'Me', participants: '554488887777', invite: true },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(bodyOf('/create-group')).toEqual([
			{ groupName: 'Sales', phones: ['5511988887777'], autoInvite: true },
		]);
		expect(result.output()[1].json).toEqual({
			error:
				'Phones: 554488887777 is, as WhatsApp has it, the number connected to this Z-API instance (5544988887777), which is in the group anyway as its creator: add at least one other participant',
		});
	});

	test('a failed check creates no group, and is not marked as something that may have happened', async () => {
		double.setFault('/phone-exists-batch', { status: 502, body: { error: 'Bad Gateway' } });
		const result = await run({ onlyNumbersOnWhatsApp: true }, [item], {
			onError: 'continueRegularOutput',
		});
		expect(result.output()[0].json).toEqual({
			error:
				'Z-API failed (HTTP 502) when trying to check which of 3 numbers have WhatsApp: Bad Gateway',
		});
		expect(double.count('/create-group')).toBe(0);
		expectNoSecrets(result.text, double);
	});

	test('Retry On Fail after a failed check: checked again, created once', async () => {
		double.setFault('/phone-exists-batch', { reset: 'before' });
		const result = await run({ onlyNumbersOnWhatsApp: true }, [item], {
			retryOnFail: true,
			maxTries: 2,
			waitBetweenTries: 1,
		});
		expect(result.error).toBeUndefined();
		expect(calls()).toEqual([
			'GET /device',
			'POST /phone-exists-batch',
			'POST /phone-exists-batch',
			'POST /create-group',
		]);
	});

	test('Retry On Fail after a create that may have happened: the check is not redone, no second group', async () => {
		double.setFault('/create-group', { reset: 'after' });
		const result = await run({ onlyNumbersOnWhatsApp: true }, [item], {
			retryOnFail: true,
			maxTries: 3,
			waitBetweenTries: 1,
		});
		expect(result.error?.message).toMatch(/^The connection to Z-API .* broke before it answered/);
		expect(double.count('/phone-exists-batch')).toBe(1);
		expect(double.count('/create-group')).toBe(1);
	});
});
