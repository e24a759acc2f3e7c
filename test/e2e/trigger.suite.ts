/**
 * The Z-API Trigger inside a real n8n, as users run it: the packed package installed into
 * .n8n/nodes, the example workflow (examples/welcome-new-members.workflow.json: Z-API Trigger on
 * Participant Added → Send Text to the group) imported and made active with n8n's CLI, then
 * `n8n start` with WEBHOOK_URL set to an https address. The Z-API double records the registration and
 * posts events to n8n's webhook port the way Z-API would (its `deliver` swaps the https origin for
 * n8n's local one). The same steps and assertions run on every pinned release.
 */
import { STORAGE_FILES } from '../zapi-double/storage';
import { LABEL_ID, labelChatUrl, labelChatWorkflow } from './helpers/labelChat';
import { POLL_MESSAGE_ID, pollRouterWorkflow } from './helpers/pollRouter';
import { SECRETS } from './helpers/realN8n';
import {
	PREVIOUS_URL,
	PUBLIC_URL,
	eventually,
	useTriggerN8n,
	welcomeWorkflow,
	zApiEvent,
} from './helpers/triggerN8n';

/**
 * The example as it is, with Replace Existing Webhook on: the double's "Upon receiving" webhook
 * already points somewhere (PREVIOUS_URL), as most instances' do.
 */
const workflow = welcomeWorkflow();
const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-z-api.zApiTrigger')!;
trigger.parameters.replaceExisting = true;
const webhookId = trigger.webhookId as string;
const GROUP = '120363423529374305-group';
const escape = (text: string) => text.replace(/[.?]/g, '\\$&');

/**
 * Voice notes forwarded: Z-API Trigger (Register the Webhook Myself, Download Media on) → Send Audio
 * from the binary file the trigger downloaded. What the double gets from Send Audio, a data URL,
 * shows the file's type and bytes as n8n's binary data kept them.
 */
const MEDIA_SECRET = 'e2e-media-secret-0123456789abcdef';
const MEDIA_WEBHOOK_ID = '0b7e6a52-9c1d-4f3e-8a25-6d4c3b2a1f03';
const CREDENTIALS = trigger.credentials;
const media = {
	id: 'zApiE2eMedia0001',
	name: 'e2e voice notes forwarded',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: '7d2b0c1e-1a2b-4c3d-8e9f-0a1b2c3d4e01',
			name: 'Voice Note',
			type: 'n8n-nodes-z-api.zApiTrigger',
			typeVersion: 2,
			position: [0, 0],
			webhookId: MEDIA_WEBHOOK_ID,
			parameters: {
				registration: 'manual',
				manualSecret: MEDIA_SECRET,
				events: ['messageReceived'],
				options: { downloadMedia: true },
			},
			credentials: CREDENTIALS,
		},
		{
			id: '7d2b0c1e-1a2b-4c3d-8e9f-0a1b2c3d4e02',
			name: 'Forward',
			type: 'n8n-nodes-z-api.zApi',
			typeVersion: 1,
			position: [220, 0],
			parameters: {
				resource: 'message',
				operation: 'sendAudio',
				phone: '5511988887777',
				mediaSource: 'binary',
				binaryPropertyName: 'data',
			},
			credentials: CREDENTIALS,
		},
	],
	connections: { 'Voice Note': { main: [[{ node: 'Forward', type: 'main', index: 0 }]] } },
	pinData: {},
};

/** A second workflow with the same trigger on the same instance, Replace Existing Webhook off. */
const second = welcomeWorkflow();
second.id = 'zApiE2eSecond001';
second.name = 'e2e second welcome';
for (const node of second.nodes) {
	node.id = `${node.id as string}-2`;
	if (node.webhookId) node.webhookId = '0b7e6a52-9c1d-4f3e-8a25-6d4c3b2a1f02';
}

/** Poll Vote → Switch on `reply` → a Send Text per answer; made active after the example stops. */
const polls = pollRouterWorkflow();

/** Message Received → Label → Add to Chat with the trigger's chatId (Register the Webhook Myself). */
const labelChat = labelChatWorkflow();

