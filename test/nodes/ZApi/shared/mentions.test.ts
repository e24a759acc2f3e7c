/**
 * Mentions on Message → Send Text, through n8n's engine against the double: the Mentions list in every
 * list form, and Mention Everyone, which reads the group's participants (once per group per run of the
 * node) and leaves out the number connected to the instance (the double's is 5511900000000).
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

const CONNECTED = '5511900000000';
const ANA = '5511988887777';
const BRUNO = '5521977776666';

const parameters = {
	resource: 'message',
	operation: 'sendText',
	phone: '={{ $json.to }}',
	message: '={{ $json.text }}',
	additionalFields: {
		mentioned: '={{ $json.mention }}',
		mentionEveryone: '={{ $json.everyone }}',
	},
};

const sends = () => double.requests.filter((request) => request.endpoint === '/send-text');
const METADATA = '/light-group-metadata/:groupId';

describe('Mentions', () => {
	test('every list form of Phones: text with commas, semicolons and new lines, arrays, numbers', async () => {
		const group = double.addGroup({ participants: [ANA, BRUNO] });
		const result = await runZApi(double, {
			parameters,
			items: [
				{ to: group, text: 'a', mention: '+55 (11) 98888-7777;\n55 21 97777-6666, 5511988887777' },
				{ to: group, text: 'b', mention: [[5511988887777], ' 5521977776666 ', null] },
				{ to: group, text: 'c', mention: ' , ' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(sends().map((request) => request.body.mentioned)).toEqual([
			[ANA, BRUNO],
			[ANA, BRUNO],
			undefined,
		]);
		expect(double.count(METADATA)).toBe(0);
		expect(double.count('/device')).toBe(0);
	});

	test('numbers without a country code get the Default Country Code', async () => {
		const group = double.addGroup({ participants: [ANA] });
		await runZApi(double, {
			parameters,
			items: [{ to: group, text: 'Hi @5511988887777', mention: '(11) 98888-7777' }],
			credentials: { defaultCountryCode: '55' },
		});
		expect(sends().map((request) => request.body.mentioned)).toEqual([[ANA]]);
	});

	test('a phone recipient may be sent mentions too (Z-API’s own example sends them to a phone)', async () => {
		await runZApi(double, { parameters, items: [{ to: BRUNO, text: 'Hi', mention: ANA }] });
		expect(sends().map((request) => request.body)).toEqual([
			{ phone: BRUNO, message: 'Hi', mentioned: [ANA] },
		]);
	});
});

describe('Mention Everyone', () => {
	test('reads the participants, leaves out the connected number, keeps the text as written', async () => {
		const group = double.addGroup({ participants: [ANA, BRUNO, '2111897971174599@lid'] });
		const result = await runZApi(double, {
			parameters,
			items: [{ to: group, text: 'Meeting at 10, everyone!', everyone: true }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => `${request.method} ${request.endpoint}`)).toEqual([
			`GET /light-group-metadata/${group}`,
			'GET /device',
			'POST /send-text',
		]);
		const mentioned = [ANA, BRUNO, '2111897971174599@lid'];
		expect(sends()[0].body).toEqual({
			phone: group,
			message: 'Meeting at 10, everyone!',
			mentioned,
		});
		expect(sends()[0].body.mentioned).not.toContain(CONNECTED);
		expect(result.output()[0].json).toEqual({
			phone: group,
			zaapId: 'ZAAP3EB0DOUBLE0000000001',
			messageId: '3EB0DOUBLE0000000001',
			id: '3EB0DOUBLE0000000001',
			mentioned,
		});
		expectNoSecrets(result.text, double);
	});

	test('with Mentions: the listed numbers first, then the other participants, each once', async () => {
		const group = double.addGroup({ participants: [ANA, BRUNO] });
		await runZApi(double, {
			parameters,
			items: [{ to: group, text: 'x', mention: `${BRUNO}, 5531966665555`, everyone: 'TRUE' }],
		});
		expect(sends()[0].body.mentioned).toEqual([BRUNO, '5531966665555', ANA]);
	});

	test('reads each group once per run of the node, and the connected number once per execution', async () => {
		const sales = double.addGroup({ participants: [ANA] });
		const support = double.addGroup({ participants: [BRUNO] });
		await runZApi(double, {
			parameters,
			items: [
				{ to: sales, text: '1', everyone: true },
				{ to: support, text: '2', everyone: true },
				{ to: sales, text: '3', everyone: true },
				{ to: sales, text: '4', everyone: false },
			],
		});
		expect(
			double.requests.filter((request) => request.route === METADATA).map((r) => r.groupId),
		).toEqual([sales, support]);
		expect(double.count('/device')).toBe(1);
		expect(sends().map((request) => request.body.mentioned)).toEqual([
			[ANA],
			[BRUNO],
			[ANA],
			undefined,
		]);
	});

	test('a group with no one else: sent without mentioned; the output says mentioned: []', async () => {
		const group = double.addGroup({});
		const result = await runZApi(double, {
			parameters,
			items: [{ to: group, text: 'Anyone?', everyone: true }],
		});
		expect(sends().map((request) => request.body)).toEqual([{ phone: group, message: 'Anyone?' }]);
		expect(result.output()[0].json.mentioned).toEqual([]);
	});

	test('an unknown group: Z-API’s error when reading it, and nothing sent', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [{ to: '120363000000000000-group', text: 'x', everyone: true }],
		});
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to read the participants of the group 120363000000000000-group to mention everyone: Group not found',
		);
		expect(sends()).toHaveLength(0);
		expectNoSecrets(result.text, double);
	});

	test('Retry On Fail after an uncertain send: participants not read again, message not sent again', async () => {
		const group = double.addGroup({ participants: [ANA] });
		double.setFault('/send-text', { reset: 'after' });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
			items: [{ to: group, text: 'once', everyone: true }],
		});
		expect(result.error?.message).toMatch(
			/when trying to send a text message to 120363\d+-group\. The message may have been sent anyway: do not send it again/,
		);
		expect(sends()).toHaveLength(1);
		expect(double.count(METADATA)).toBe(1);
		expectNoSecrets(result.text, double);
	});

	test('a failed read is read again by Retry On Fail (nothing was sent)', async () => {
		const group = double.addGroup({ participants: [ANA] });
		double.setFault(METADATA, { status: 500, body: { error: 'busy' } });
		const result = await runZApi(double, {
			parameters,
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
			items: [{ to: group, text: 'x', everyone: true }],
		});
		expect(result.error).toBeUndefined();
		expect(double.count(METADATA)).toBe(2);
		expect(sends().map((request) => request.body.mentioned)).toEqual([[ANA]]);
	});
});

describe('bad input fails before any request, naming the field and the value', () => {
	test.each([
		[
			{ to: ANA, text: 'x', everyone: true },
			`Mention Everyone works only in a group, and Phone or Group ID is not a group (got "${ANA}"): pick the group From List or give its ID, e.g. 120363019502650977-group, or turn Mention Everyone off`,
		],
		[
			{ to: '2111897971174599@lid', text: 'x', everyone: 'true' },
			'Mention Everyone works only in a group, and Phone or Group ID is not a group (got "2111897971174599@lid"): pick the group From List or give its ID, e.g. 120363019502650977-group, or turn Mention Everyone off',
		],
		[
			{ to: '120363019502650977-group', text: 'x', everyone: 'sometimes' },
			'Mention Everyone must be true or false (got "sometimes")',
		],
		[
			{ to: '120363019502650977-group', text: 'x', mention: 'Ana' },
			'Mentions: "Ana" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
		[
			{ to: '120363019502650977-group', text: 'x', mention: '120363019502650977-group' },
			`Mentions: "120363019502650977-group" is a group ID, not a participant's phone number`,
		],
		[
			{
				to: '120363019502650977-group',
				text: 'x',
				mention: [ANA, { phone: BRUNO }],
				everyone: true,
			},
			`Mentions: {"phone":"${BRUNO}"} is not a phone number: each phone number must be text or a number, e.g. 5511999998888`,
		],
	])('%j → %s', async (item, message) => {
		double.addGroup({ id: '120363019502650977-group', participants: [ANA] });
		const result = await runZApi(double, { parameters, items: [item] });
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
		expectNoSecrets(result.text, double);
	});
});

test('On Error: Continue: an input error and a send, each item paired', async () => {
	const group = double.addGroup({ participants: [ANA] });
	const result = await runZApi(double, {
		parameters,
		settings: { onError: 'continueRegularOutput' },
		items: [
			{ to: ANA, text: 'x', everyone: true },
			{ to: group, text: 'y', everyone: true },
		],
	});
	expect(result.error).toBeUndefined();
	const output = result.output();
	expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	expect(String(output[0].json.error)).toMatch(/^Mention Everyone works only in a group/);
	expect(output[1].json).toMatchObject({ phone: group, mentioned: [ANA] });
	expectNoSecrets(result.text, double);
});
