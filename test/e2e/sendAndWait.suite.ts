/**
 * Message → Send and Wait for Response inside a real n8n (`n8n start`, WEBHOOK_URL set to an https
 * address): the example (examples/ask-manager-approval.workflow.json) started by a Webhook node
 * instead of its manual trigger, so that its executions are the server's own and can wait. The
 * question's links are called on n8n's local port with their path and query, and with their public
 * host as the Host header, as a reverse proxy passes it (n8n 1.x signs the host too, 2.x does not).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';

import { launchChromium } from '../ui/helpers/browser';
import type { Workflow } from './helpers/realN8n';
import { PUBLIC_URL, eventually, useTriggerN8n } from './helpers/triggerN8n';

const ROOT = path.join(__dirname, '..', '..');
const ASK_NODE_ID = '8a2d4c6e-1f3b-4d5a-9e7c-2b4d6f8a0c03';
const MANAGER = '5511999998888';
const REQUESTER = '5511988887777';
const WHATSAPP_PREVIEW = 'WhatsApp/2.23.20.0';
const BROWSER =
	'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

/** The example, started by a POST on /webhook/<webhookPath>; `limit` changes its wait limit. */
function approvalWorkflow(id: string, webhookPath: string, limitMinutes?: number): Workflow {
	const file = path.join(ROOT, 'examples', 'ask-manager-approval.workflow.json');
	const workflow = JSON.parse(readFileSync(file, 'utf8')) as Workflow;
	workflow.id = id;
	workflow.name = `e2e ${id}`;
	const manual = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger')!;
	Object.assign(manual, {
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: `${webhookPath}-0000-4000-8000-000000000000`.slice(0, 36),
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
	});
	if (limitMinutes !== undefined) {
		const ask = workflow.nodes.find((node) => node.name === 'Ask the Manager')!;
		Object.assign(ask.parameters, { resumeAmount: limitMinutes, resumeUnit: 'minutes' });
	}
	return workflow;
}

const approval = approvalWorkflow('zApiE2eAskOne001', 'ask-approval');
const limited = approvalWorkflow('zApiE2eAskTwo001', 'ask-limited', 0.05);
/** Free Text: the requester is sent the manager's words. */
const freeText = approvalWorkflow('zApiE2eAskTxt001', 'ask-text');
for (const node of freeText.nodes) {
	if (node.name === 'Ask the Manager') {
		node.parameters.responseType = 'freeText';
		node.parameters.replyLabel = 'Answer';
	}
	if (node.name === 'Tell the Requester') {
		node.parameters.message =
			"=Your manager says: {{ $json.data ? $json.data.text : '(no answer)' }}";
	}
}

