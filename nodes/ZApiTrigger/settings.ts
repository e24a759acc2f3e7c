/**
 * The trigger's parameters, read once into one object, and the checks activation makes on them
 * before any request to Z-API.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { keepOwnMessage } from '../ZApi/shared/nodeErrors';
import type { TriggerEvent } from './events';
import { EVENTS, readEvents } from './events';
import { readChats } from './filters';

export type ChatType = 'all' | 'groups' | 'private';

export interface TriggerSettings {
	registration: 'automatic' | 'manual';
	events: TriggerEvent[];
	replaceExisting: boolean;
	ignoreOwnMessages: boolean;
	chatType: ChatType;
	/** The Chats filter as the user gave it; readChats parses it. */
	chats: unknown;
	ignoreApiMessages: boolean;
	/** Manual registration only: '' means calls are not checked. */
	manualSecret: string;
}

/** What reads the parameters and the credential: the hook functions, or the webhook's. */
export type SettingsContext = Pick<
	IHookFunctions,
	'getNodeParameter' | 'getCredentials' | 'getNode'
>;

/** A switch from an expression may be a string; anything unreadable keeps the switch's default. */
function flag(value: unknown, fallback: boolean): boolean {
	if (typeof value === 'boolean') return value;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
	if (text === 'true' || text === 'false') return text === 'true';
	return fallback;
}

export function readSettings(context: SettingsContext): TriggerSettings {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const chatType = filters.chatType;
	const secret = context.getNodeParameter('manualSecret', '');
	return {
		registration:
			context.getNodeParameter('registration', 'automatic') === 'manual' ? 'manual' : 'automatic',
		events: readEvents(context.getNodeParameter('events', [])),
		replaceExisting: flag(context.getNodeParameter('replaceExisting', false), false),
		ignoreOwnMessages: flag(context.getNodeParameter('ignoreOwnMessages', true), true),
		chatType: chatType === 'groups' || chatType === 'private' ? chatType : 'all',
		chats: filters.chats,
		ignoreApiMessages: flag(filters.ignoreApiMessages, false),
		manualSecret: typeof secret === 'string' ? secret.trim() : '',
	};
}

/** Why these settings cannot work, before anything is registered; undefined when they can. */
export function settingsProblem(settings: TriggerSettings): string | undefined {
	if (settings.events.length === 0) {
		return 'Events is empty: choose at least one event for the Z-API Trigger to listen for';
	}
	if (settings.events.includes('messageSentByMe') && settings.ignoreOwnMessages) {
		return `${EVENTS.messageSentByMe.name} never starts the workflow while Ignore Own Messages is on: turn Ignore Own Messages off (and make sure the workflow does not answer its own messages, e.g. with Filters → Ignore API Messages)`;
	}
	return undefined;
}

/**
 * For the webhook methods: the settings, checked (events, the Chats filter with the credential's
 * Default Country Code). Throws a NodeOperationError that fails the activation with our message.
 */
export async function checkSettings(this: IHookFunctions): Promise<TriggerSettings> {
	const settings = readSettings(this);
	let problem = settingsProblem(settings);
	if (problem === undefined) {
		try {
			await readChats(this, settings.chats);
		} catch (error) {
			problem = (error as Error).message;
		}
	}
	if (problem !== undefined) {
		throw keepOwnMessage(
			new NodeOperationError(this.getNode(), problem, { level: 'warning' }),
			problem,
		);
	}
	return settings;
}
