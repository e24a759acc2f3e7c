/**
 * Message → Send and Wait for Response inside a real n8n (`n8n start`, WEBHOOK_URL set to an https
 * address): the example (examples/ask-manager-approval.workflow.json) started by a Webhook node
 * instead of its manual trigger, so that its executions are the server's own and can wait. The
 * question's links are called on n8n's local port with their path and query (n8n signs those only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

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

export function sendAndWaitSuite(version: string) {
	describe(`n8n ${version}: Send and Wait for Response in a real n8n`, () => {
		const real = useTriggerN8n(version, [approval, limited], approval.id);
		const sends = () => real.double.requests.filter((r) => r.endpoint === '/send-text');
		const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
		const local = (link: string) => {
			const url = new URL(link);
			return `${real.server.url}${url.pathname}${url.search}`;
		};

		/** Starts the workflow, waits for it to wait; resolves its execution id and the question's links. */
		async function ask(workflow: Workflow, webhookPath: string) {
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
			const link = (approved: string) =>
				new RegExp(
					`^${PUBLIC_URL}webhook-waiting/${execution.id}/${ASK_NODE_ID}\\?approved=${approved}&signature=[0-9a-f]{64}$`,
				);
			expect(lines[2].slice('Approve: '.length)).toMatch(link('true'));
			expect(lines[3].slice('Disapprove: '.length)).toMatch(link('false'));
			expect(lines).toHaveLength(4);
			return {
				id: execution.id,
				approve: local(lines[2].slice('Approve: '.length)),
				disapprove: local(lines[3].slice('Disapprove: '.length)),
			};
		}

		const statusOf = async (workflowId: string, id: string) =>
			(await real.executions(workflowId)).find((run) => run.id === id)?.status;

		it('the question goes out, the execution waits; GETs of the links (any user agent) leave it waiting; the page’s POST resumes it with the answer', async () => {
			const { id, approve, disapprove } = await ask(approval, 'ask-approval');

			for (const link of [approve, disapprove]) {
				for (const agent of [undefined, WHATSAPP_PREVIEW, BROWSER]) {
					const page = await fetch(link, { headers: agent ? { 'user-agent': agent } : {} });
					expect(page.status).toBe(200);
					expect(page.headers.get('content-type')).toMatch(/^text\/html/);
					const html = await page.text();
					expect(html).toContain('<form method="post">');
					expect(html).toContain('Approve the expense of R$ 250.00 for team lunch?');
				}
			}
			await settle();
			expect(await statusOf(approval.id, id)).toBe('waiting');
			expect(sends()).toHaveLength(1);

			// A POST that is not the page's: refused, still waiting.
			const garbage = await fetch(approve, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'answer=disapprove',
			});
			expect(garbage.status).toBe(400);
			// The link's query changed: n8n's signature check refuses it.
			const forged = await fetch(approve.replace('approved=true', 'approved=false'), {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'answer=disapprove',
			});
			expect(forged.status).toBe(401);
			await settle();
			expect(await statusOf(approval.id, id)).toBe('waiting');

			// The page's form, as a browser posts it.
			const answer = await fetch(approve, {
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'user-agent': WHATSAPP_PREVIEW,
				},
				body: 'answer=approve',
			});
			expect(answer.status).toBe(200);
			expect(await answer.text()).toContain('Answer recorded');
			await eventually(
				'the execution to finish',
				async () => (await statusOf(approval.id, id)) === 'success',
			);
			expect(sends().map((r) => r.body)).toEqual([
				expect.objectContaining({ phone: MANAGER }),
				{ phone: REQUESTER, message: 'Your expense of R$ 250.00: approved by your manager.' },
			]);

			// A second answer after the first: n8n's own "no action required" page, nothing run again.
			const again = await fetch(disapprove, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'answer=disapprove',
			});
			const againText = await again.text();
			expect([again.status, againText]).toEqual([
				200,
				expect.stringMatching(/no action required|already/i),
			]);
			await settle();
			expect(sends()).toHaveLength(2);
		});

		it('Disapprove: the POST resumes it with approved false', async () => {
			const { id, disapprove } = await ask(approval, 'ask-approval');
			const answer = await fetch(disapprove, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'answer=disapprove',
			});
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
			const late = await fetch(approve, { method: 'GET' });
			expect(await late.text()).toMatch(/no action required|already/i);
		});
	});
}
