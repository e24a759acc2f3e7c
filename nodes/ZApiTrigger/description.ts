/** The Z-API Trigger's form. Parameter names are public: saved workflows and registration use them. */
import type { INodeProperties } from 'n8n-workflow';

import { GROUP_ID_EXAMPLE } from '../ZApi/shared/groupId';
import { PHONE_EXAMPLE } from '../ZApi/shared/phones';
import { eventOptions } from './events';
import { manualNotices } from './manualNotices';
import { mediaOptions } from './mediaFile';

const manualOnly = { show: { registration: ['manual'] } };

export const properties: INodeProperties[] = [
	{
		// True whatever WEBHOOK_URL is: the form cannot know it.
		displayName:
			'Z-API only sends events to https:// addresses. If the Webhook URLs above start with http://, Z-API cannot reach this n8n: put a public https address in front of it (a tunnel such as cloudflared or ngrok, or a reverse proxy) and set WEBHOOK_URL to it.',
		name: 'httpsNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Automatic',
				value: 'automatic',
				description:
					'On activation, point the Z-API webhooks of the chosen events at this workflow; on deactivation, put back what was there',
			},
			{
				name: 'Register the Webhook Myself',
				value: 'manual',
				description: "Leave Z-API's settings alone: paste this node's URL into the Z-API panel",
			},
		],
		default: 'automatic',
	},
	{
		displayName: 'Secret',
		name: 'manualSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		placeholder: 'e.g. a long random text',
		description:
			'Calls without ?secret= and this text in their URL are refused. Use a long random text, and add it to the URL you paste into the Z-API panel.',
		displayOptions: manualOnly,
	},
	{
		displayName:
			'Without a Secret, this workflow accepts calls from anyone who knows its URL, not only from Z-API.',
		name: 'noSecretNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: ['manual'], manualSecret: [''] } },
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		noDataExpression: true,
		required: true,
		options: eventOptions,
		default: [],
		description:
			'The Z-API events that start the workflow. Group events arrive on the same webhook as messages.',
	},
	...manualNotices,
	{
		displayName:
			'Message Sent by Me never starts the workflow while Ignore Own Messages is on: turn it off below.',
		name: 'sentByMeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { events: ['messageSentByMe'], ignoreOwnMessages: [true] } },
	},
	{
		displayName: 'Replace Existing Webhook',
		name: 'replaceExisting',
		type: 'boolean',
		default: false,
		description:
			'Whether to take over a Z-API webhook that already sends to another address (it is put back on deactivation). Off, activation fails and names that address’s host.',
		displayOptions: { show: { registration: ['automatic'] } },
	},
	{
		displayName: 'Ignore Own Messages',
		name: 'ignoreOwnMessages',
		type: 'boolean',
		default: true,
		description:
			'Whether to ignore events from the connected number itself (fromMe), so that a workflow that answers messages never starts itself',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Chat Type',
				name: 'chatType',
				type: 'options',
				options: [
					{ name: 'All Chats', value: 'all' },
					{ name: 'Groups Only', value: 'groups' },
					{ name: 'Private Chats Only', value: 'private' },
				],
				default: 'all',
				description:
					'Which chats start the workflow. Connected and Disconnected have no chat and always do.',
			},
			{
				displayName: 'Chats',
				name: 'chats',
				type: 'string',
				// Two rows: a list, and room for both examples at the editor's default width.
				typeOptions: { rows: 2 },
				default: '',
				placeholder: `e.g. ${PHONE_EXAMPLE}, ${GROUP_ID_EXAMPLE}`,
				description: `Only these chats start the workflow: phone numbers with country code (or national, with the credential's Default Country Code) and group IDs (e.g. ${GROUP_ID_EXAMPLE}), separated by commas or new lines`,
			},
			{
				displayName: 'Ignore API Messages',
				name: 'ignoreApiMessages',
				type: 'boolean',
				default: false,
				description:
					'Whether to ignore messages sent through the Z-API API (fromApi), e.g. by this or another workflow',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: mediaOptions,
	},
];
