import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './description';
import { handleCall } from './handleCall';
import { checkExists, create, deleteWebhook } from './registration/hooks';
import { SECRET_PATH, SECRET_PATH_WEBHOOK } from './secret';

export class ZApiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Z-API Trigger',
		name: 'zApiTrigger',
		icon: { light: 'file:zApi.svg', dark: 'file:zApi.dark.svg' },
		group: ['trigger'],
		// 2: the item starts with the fields people map, and holds Z-API's payload once (normalise.ts).
		version: [1, 2],
		defaultVersion: 2,
		subtitle:
			'={{ ($parameter["events"] || []).length === 1 ? "1 event" : ($parameter["events"] || []).length + " events" }}',
		// n8n shows this on the one "Z-API" entry the node creator merges both nodes into, above the
		// actions and the triggers: it speaks for both.
		description:
			'Send WhatsApp messages, manage groups and start workflows on WhatsApp events through Z-API',
		defaults: { name: 'Z-API Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zApiApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'zapi' },
			// Only for a Z-API that drops the query (secret.ts); not a URL to copy.
			{
				name: SECRET_PATH_WEBHOOK,
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: SECRET_PATH,
				ndvHideUrl: true,
			},
		],
		properties,
	};

	// Written out as methods: n8n's lint looks for the three by name.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCall.call(this);
	}
}
