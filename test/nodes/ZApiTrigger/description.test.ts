/**
 * The trigger's form as n8n decides what to show (NodeHelpers.displayParameter, the editor's own
 * rule): the https notice in both registrations, and, for Register the Webhook Myself, one notice per
 * Z-API panel field the chosen events need. Texts written out, so that a wrong one fails.
 */
import type { INodeParameters, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { ZApiTrigger } from '../../../nodes/ZApiTrigger/ZApiTrigger.node';

const { description } = new ZApiTrigger();

const HTTPS =
	'Z-API only sends events to https:// addresses. If the Webhook URLs above start with http://, Z-API cannot reach this n8n: put a public https address in front of it (a tunnel such as cloudflared or ngrok, or a reverse proxy) and set WEBHOOK_URL to it.';
const COPY =
	"Copy this node's Test URL while you test it with Execute step, and its Production URL once the workflow is published (Webhook URLs, above); add ?secret= and your Secret at its end. Then, in the Z-API panel (Instances → your instance → Webhooks):";
const PANEL = {
	received:
		'Paste it into the "Upon receiving" field, for messages, replies, poll votes and group events.',
	sentByMe: 'Also tick "notify sent by me" in the Z-API panel, for Message Sent by Me.',
	delivery: 'Paste it into the "When sending" field, for Delivery.',
	messageStatus: 'Paste it into the "Message status" field, for Message Status.',
	connected: 'Paste it into the "Connected" field, for Connected.',
	disconnected: 'Paste it into the "Disconnected" field, for Disconnected.',
	chatPresence: 'Paste it into the "Chat presence" field, for Chat Presence.',
};
const NO_SECRET =
	'Without a Secret, this workflow accepts calls from anyone who knows its URL, not only from Z-API.';
const IGNORE_OWN =
	'Message Sent by Me never starts the workflow while Ignore Own Messages is on: turn it off below.';

/** The notices n8n shows for these parameter values, top to bottom. */
function notices(values: INodeParameters): string[] {
	const node = { typeVersion: 2 };
	const filled = NodeHelpers.getNodeParameters(
		description.properties,
		values,
		true,
		false,
		node,
		description,
	)!;
	return description.properties
		.filter((property) => property.type === 'notice')
		.filter((property) => NodeHelpers.displayParameter(filled, property, node, description))
		.map((property) => property.displayName);
}

describe('the notices', () => {
	it.each<[string, INodeParameters, string[]]>([
		['Automatic, Participant Added', { events: ['participantAdded'] }, [HTTPS]],
		[
			'Automatic, Message Sent by Me with Ignore Own Messages on',
			{ events: ['messageSentByMe'] },
			[HTTPS, IGNORE_OWN],
		],
		[
			'manual, Participant Added, no Secret',
			{ registration: 'manual', events: ['participantAdded'] },
			[HTTPS, NO_SECRET, COPY, PANEL.received],
		],
		[
			'manual, three events of the "Upon receiving" field: its notice once',
			{
				registration: 'manual',
				manualSecret: 's',
				events: ['messageReceived', 'groupCreated', 'otherNotification'],
			},
			[HTTPS, COPY, PANEL.received],
		],
		[
			'manual, the three replies only: the "Upon receiving" field',
			{
				registration: 'manual',
				manualSecret: 's',
				events: ['pollVote', 'buttonReply', 'listReply'],
			},
			[HTTPS, COPY, PANEL.received],
		],
		[
			'manual, Message Sent by Me',
			{
				registration: 'manual',
				manualSecret: 's',
				events: ['messageSentByMe'],
				ignoreOwnMessages: false,
			},
			[HTTPS, COPY, PANEL.received, PANEL.sentByMe],
		],
		[
			'manual, one event of every other field',
			{
				registration: 'manual',
				manualSecret: 's',
				events: ['chatPresence', 'disconnected', 'connected', 'delivery', 'messageStatus'],
			},
			[
				HTTPS,
				COPY,
				PANEL.delivery,
				PANEL.messageStatus,
				PANEL.connected,
				PANEL.disconnected,
				PANEL.chatPresence,
			],
		],
		[
			'manual, no event yet',
			{ registration: 'manual', manualSecret: 's', events: [] },
			[HTTPS, COPY],
		],
	])('%s', (_label, values, expected) => {
		expect(notices(values)).toEqual(expected);
	});

	it('every event needs a panel field that a notice names', () => {
		const events = description.properties.find((p) => p.name === 'events')!;
		for (const option of events.options as INodePropertyOptions[]) {
			const shown = notices({
				registration: 'manual',
				manualSecret: 's',
				ignoreOwnMessages: false,
				events: [option.value],
			});
			expect([option.name, shown.length]).toEqual([
				option.name,
				3 + Number(option.value === 'messageSentByMe'),
			]);
		}
	});
});

describe('the node', () => {
	it('is version 2 for new workflows; version 1 stays for saved ones', () => {
		expect(description.version).toEqual([1, 2]);
		expect(description.defaultVersion).toBe(2);
	});

	it("speaks for both nodes on the node creator's merged Z-API entry", () => {
		expect(description.description).toBe(
			'Send WhatsApp messages, manage groups and start workflows on WhatsApp events through Z-API',
		);
	});
});

describe('the Chats filter', () => {
	it('shows a phone and a group id as examples', () => {
		const filters = description.properties.find((p) => p.name === 'filters')!;
		const chats = (filters.options as Array<{ name: string; placeholder?: string }>).find(
			(option) => option.name === 'chats',
		)!;
		expect(chats.placeholder).toBe('e.g. 5511999998888, 120363019502650977-group');
	});
});