export function sendAndWaitSuite(version: string) {
	describe(`n8n ${version}: Send and Wait for Response in a real n8n`, () => {
		const real = useTriggerN8n(version, [approval, limited, freeText], approval.id);
		const sends = () => real.double.requests.filter((r) => r.endpoint === '/send-text');
		const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
		/** Opens a link of the question as a browser behind n8n's reverse proxy would reach n8n. */
		const open = (
			link: string,
			init: { method?: string; headers?: Record<string, string>; body?: string } = {},
		) =>
			new Promise<{
				status: number;
				type: string;
				text: string;
				headers: Record<string, string>;
			}>((resolve, reject) => {
				const url = new URL(link);
				const call = request(
					{
						host: '127.0.0.1',
						port: real.server.port,
						method: init.method ?? 'GET',
						path: `${url.pathname}${url.search}`,
						headers: { host: url.host, ...init.headers },
					},
					(response) => {
						let text = '';
						response.setEncoding('utf8');
						response.on('data', (chunk: string) => (text += chunk));
						response.on('end', () =>
							resolve({
								status: response.statusCode ?? 0,
								type: String(response.headers['content-type'] ?? ''),
								text,
								headers: Object.fromEntries(
									Object.entries(response.headers).map(([name, value]) => [name, String(value)]),
								),
							}),
						);
					},
				);
				call.on('error', reject);
				call.end(init.body);
			});
		const form = (body: string, headers: Record<string, string> = {}) => ({
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
			body,
		});

		/** Starts the workflow and waits for it to wait; resolves its execution id and the question's lines. */
		async function start(workflow: Workflow, webhookPath: string) {
			real.double.requests.length = 0;
			const started = await fetch(`${real.server.url}/webhook/${webhookPath}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
			});
			expect(started.status).toBe(200);
			const execution = await eventually(
				'the execution to wait',
				async () => (await real.executions(workflow.id)).find((run) => run.status === 'waiting'),
				60000,
			);
			expect(sends()).toHaveLength(1);
			const { phone, message } = sends()[0].body as { phone: string; message: string };
			expect(phone).toBe(MANAGER);
			const lines = message.split('\n');
			expect(lines.slice(0, 2)).toEqual(['Approve the expense of R$ 250.00 for team lunch?', '']);
			const link = (query: string) =>
				new RegExp(
					`^${PUBLIC_URL}webhook-waiting/${execution.id}/${ASK_NODE_ID}\\?${query}signature=[0-9a-f]{64}$`,
				);
			return { id: execution.id, lines, link };
		}

		/** Approve and Disapprove: the two links. */
		async function ask(workflow: Workflow, webhookPath: string) {
			const { id, lines, link } = await start(workflow, webhookPath);
			expect(lines).toHaveLength(4);
			const approve = lines[2].slice('Approve: '.length);
			const disapprove = lines[3].slice('Disapprove: '.length);
			expect(approve).toMatch(link('approved=true&'));
			expect(disapprove).toMatch(link('approved=false&'));
			return { id, approve, disapprove };
		}

		const statusOf = async (workflowId: string, id: string) =>
			(await real.executions(workflowId)).find((run) => run.id === id)?.status;

		it('the question goes out, the execution waits; GETs of the links (any user agent) leave it waiting; the page’s POST resumes it with the answer', async () => {
			const { id, approve, disapprove } = await ask(approval, 'ask-approval');

			for (const link of [approve, disapprove]) {
				for (const agent of [undefined, WHATSAPP_PREVIEW, BROWSER]) {
					const page = await open(link, { headers: agent ? { 'user-agent': agent } : {} });
					expect(page.status).toBe(200);
					expect(page.type).toMatch(/^text\/html/);
					expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
					const html = page.text;
					expect(html).toContain('<form method="post">');
					expect(html).toContain('Approve the expense of R$ 250.00 for team lunch?');
				}
			}
			await settle();
			expect(await statusOf(approval.id, id)).toBe('waiting');
			expect(sends()).toHaveLength(1);

			// A POST that is not the page's: refused, still waiting.
			const garbage = await open(approve, form('answer=disapprove'));
			expect(garbage.status).toBe(400);
			// The link's query changed: n8n's signature check refuses it.
			const forged = await open(
				approve.replace('approved=true', 'approved=false'),
				form('answer=disapprove'),
			);
			expect(forged.status).toBe(401);
			await settle();
			expect(await statusOf(approval.id, id)).toBe('waiting');

			// The page's form, as a browser posts it.
			const answer = await open(approve, form('answer=approve', { 'user-agent': BROWSER }));
			expect(answer.status).toBe(200);
			expect(answer.text).toContain('Answer recorded');
			await eventually(
				'the execution to finish',
				async () => (await statusOf(approval.id, id)) === 'success',
			);
			expect(sends().map((r) => r.body)).toEqual([
				expect.objectContaining({ phone: MANAGER }),
				{ phone: REQUESTER, message: 'Your expense of R$ 250.00: approved by your manager.' },
			]);

			// A second answer after the first: n8n's own "no action required" page, nothing run again.
			const again = await open(disapprove, form('answer=disapprove'));
			expect([again.status, again.text]).toEqual([
				200,
				expect.stringMatching(/no action required|already/i),
			]);
			await settle();
			expect(sends()).toHaveLength(2);
		});

		it('in Chromium, with the headers n8n sends: opening the link waits, the page’s button answers', async () => {
			const { id, approve } = await ask(approval, 'ask-approval');
			const browser = await launchChromium();
			try {
				const page = await browser.newPage();
				// The browser reaches n8n as through its public https address (a reverse proxy).
				await page.route(`${PUBLIC_URL}**`, async (route) => {
					const request = route.request();
					const headers: Record<string, string> = { 'user-agent': BROWSER };
					const type = request.headers()['content-type'];
					if (type) headers['content-type'] = type;
					const answer = await open(request.url(), {
						method: request.method(),
						headers,
						body: request.postData() ?? undefined,
					});
					await route.fulfill({
						status: answer.status,
						headers: answer.headers,
						body: answer.text,
					});
				});
				await page.goto(approve);
				await page.getByRole('button', { name: 'Approve' }).waitFor();
				await settle();
				expect(await statusOf(approval.id, id)).toBe('waiting');
				await page.getByRole('button', { name: 'Approve' }).click();
				await page.getByText('Answer recorded').first().waitFor();
			} finally {
				await browser.close();
			}
			await eventually(
				'the execution to finish',
				async () => (await statusOf(approval.id, id)) === 'success',
			);
			expect(sends()[1].body).toEqual({
				phone: REQUESTER,
				message: 'Your expense of R$ 250.00: approved by your manager.',
			});
		});

		it('Disapprove: the POST resumes it with approved false', async () => {
			const { id, disapprove } = await ask(approval, 'ask-approval');
			const answer = await open(disapprove, form('answer=disapprove'));
			expect(answer.status).toBe(200);
			await eventually(
				'the execution to finish',
				async () => (await statusOf(approval.id, id)) === 'success',
			);
			expect(sends()[1].body).toEqual({
				phone: REQUESTER,
				message: 'Your expense of R$ 250.00: disapproved by your manager.',
			});
		});

		it('Free Text: a GET shows the text box and leaves it waiting; the POST resumes it with the text', async () => {
			expect(await real.activate(freeText.id)).toEqual({ ok: true });
			const { id, lines, link } = await start(freeText, 'ask-text');
			expect(lines).toHaveLength(3);
			expect(lines[2]).toMatch(/^Answer: /);
			const reply = lines[2].slice('Answer: '.length);
			expect(reply).toMatch(link(''));
			const page = await open(reply, { headers: { 'user-agent': WHATSAPP_PREVIEW } });
			expect(page.status).toBe(200);
			expect(page.text).toContain('<textarea name="text"');
			const empty = await open(reply, form('text=+'));
			expect(empty.status).toBe(400);
			await settle();
			expect(await statusOf(freeText.id, id)).toBe('waiting');
			const answer = await open(reply, form(`text=${encodeURIComponent('Yes, but only R$ 200.')}`));
			expect(answer.status).toBe(200);
			await eventually(
				'the execution to finish',
				async () => (await statusOf(freeText.id, id)) === 'success',
			);
			expect(sends()[1].body).toEqual({
				phone: REQUESTER,
				message: 'Your manager says: Yes, but only R$ 200.',
			});
		});

		it('the wait limit resumes it without an answer', async () => {
			const activated = await real.activate(limited.id);
			expect(activated).toEqual({ ok: true });
			const { id, approve } = await ask(limited, 'ask-limited');
			// n8n's wait tracker looks for due executions once a minute.
			await eventually(
				'the wait limit to pass',
				async () => (await statusOf(limited.id, id)) === 'success',
				150000,
			);
			expect(sends()[1].body).toEqual({
				phone: REQUESTER,
				message: 'Your expense of R$ 250.00: no answer from your manager within a day.',
			});
			const late = await open(approve);
			expect(late.text).toMatch(/no action required|already/i);
		});
	});
}
