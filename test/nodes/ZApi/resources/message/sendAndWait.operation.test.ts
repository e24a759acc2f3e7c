import { WAIT_INDEFINITELY } from 'n8n-workflow';

import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';
import { NODE_ID, callLink } from '../../../../helpers/sendAndWait';

const double = useZApiDouble();

const base = {
	resource: 'message',
	operation: 'sendAndWait',
	phone: '={{ $json.to }}',
	message: '={{ $json.question }}',
};

const link = (approved?: string) =>
	new RegExp(
		`^http://localhost:5678/webhook-waiting/test-\\d+/${NODE_ID}\\?${approved ? `approved=${approved}&` : ''}signature=[\\w-]+$`,
	);

function linesOf(message: unknown): string[] {
	return String(message).split('\n');
}

describe('Message → Send and Wait for Response: the question', () => {
	test('Approve and Disapprove: one POST /send-text {phone, message} with both signed links; the execution waits', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: {
				...base,
				approvalOptions: {
					values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' },
				},
			},
			items: [{ to: '+55 (11) 98888-7777', question: 'Pay R$ 250.00 for lunch?' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/send-text');
		expect(Object.keys(request.body as object).sort()).toEqual(['message', 'phone']);
		expect((request.body as { phone: string }).phone).toBe('5511988887777');
		const lines = linesOf((request.body as { message: string }).message);
		expect(lines).toHaveLength(4);
		expect(lines.slice(0, 2)).toEqual(['Pay R$ 250.00 for lunch?', '']);
		expect(lines[2]).toMatch(/^Yes: /);
		expect(lines[2].slice('Yes: '.length)).toMatch(link('true'));
		expect(lines[3]).toMatch(/^No: /);
		expect(lines[3].slice('No: '.length)).toMatch(link('false'));
		expect(result.run.waitTill).toEqual(WAIT_INDEFINITELY);
		expect(result.run.status).toBe('waiting');
		expectNoSecrets(result.text, double);
	});

	test('Approve Only (the default) to a group: one link, labelled Approve', async () => {
		const group = double.addGroup({ name: 'Managers' });
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: base,
			items: [{ to: group, question: 'Deploy?' }],
		});
		expect(result.error).toBeUndefined();
		const body = double.requests[0].body as { phone: string; message: string };
		expect(body.phone).toBe(group);
		const lines = linesOf(body.message);
		expect(lines).toHaveLength(3);
		expect(lines[2].slice('Approve: '.length)).toMatch(link('true'));
	});

	test('Free Text: one link without approved, under the Reply Button Label', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: { ...base, responseType: 'freeText', replyLabel: 'Answer here' },
			items: [{ to: '5511988887777', question: 'Why?' }],
		});
		expect(result.error).toBeUndefined();
		const lines = linesOf((double.requests[0].body as { message: string }).message);
		expect(lines).toHaveLength(3);
		expect(lines[2]).toMatch(/^Answer here: /);
		expect(lines[2].slice('Answer here: '.length)).toMatch(link());
	});

	test('one question for the whole run, from the first item, as n8n’s send-and-wait nodes do', async () => {
		await runZApi(double, {
			typeVersion: 2,
			parameters: base,
			items: [
				{ to: '5511988887777', question: 'First?' },
				{ to: '5511977776666', question: 'Second?' },
			],
		});
		expect(double.requests).toHaveLength(1);
		expect((double.requests[0].body as { phone: string }).phone).toBe('5511988887777');
	});

	test.each([
		['minutes', 30, 30 * 60_000],
		['hours', 2, 2 * 3_600_000],
		['days', 1.5, 1.5 * 86_400_000],
	])(
		'Limit Wait Time after %s: putExecutionToWait gets now + the interval',
		async (unit, amount, ms) => {
			const before = Date.now();
			const result = await runZApi(double, {
				typeVersion: 2,
				parameters: {
					...base,
					limitWaitTime: true,
					limitType: 'afterTimeInterval',
					resumeAmount: amount,
					resumeUnit: unit,
				},
				items: [{ to: '5511988887777', question: 'Ok?' }],
			});
			const waitTill = result.run.waitTill!.getTime();
			expect(waitTill).toBeGreaterThanOrEqual(before + ms);
			expect(waitTill).toBeLessThanOrEqual(Date.now() + ms);
		},
	);

	test('Limit Wait Time at a date and time: putExecutionToWait gets that date', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: {
				...base,
				limitWaitTime: true,
				limitType: 'atSpecifiedTime',
				maxDateAndTime: '2030-01-02T03:04:05.000Z',
			},
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.run.waitTill).toEqual(new Date('2030-01-02T03:04:05.000Z'));
	});

	test.each([
		['an empty message', { message: '   ' }, { question: '' }, /^Message is empty/],
		['no recipient', {}, { to: '', question: 'Ok?' }, /^Phone or Group ID is empty/],
		[
			'a date that is not one',
			{ limitWaitTime: true, limitType: 'atSpecifiedTime', maxDateAndTime: '={{ "soon" }}' },
			{},
			/^Max Date and Time is not a date \(got "soon"\)/,
		],
		[
			'a negative amount',
			{ limitWaitTime: true, resumeAmount: -1, resumeUnit: 'hours' },
			{},
			/^Amount must be a number of hours from 0 \(got -1\)/,
		],
		[
			'a blank label',
			{ approvalOptions: { values: { approveLabel: '={{ " " }}' } } },
			{},
			/^Approve Button Label must be text/,
		],
	])(
		'%s: refused before any request, the execution does not wait',
		async (_name, parameters, item, message) => {
			const result = await runZApi(double, {
				typeVersion: 2,
				parameters: { ...base, ...parameters },
				items: [{ to: '5511988887777', question: 'Ok?', ...item }],
			});
			expect(result.error?.message).toMatch(message);
			expect(double.requests).toHaveLength(0);
			expect(result.run.waitTill).toBeUndefined();
		},
	);

	test('On Error: Continue: an error item, paired, and no wait', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: base,
			settings: { onError: 'continueRegularOutput' },
			items: [{ to: '', question: 'Ok?' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{
				json: { error: expect.stringMatching(/^Phone or Group ID is empty/) },
				pairedItem: { item: 0 },
			},
		]);
		expect(result.run.waitTill).toBeUndefined();
		expect(double.requests).toHaveLength(0);
	});

	test('Retry On Fail after a send that may have gone out: the question is not sent again', async () => {
		double.setFault('/send-text', { status: 500, times: Infinity });
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: base,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error).toBeDefined();
		expect(double.requests).toHaveLength(1);
		expect(result.run.waitTill).toBeUndefined();
	});

	test('a send that fails: the error says it may have been sent; no wait; no secret', async () => {
		double.setFault('/send-text', { status: 500 });
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: base,
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error?.message).toMatch(/send a question to 5511988887777/);
		expect(String(result.error?.description)).toMatch(/never sends such a request a second time/);
		expect(double.requests).toHaveLength(1);
		expect(result.run.waitTill).toBeUndefined();
		expectNoSecrets(result.text, double);
	});
});

