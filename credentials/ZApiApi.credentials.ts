import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL, INSTANCE_URL_EXPRESSION } from '../nodes/ZApi/transport/credentials';

export class ZApiApi implements ICredentialType {
	name = 'zApiApi';

	displayName = 'Z-API API';

	icon = { light: 'file:zApi.svg', dark: 'file:zApi.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-z-api/n8n-nodes-z-api#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Instance ID',
			name: 'instanceId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3C4B8F2A9D1E7F6A5B0C3D2E1F4A5B6C',
			hint: 'Z-API panel → Instances → your instance: its ID.',
			description:
				'The ID of your Z-API instance. In the Z-API panel, open Instances, pick your instance and copy its ID.',
		},
		{
			displayName: 'Instance Token',
			name: 'instanceToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			hint: 'Z-API panel → Instances → your instance: the token next to its ID.',
			description:
				'The token of the same instance, shown next to the instance ID in the Z-API panel (Instances → your instance). It is part of every request URL, so keep it secret.',
		},
		{
			displayName: 'Client Token',
			name: 'clientToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			hint: 'Z-API panel → Security → Account Security Token, if you switched it on.',
			description:
				'The account security token, sent as the Client-Token header. Find it in the Z-API panel under Security (account security token). Leave empty if you have not switched that check on.',
		},
		{
			displayName: 'Default Country Code',
			name: 'defaultCountryCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. 55',
			hint: 'For numbers written without one: with 55, (11) 99999-8888 is sent as 5511999998888.',
			description:
				'The country code added to phone numbers written in national form, e.g. 55 for Brazil. Leave empty to require every number to start with its country code.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Change only to go through a proxy or a test server. Requests go to {Base URL}/instances/{Instance ID}/token/{Instance Token} followed by the endpoint.',
		},
	];

	// A function rather than a generic header map: the Client-Token header must be absent, not empty,
	// when the account security token is not used.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const clientToken = String(credentials.clientToken ?? '').trim();
		if (!clientToken) return requestOptions;
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, 'Client-Token': clientToken },
		};
	}

	// Z-API answers errors with a JSON {"error": "..."} and any status, so the test reads the answer
	// whatever its status: the rules below then give the message (the first that matches wins). This
	// does not depend on how each n8n version wraps HTTP errors.
	test: ICredentialTestRequest = {
		request: {
			// The instance token is part of every Z-API URL: the same URL the node builds.
			baseURL: INSTANCE_URL_EXPRESSION,
			url: '/status',
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'null not allowed',
					message:
						'Z-API says "null not allowed": account security is on, so fill in the Client Token (Z-API panel → Security).',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'your client-token is not configured',
					message:
						'Z-API says "your client-token is not configured": check the Client Token (Z-API panel → Security) and the Instance Token.',
				},
			},
			{
				// Field reports (Z-API does not document it): HTTP 403 for a Client-Token that is not the
				// account's, e.g. the Instance Token pasted there.
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Client-Token not allowed',
					message:
						'Z-API says "Client-Token not allowed": the Client Token is wrong. Copy the account security token again from the Z-API panel (Security); it is not the Instance Token.',
				},
			},
			{
				// n8n shows any rule's message under its own "Couldn’t connect with these settings" (rules can
				// only fail a test), so the message says why that appears although the values are right.
				type: 'responseSuccessBody',
				properties: {
					key: 'connected',
					value: false,
					message:
						'Z-API accepted these credentials, but WhatsApp is not connected to this instance, so the node cannot send anything yet: that is why n8n says it could not connect. Scan the QR code in the Z-API panel with the phone, then click Retry.',
				},
			},
			{
				// Every answer to /status that is not an error has `connected`.
				type: 'responseSuccessBody',
				properties: {
					key: 'connected',
					value: undefined,
					message:
						'Z-API did not accept these credentials. Copy the Instance ID and Instance Token again from the Z-API panel (Instances → your instance); if account security is on, check the Client Token too (Security). Check the Base URL if you changed it.',
				},
			},
		],
	};
}
