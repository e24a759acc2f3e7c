/**
 * webhook() through n8n-core's WebhookContext: which events start the workflow, what the filters
 * drop, and a workflow run by n8n-core's engine from the item (the trigger feeding Send Text).
 */
import { Z_API_TYPE } from '../../helpers/engine';
import { useZApiDouble } from '../../helpers/scenario';
import {
	TRIGGER_CREDENTIALS,
	TRIGGER_NAME,
	loadEvent,
	triggerNode,
	triggerWorkflow,
} from '../../helpers/trigger';
import { runFromTrigger } from '../../helpers/triggerRun';
import { ALL_EVENTS, call, expectNoLeak } from './calls';

describe('events and filters', () => {
	it('answers an event that was not chosen with 200, naming it, and starts nothing', async () => {
		const result = await call({ events: ['participantAdded'] }, loadEvent('text-group'));
		expect(result).toMatchObject({
			status: 200,
			answer: { message: 'Event ignored: "Message Received" is not one of the chosen events' },
			started: false,
		});
		expect(result.logs).toContain('"Message Received" is not one of the chosen events');
		expect(result.logs).not.toContain('hello group');
	});

	it('starts with every documented event when all are chosen, one item each', async () => {
		const names = [
			'text-private',
			'text-group',
			'message-status',
			'delivery',
			'connected',
			'disconnected',
			'presence-composing',
			'participant-added',
			'membership-request-invite-link',
			'membership-request-revoked',
			'invite-link-admins',
			'call-voice',
			'poll-vote',
			'button-reply',
			'list-reply',
		];
		const events: string[] = [];
		for (const name of names) {
			const result = await call({ events: ALL_EVENTS }, loadEvent(name));
			expect(result).toMatchObject({ status: 200, started: true });
			expect(result.items).toHaveLength(1);
			events.push(String(result.items[0].event));
		}
		expect(events).toEqual([
			'Message Received',
			'Message Received',
			'Message Status',
			'Delivery',
			'Connected',
			'Disconnected',
			'Chat Presence',
			'Participant Added',
			'Membership Request',
			'Membership Request Revoked',
			'Invite Link Setting Changed',
			'Any Other Notification',
			'Poll Vote',
			'Button Reply',
			'List Reply',
		]);
	});

	it('ignores own messages by default, and passes them with Message Sent by Me', async () => {
		const own = loadEvent('sent-by-me-broadcast');
		const dropped = await call({ events: ['messageReceived', 'messageSentByMe'] }, own);
		expect(dropped).toMatchObject({
			status: 200,
			answer: { message: 'Event ignored: sent by the connected number (Ignore Own Messages)' },
			started: false,
		});
		const passed = await call({ events: ['messageSentByMe'], ignoreOwnMessages: false }, own);
		expect(passed.items).toMatchObject([{ event: 'Message Sent by Me', fromMe: true }]);
	});

	it('applies Chat Type, Chats (with the Default Country Code) and Ignore API Messages', async () => {
		const group = loadEvent('participant-added');
		const onlyPrivate = await call({ filters: { chatType: 'private' } }, group);
		expect(onlyPrivate.answer).toEqual({
			message: 'Event ignored: not a private chat (Chat Type)',
		});

		const credentials = {
			zApiApi: { ...TRIGGER_CREDENTIALS.zApiApi, defaultCountryCode: '55' },
		};
		const chats = { filters: { chats: '(44) 99999-9999\n120363423529374305-group' } };
		expect(await call(chats, group, { credentials })).toMatchObject({ started: true });
		const text = { ...loadEvent('text-private'), phone: '5511988887777' };
		const other = await call({ ...chats, events: ['messageReceived'] }, text, { credentials });
		expect(other.answer).toEqual({ message: 'Event ignored: not one of the chosen chats (Chats)' });
		const listed = { ...text, phone: '554499999999' };
		expect(
			await call({ ...chats, events: ['messageReceived'] }, listed, { credentials }),
		).toMatchObject({ started: true });

		const api = { ...loadEvent('text-private'), fromApi: true };
		const noApi = { events: ['messageReceived'], filters: { ignoreApiMessages: true } };
		expect((await call(noApi, api)).answer).toEqual({
			message: 'Event ignored: sent through the API (Ignore API Messages)',
		});
	});

	it('answers 500 without throwing when a setting cannot be read, and says why in the log', async () => {
		const result = await call({ filters: { chats: 'Sales Team' } }, loadEvent('participant-added'));
		expect(result).toMatchObject({
			status: 500,
			answer: { error: 'The Z-API Trigger could not handle this call' },
			started: false,
		});
		expect(result.logs).toContain(
			'Z-API Trigger could not handle a call: Filters → Chats: "Sales Team" is not a phone number',
		);
		expectNoLeak(result.text);
	});
});

describe('a workflow started by the trigger', () => {
	const double = useZApiDouble();

	it.each([1, 2])(
		'version %i: sends the welcome to the group with {{ $json.chatId }}, naming {{ $json.chatName }} and {{ $json.participants }}',
		async (typeVersion) => {
			double.addGroup({ id: '120363423529374305-group', name: 'Linux Foundation' });
			const parameters = { events: ['participantAdded'] };
			const { items } = await call(parameters, loadEvent('participant-added'), { typeVersion });
			const sendText = {
				id: 'send-text-id',
				name: 'Welcome',
				type: Z_API_TYPE,
				typeVersion: 1,
				position: [200, 0] as [number, number],
				credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
				parameters: {
					resource: 'message',
					operation: 'sendText',
					phone: '={{ $json.chatId }}',
					message: '=Welcome to {{ $json.chatName }}, {{ $json.participants.join(", ") }}!',
				},
			};
			const workflow = triggerWorkflow(
				[triggerNode(parameters, { typeVersion }), sendText],
				{},
				{
					[TRIGGER_NAME]: { main: [[{ node: 'Welcome', type: 'main', index: 0 }]] },
				},
			);
			const credentials = {
				zApiApi: {
					instanceId: double.config.instanceId,
					instanceToken: double.config.instanceToken,
					clientToken: double.config.clientToken,
					baseUrl: double.url,
				},
			};
			const { run } = await runFromTrigger(workflow, items, credentials);
			expect(run.data.resultData.error).toBeUndefined();
			const sends = double.requests.filter((request) => request.endpoint === '/send-text');
			expect(sends.map((request) => request.body)).toEqual([
				{
					phone: '120363423529374305-group',
					message: 'Welcome to Linux Foundation, 5544888888888!',
				},
			]);
			expect(run.data.resultData.runData.Welcome[0].data?.main[0]).toHaveLength(1);
		},
	);
});