describe('Message → Send and Wait for Response: Options → Send Links as Buttons', () => {
	const withButtons = { ...base, options: { linksAsButtons: true } };
	type ButtonsBody = {
		phone: string;
		message: string;
		buttonActions: Array<{ type: string; label: string; url: string }>;
	};

	test('Approve and Disapprove: ONE POST /send-button-actions {phone, message, buttonActions}: the text keeps both links, two URL buttons with the labels', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: {
				...withButtons,
				approvalOptions: {
					values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' },
				},
			},
			items: [{ to: '+55 (11) 98888-7777', question: 'Pay R$ 250.00 for lunch?' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('POST');
		expect(request.endpoint).toBe('/send-button-actions');
		const body = request.body as ButtonsBody;
		expect(Object.keys(body).sort()).toEqual(['buttonActions', 'message', 'phone']);
		expect(body.phone).toBe('5511988887777');
		const lines = linesOf(body.message);
		expect(lines).toHaveLength(4);
		expect(lines.slice(0, 2)).toEqual(['Pay R$ 250.00 for lunch?', '']);
		const yes = lines[2].slice('Yes: '.length);
		const no = lines[3].slice('No: '.length);
		expect(lines[2]).toBe(`Yes: ${yes}`);
		expect(lines[3]).toBe(`No: ${no}`);
		expect(yes).toMatch(link('true'));
		expect(no).toMatch(link('false'));
		expect(body.buttonActions).toEqual([
			{ type: 'URL', label: 'Yes', url: yes },
			{ type: 'URL', label: 'No', url: no },
		]);
		expect(result.run.status).toBe('waiting');
		expect(result.run.waitTill).toEqual(WAIT_INDEFINITELY);
		expectNoSecrets(result.text, double);
	});

	test('Approve Only with the default label: one URL button, Approve', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: withButtons,
			items: [{ to: '5511988887777', question: 'Deploy?' }],
		});
		expect(result.error).toBeUndefined();
		const body = double.requests[0].body as ButtonsBody;
		const url = linesOf(body.message)[2].slice('Approve: '.length);
		expect(url).toMatch(link('true'));
		expect(body.buttonActions).toEqual([{ type: 'URL', label: 'Approve', url }]);
	});

	test('Free Text: one URL button under the Reply Button Label, its link also in the text', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: { ...withButtons, responseType: 'freeText', replyLabel: 'Answer here' },
			items: [{ to: '5511988887777', question: 'Why?' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0].endpoint).toBe('/send-button-actions');
		const body = double.requests[0].body as ButtonsBody;
		const lines = linesOf(body.message);
		expect(lines).toHaveLength(3);
		expect(lines.slice(0, 2)).toEqual(['Why?', '']);
		const url = lines[2].slice('Answer here: '.length);
		expect(lines[2]).toBe(`Answer here: ${url}`);
		expect(url).toMatch(link());
		expect(body.buttonActions).toEqual([{ type: 'URL', label: 'Answer here', url }]);
		expect(result.run.status).toBe('waiting');
	});

	test('off (explicitly false): exactly today’s POST /send-text {phone, message}', async () => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: { ...base, options: { linksAsButtons: false } },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error).toBeUndefined();
		expect(double.requests.map((request) => request.endpoint)).toEqual(['/send-text']);
		expect(Object.keys(double.requests[0].body as object).sort()).toEqual(['message', 'phone']);
	});

	test('Z-API states no length for a button label: a long one goes out as written', async () => {
		const label = 'Approve the expense of the team lunch, R$ 250.00, paid by card'.repeat(2);
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: { ...withButtons, approvalOptions: { values: { approveLabel: label } } },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error).toBeUndefined();
		const body = double.requests[0].body as ButtonsBody;
		expect(body.buttonActions.map((button) => button.label)).toEqual([label]);
	});

	test.each([
		[
			'an empty label',
			{ approvalOptions: { values: { approveLabel: '={{ " " }}' } } },
			/^Approve Button Label must be text/,
		],
		[
			'an empty Reply label',
			{ responseType: 'freeText', replyLabel: '={{ " " }}' },
			/^Reply Button Label must be text/,
		],
		[
			'an option that is not true or false',
			{ options: { linksAsButtons: '={{ "maybe" }}' } },
			/^Send Links as Buttons must be true or false \(got "maybe"\)/,
		],
	])('%s: refused before any request, no wait', async (_name, parameters, message) => {
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: { ...withButtons, ...parameters },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error?.message).toMatch(message);
		expect(double.requests).toHaveLength(0);
		expect(result.run.waitTill).toBeUndefined();
	});

	test('Retry On Fail after a send that may have gone out: one request, no second send, no wait, no secret', async () => {
		double.setFault('/send-button-actions', { status: 500, times: Infinity });
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: withButtons,
			settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error?.message).toMatch(/send a question to 5511988887777/);
		expect(String(result.error?.description)).toMatch(/never sends such a request a second time/);
		expect(double.requests.map((request) => request.endpoint)).toEqual(['/send-button-actions']);
		expect(result.run.waitTill).toBeUndefined();
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue after an uncertain failure: one error item marked mayHaveReachedZApi', async () => {
		double.setFault('/send-button-actions', { status: 500 });
		const result = await runZApi(double, {
			typeVersion: 2,
			parameters: withButtons,
			settings: { onError: 'continueRegularOutput' },
			items: [{ to: '5511988887777', question: 'Ok?' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{
				json: {
					error: expect.stringContaining('send a question to 5511988887777'),
					mayHaveReachedZApi: true,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(double.requests).toHaveLength(1);
		expect(result.run.waitTill).toBeUndefined();
		expectNoSecrets(result.text, double);
	});
});

const approval = {
	message: 'Pay <b>R$ 250</b>?',
	approvalOptions: {
		values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' },
	},
};
const WHATSAPP_PREVIEW = 'WhatsApp/2.23.20.0';

describe('Message → Send and Wait for Response: the links', () => {
	test.each([
		['true', 'Yes', 'approve'],
		['false', 'No', 'disapprove'],
	])(
		'GET ?approved=%s shows a confirm page (its own HTML, no external asset) and resumes nothing',
		async (approved, label, answer) => {
			for (const headers of [{}, { 'user-agent': WHATSAPP_PREVIEW }] as Array<
				Record<string, string>
			>) {
				const page = await callLink({
					parameters: approval,
					method: 'GET',
					query: { approved },
					headers,
				});
				expect(page.resumed).toBe(false);
				expect(page.status).toBe(200);
				expect(page.contentType).toBe('text/html; charset=utf-8');
				expect(page.headers['content-security-policy']).toBe(
					"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
				);
				expect(page.headers['cache-control']).toBe('no-store');
				expect(page.html).toContain('<form method="post">');
				expect(page.html).toContain(`<input type="hidden" name="answer" value="${answer}">`);
				expect(page.html).toContain(`<button type="submit">${label}</button>`);
				expect(page.html).toContain('Pay &lt;b&gt;R$ 250&lt;/b&gt;?');
				expect(page.html).not.toMatch(/(src|href)=|https?:\/\//);
			}
		},
	);

	test.each([
		['true', 'approve', true],
		['false', 'disapprove', false],
	])(
		'POST ?approved=%s with answer=%s resumes with { data: { approved, respondedAt } }',
		async (approved, answer, expected) => {
			const before = Date.now();
			const call = await callLink({
				parameters: approval,
				method: 'POST',
				query: { approved },
				body: { answer },
			});
			expect(call.resumed).toBe(true);
			expect(call.items).toEqual([
				{ data: { approved: expected, respondedAt: expect.any(String) } },
			]);
			const respondedAt = Date.parse((call.items[0].data as { respondedAt: string }).respondedAt);
			expect(respondedAt).toBeGreaterThanOrEqual(before);
			expect(call.html).toContain('Answer recorded');
		},
	);

	test('Free Text: GET shows a text box; POST resumes with { data: { text, respondedAt } }', async () => {
		const parameters = { message: 'Why?', responseType: 'freeText', replyLabel: 'Send' };
		const page = await callLink({
			parameters,
			method: 'GET',
			headers: { 'user-agent': WHATSAPP_PREVIEW },
		});
		expect(page.resumed).toBe(false);
		expect(page.html).toContain('<textarea name="text"');
		expect(page.html).toContain('<button type="submit">Send</button>');
		const call = await callLink({
			parameters,
			method: 'POST',
			body: { text: '  Because.\nReally.  ' },
		});
		expect(call.resumed).toBe(true);
		expect(call.items).toEqual([
			{ data: { text: 'Because.\nReally.', respondedAt: expect.any(String) } },
		]);
	});

	test.each([
		['GET without approved', approval, 'GET', {}, undefined, 400],
		['POST without a body', approval, 'POST', { approved: 'true' }, undefined, 400],
		['POST with a body that is text', approval, 'POST', { approved: 'true' }, 'approve', 400],
		[
			'POST whose answer is not the link’s',
			approval,
			'POST',
			{ approved: 'true' },
			{ answer: 'disapprove' },
			400,
		],
		[
			'POST with approved=maybe',
			approval,
			'POST',
			{ approved: 'maybe' },
			{ answer: 'approve' },
			400,
		],
		['Free Text POST empty', { responseType: 'freeText' }, 'POST', {}, { text: '  ' }, 400],
		['Free Text POST not text', { responseType: 'freeText' }, 'POST', {}, { text: ['a'] }, 400],
		[
			'Free Text POST too long',
			{ responseType: 'freeText' },
			'POST',
			{},
			{ text: 'a'.repeat(4097) },
			400,
		],
		['PUT', approval, 'PUT', { approved: 'true' }, { answer: 'approve' }, 405],
	])(
		'%s: a 4xx page, nothing resumed, nothing thrown',
		async (_name, parameters, method, query, body, status) => {
			const call = await callLink({ parameters, method, query, body });
			expect(call.resumed).toBe(false);
			expect(call.status).toBe(status);
			expect(call.html).toContain('This answer was not recorded');
		},
	);
});
