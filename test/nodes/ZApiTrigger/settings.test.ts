import { HookContext } from 'n8n-core';
import type { INodeParameters } from 'n8n-workflow';

import { checkSettings, readSettings } from '../../../nodes/ZApiTrigger/settings';
import {
	TRIGGER_CREDENTIALS,
	TRIGGER_NAME,
	triggerAdditionalData,
	triggerNode,
	triggerWorkflow,
	webhookData,
} from '../../helpers/trigger';

/** The settings as a HookContext reads them, the trigger's defaults filled in by the Workflow. */
function hookContext(parameters: INodeParameters, credentials = TRIGGER_CREDENTIALS) {
	const workflow = triggerWorkflow([triggerNode(parameters)]);
	const additionalData = triggerAdditionalData(credentials);
	return new HookContext(
		workflow,
		workflow.getNode(TRIGGER_NAME)!,
		additionalData,
		'trigger',
		'activate',
		webhookData(workflow, additionalData),
	);
}

describe('readSettings', () => {
	it("gives the form's defaults", () => {
		expect(readSettings(hookContext({ events: ['participantAdded'] }))).toStrictEqual({
			registration: 'automatic',
			events: ['participantAdded'],
			replaceExisting: false,
			ignoreOwnMessages: true,
			chatType: 'all',
			chats: undefined,
			ignoreApiMessages: false,
			manualSecret: '',
		});
	});

	it('reads every parameter, switches given as text too; hidden ones are dropped, as n8n does', () => {
		const context = hookContext({
			registration: 'manual',
			events: ['messageSentByMe', 'connected'],
			replaceExisting: true,
			ignoreOwnMessages: 'FALSE',
			manualSecret: '  s3cret ',
			filters: { chatType: 'groups', chats: '120363019502650977-group', ignoreApiMessages: 'true' },
		});
		expect(readSettings(context)).toStrictEqual({
			registration: 'manual',
			events: ['messageSentByMe', 'connected'],
			// Shown for automatic registration only.
			replaceExisting: false,
			ignoreOwnMessages: false,
			chatType: 'groups',
			chats: '120363019502650977-group',
			ignoreApiMessages: true,
			manualSecret: 's3cret',
		});
	});

	it('reads Replace Existing Webhook with automatic registration', () => {
		const context = hookContext({ events: ['connected'], replaceExisting: true });
		expect(readSettings(context).replaceExisting).toBe(true);
	});

	it('keeps the safe default for a switch it cannot read', () => {
		const context = hookContext({ events: ['connected'], ignoreOwnMessages: 'maybe' });
		expect(readSettings(context).ignoreOwnMessages).toBe(true);
	});
});

describe('checkSettings', () => {
	it('passes settings that can work, and returns them', async () => {
		const context = hookContext({ events: ['participantAdded'] });
		expect((await checkSettings.call(context)).events).toEqual(['participantAdded']);
	});

	it.each([
		[
			{ events: [] },
			'Events is empty: choose at least one event for the Z-API Trigger to listen for',
		],
		[
			{ events: ['nope'] },
			'Events is empty: choose at least one event for the Z-API Trigger to listen for',
		],
		[
			{ events: ['messageReceived', 'messageSentByMe'] },
			'Message Sent by Me never starts the workflow while Ignore Own Messages is on: turn Ignore Own Messages off (and make sure the workflow does not answer its own messages, e.g. with Filters → Ignore API Messages)',
		],
		[
			{ events: ['participantAdded'], filters: { chats: '5544999999999, Sales Team' } },
			'Filters → Chats: "Sales Team" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		],
	])('refuses %j: %s', async (parameters, message) => {
		const error = await checkSettings.call(hookContext(parameters)).catch((caught) => caught);
		expect(error).toMatchObject({ name: 'NodeOperationError', message, level: 'warning' });
	});

	it('allows Message Sent by Me with Ignore Own Messages off', async () => {
		const context = hookContext({ events: ['messageSentByMe'], ignoreOwnMessages: false });
		expect((await checkSettings.call(context)).events).toEqual(['messageSentByMe']);
	});

	it("reads the Chats filter with the credential's Default Country Code, and checks that code", async () => {
		const parameters = { events: ['participantAdded'], filters: { chats: '(44) 99999-9999' } };
		const withCode = { zApiApi: { ...TRIGGER_CREDENTIALS.zApiApi, defaultCountryCode: '55' } };
		await expect(checkSettings.call(hookContext(parameters, withCode))).resolves.toBeDefined();
		const badCode = { zApiApi: { ...TRIGGER_CREDENTIALS.zApiApi, defaultCountryCode: 'BR' } };
		await expect(checkSettings.call(hookContext(parameters, badCode))).rejects.toThrow(
			'Default Country Code (in the Z-API credential) must be a country calling code of 1 to 3 digits, e.g. 55 for Brazil, or empty (got "BR")',
		);
	});
});