export function triggerSuite(version: string) {
	describe(`n8n ${version}: Z-API Trigger in a real n8n`, () => {
		const real = useTriggerN8n(version, [workflow, second, polls, media, labelChat], workflow.id);
		/** The URL the trigger registered, as Z-API would call it; set by the first test. */
		let registered: URL;
		const sends = () => real.double.requests.filter((r) => r.endpoint === '/send-text');
		const origin = () => real.server.url;
		/** Every call below answers before n8n could start a run; a short wait covers the rest. */
		const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

		it('at startup, points the "Upon receiving" webhook at its https URL with a 64-hex secret', async () => {
			// n8n 2.x sets triggers up in the background, after "Editor is now accessible".
			await eventually(
				'the registration',
				() => real.double.webhooks.received !== PREVIOUS_URL,
				90000,
			);
			const puts = real.double.requests.filter((r) => r.method === 'PUT');
			expect(puts.map((r) => r.endpoint)).toEqual(['/update-webhook-received']);
			const value = puts[0].body.value as string;
			expect(value).toMatch(
				new RegExp(`^${escape(PUBLIC_URL)}webhook/${webhookId}/zapi\\?secret=[0-9a-f]{64}$`),
			);
			expect(puts[0].headers['client-token']).toBe(SECRETS.clientToken);
			expect(real.double.webhooks.received).toBe(value);
			// Read before changing anything: the previous URL is what deactivation puts back.
			expect(real.double.requests[0]).toMatchObject({ method: 'GET', endpoint: '/me' });
			registered = new URL(value);
		});

		it('a member joins: one welcome per join, sent to the group and naming the new member', async () => {
			real.double.requests.length = 0;
			// The group the joins happen in, known to the double (Send Text to an unknown group fails).
			real.double.addGroup({ id: GROUP, name: 'Linux Foundation' });
			const joins = [
				zApiEvent('participant-added', { notificationParameters: ['5544888888888'] }),
				zApiEvent('participant-added', {
					messageId: '85932935',
					notificationParameters: ['5521977776666'],
				}),
			];
			for (const join of joins) {
				const answer = await real.double.deliver('received', join, { origin: origin() });
				// n8n's own answer for a started execution (the trigger's are JSON with a message).
				expect(answer.status).toBe(200);
				expect(answer.body).not.toMatch(/ignored/i);
			}
			await eventually('two welcomes', () => sends().length >= 2 && sends());
			await settle();
			// Each call starts its own execution, and n8n runs them side by side: either may send first.
			const byMessage = (a: { message: string }, b: { message: string }) =>
				a.message.localeCompare(b.message);
			expect(
				sends()
					.map((r) => r.body)
					.sort(byMessage),
			).toEqual([
				{
					phone: GROUP,
					message: 'Welcome to Linux Foundation, 5521977776666! Please introduce yourself.',
				},
				{
					phone: GROUP,
					message: 'Welcome to Linux Foundation, 5544888888888! Please introduce yourself.',
				},
			]);
			const runs = await eventually('two finished executions', async () => {
				const list = await real.executions(workflow.id);
				return list.length === 2 && list.every((run) => run.status === 'success') && list;
			});
			expect(runs).toHaveLength(2);
		});

		it('a forged call (no secret, a wrong secret) gets 401 and starts nothing', async () => {
			real.double.requests.length = 0;
			const before = (await real.executions(workflow.id)).length;
			const join = zApiEvent('participant-added');
			const local = new URL(registered.pathname, origin());

			const noSecret = await real.double.deliverTo(local.href, join);
			local.searchParams.set('secret', 'f'.repeat(64));
			const wrongSecret = await real.double.deliverTo(local.href, join);
			local.searchParams.set('secret', registered.searchParams.get('secret')!.slice(0, 63));
			const shorter = await real.double.deliverTo(local.href, join);

			for (const answer of [noSecret, wrongSecret, shorter]) {
				expect([answer.status, JSON.parse(answer.body)]).toEqual([
					401,
					{ error: 'The secret in the webhook URL is missing or wrong' },
				]);
			}
			await settle();
			expect(sends()).toHaveLength(0);
			expect(await real.executions(workflow.id)).toHaveLength(before);
		});

		it('its own welcome coming back (a message sent by the connected number) gets 200 and starts nothing', async () => {
			real.double.requests.length = 0;
			const before = (await real.executions(workflow.id)).length;
			const echo = zApiEvent('text-group', {
				fromMe: true,
				fromApi: true,
				participantPhone: null,
				text: { message: 'Welcome to Linux Foundation, 5544888888888! Please introduce yourself.' },
			});
			// Z-API sends such messages only with notify-sent-by-me on; sent anyway, as if it were.
			const answer = await real.double.deliver('received', echo, { origin: origin(), force: true });
			expect(answer.status).toBe(200);
			expect(JSON.parse(answer.body)).toEqual({
				message: 'Event ignored: "Message Sent by Me" is not one of the chosen events',
			});
			await settle();
			expect(sends()).toHaveLength(0);
			expect(await real.executions(workflow.id)).toHaveLength(before);
		});

		it('a second workflow with the same trigger on the instance is refused, naming the host only; the first keeps its events', async () => {
			real.double.requests.length = 0;
			const outcome = await real.activate(second.id);

			expect(outcome.ok).toBe(false);
			expect(outcome.message).toBe(
				'The "Upon receiving" webhook of this Z-API instance already sends to another address (host n8n.e2e.invalid). Turn on Replace Existing Webhook to take it over (it is put back when this workflow is deactivated), or use another Z-API instance.',
			);
			expect(real.double.requests.filter((r) => r.method === 'PUT')).toEqual([]);
			expect(real.double.webhooks.received).toBe(registered.href);
			await real.deactivate(second.id);
			const join = zApiEvent('participant-added', { notificationParameters: ['5531966665555'] });
			await real.double.deliver('received', join, { origin: origin() });
			await eventually('the welcome', () => sends().length === 1);
			expect(sends()[0].body.message).toContain('5531966665555');
		});

		it('a voice note received with Download Media on arrives as binary audio/ogg, fetched from the storage host without a token', async () => {
			const activated = await real.activate(media.id);
			expect(activated).toEqual({ ok: true });
			real.double.requests.length = 0;
			const url = `${origin()}/webhook/${MEDIA_WEBHOOK_ID}/zapi?secret=${MEDIA_SECRET}`;
			const voiceNote = zApiEvent('media-voice-note', {
				audio: {
					ptt: true,
					seconds: 10,
					audioUrl: `${real.double.url}/storage/voice-note.ogg`,
					mimeType: 'audio/ogg; codecs=opus',
					viewOnce: false,
				},
			});
			const answer = await real.double.deliverTo(url, voiceNote);
			expect(answer.status).toBe(200);
			const forwarded = await eventually('the voice note forwarded', () =>
				real.double.requests.find((r) => r.endpoint === '/send-audio'),
			);
			const file = real.double.requests.find((r) => r.url === '/storage/voice-note.ogg')!;
			expect(file.headers['client-token']).toBeUndefined();
			const dataUrl = /^data:([^;]+);base64,(.+)$/.exec(forwarded.body.audio as string)!;
			expect(dataUrl[1]).toBe('audio/ogg');
			expect(Buffer.from(dataUrl[2], 'base64')).toEqual(
				STORAGE_FILES['/storage/voice-note.ogg'].data,
			);
			await real.deactivate(media.id);
		});

		it('labels a chat the trigger received a message from: Label → Add to Chat with its chatId', async () => {
			const activated = await real.activate(labelChat.id);
			expect(activated).toEqual({ ok: true });
			real.double.labels.set(LABEL_ID, { id: LABEL_ID, name: 'New customer', color: 1 });
			real.double.requests.length = 0;
			const customer = '5544977770001';
			const message = zApiEvent('text-private', { phone: customer, messageId: '3EB0E2ELABEL0001' });
			const answer = await real.double.deliverTo(labelChatUrl(origin()), message);
			expect(answer.status).toBe(200);

			const put = await eventually('the label put on the chat', () =>
				real.double.requests.find((r) => r.route === '/chats/:phone/tags/:tag/add'),
			);
			expect(put).toMatchObject({
				method: 'PUT',
				endpoint: `/chats/${customer}/tags/${LABEL_ID}/add`,
				rawBody: '',
			});
			expect(put.headers['client-token']).toBe(SECRETS.clientToken);
			expect(real.double.chatLabels.get(customer)).toEqual(new Set([LABEL_ID]));
			const runs = await eventually('one finished execution', async () => {
				const list = await real.executions(labelChat.id);
				return list.length === 1 && list.every((run) => run.status === 'success') && list;
			});
			expect(runs).toHaveLength(1);
			// Sent once: the node's send door, and n8n ran the execution once.
			expect(real.double.count('/chats/:phone/tags/:tag/add')).toBe(1);
			await real.deactivate(labelChat.id);
		});

		it('deactivating the workflow puts the previous webhook URL back', async () => {
			real.double.requests.length = 0;
			await real.deactivate(workflow.id);
			// n8n 2.x removes the trigger in the background.
			await eventually('the restore', () => real.double.webhooks.received === PREVIOUS_URL);
			const puts = real.double.requests.filter((r) => r.method === 'PUT');
			expect(puts.map((r) => [r.endpoint, r.body])).toEqual([
				['/update-webhook-received', { value: PREVIOUS_URL }],
			]);
		});

		it('a poll vote comes through the trigger as Poll Vote and a Switch routes it on reply', async () => {
			real.double.requests.length = 0;
			// What deactivation puts back: PREVIOUS_URL in the whole suite (the example is off by now).
			const before = real.double.webhooks.received;
			const outcome = await real.activate(polls.id);
			expect(outcome).toEqual({ ok: true });
			const pollWebhook = polls.nodes[0].webhookId as string;
			await eventually('the registration', () =>
				real.double.webhooks.received?.includes(`/webhook/${pollWebhook}/zapi?secret=`),
			);
			const voter = '5544977776666';
			const vote = (pollMessageId: string, option: string) =>
				zApiEvent('poll-vote', {
					phone: voter,
					pollVote: { pollMessageId, options: [{ name: option }] },
				});
			for (const body of [
				vote(POLL_MESSAGE_ID, 'No'),
				vote('ANOTHER-POLL-0001', 'Yes'),
				vote(POLL_MESSAGE_ID, 'Yes'),
			]) {
				const answer = await real.double.deliver('received', body, { origin: origin() });
				expect(answer.status).toBe(200);
				expect(answer.body).not.toMatch(/ignored/i);
			}
			const runs = await eventually('three finished executions', async () => {
				const list = await real.executions(polls.id);
				return list.length === 3 && list.every((run) => run.status === 'success') && list;
			});
			expect(runs).toHaveLength(3);
			// The other poll's vote matched no rule: two sends, one per answer of this poll.
			expect(
				sends()
					.map((r) => r.body)
					.sort((a, b) => String(a.message).localeCompare(String(b.message))),
			).toEqual([
				{ phone: voter, message: `No from ${voter}, noted.` },
				{ phone: voter, message: `Yes from ${voter}, noted.` },
			]);

			await real.deactivate(polls.id);
			await eventually('the restore', () => real.double.webhooks.received === before);
		});

		it('a Z-API that drops the query string: the secret goes into the path, and votes still start executions', async () => {
			real.double.requests.length = 0;
			const before = real.double.webhooks.received;
			const runsBefore = (await real.executions(polls.id)).length;
			const pollWebhook = polls.nodes[0].webhookId as string;
			// The node's id twice: how n8n routes a path webhook (secret.ts).
			const inPath = new RegExp(
				`^${escape(PUBLIC_URL)}webhook/${pollWebhook}/${pollWebhook}/zapi/[0-9a-f]{64}$`,
			);
			const vote = zApiEvent('poll-vote', {
				phone: '5544977776666',
				pollVote: { pollMessageId: POLL_MESSAGE_ID, options: [{ name: 'Yes' }] },
			});
			real.double.config.dropWebhookQuery = true;
			try {
				expect(await real.activate(polls.id)).toEqual({ ok: true });
				await eventually('the path form', () => inPath.test(real.double.webhooks.received));
				expect(real.double.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);

				const answer = await real.double.deliver('received', vote, { origin: origin() });
				expect(answer.status).toBe(200);
				expect(answer.body).not.toMatch(/ignored/i);
				const forged = new URL(new URL(real.double.webhooks.received).pathname, origin());
				forged.pathname = forged.pathname.replace(/[0-9a-f]{64}$/, 'f'.repeat(64));
				const refused = await real.double.deliverTo(forged.href, vote);
				expect(refused.status).toBe(401);
				const runs = await eventually('one more finished execution', async () => {
					const list = await real.executions(polls.id);
					return list.length === runsBefore + 1 && list.every((run) => run.status === 'success');
				});
				expect(runs).toBe(true);
			} finally {
				delete real.double.config.dropWebhookQuery;
				await real.deactivate(polls.id);
			}
			await eventually('the restore', () => real.double.webhooks.received === before);
		});

		it("prints no token and no secret in n8n's debug log", () => {
			const printed = real.n8n.printedText();
			expect(printed).toContain('Editor is now accessible');
			for (const secret of Object.values(SECRETS)) expect(printed).not.toContain(secret);
			expect(printed).not.toContain(registered.searchParams.get('secret'));
			expect(printed).not.toMatch(/\/token\//);
		});

		it('without WEBHOOK_URL (an http URL), activation fails with the https message and nothing is sent to Z-API', async () => {
			await real.restart({});
			real.double.requests.length = 0;

			const outcome = await real.activate(workflow.id);

			expect(outcome.ok).toBe(false);
			expect(outcome.message).toMatch(
				/^Z-API only accepts https:\/\/ webhook URLs, and this n8n's webhook URL starts with http:\/\/\. Put a public https address in front of n8n \(a tunnel such as cloudflared or ngrok, or a reverse proxy\), set WEBHOOK_URL to it/,
			);
			expect(real.double.requests.filter((r) => r.method === 'PUT')).toEqual([]);
			expect(real.double.webhooks.received).toBe(PREVIOUS_URL);
			const printed = real.n8n.printedText();
			for (const secret of Object.values(SECRETS)) expect(printed).not.toContain(secret);
		});
	});
}
