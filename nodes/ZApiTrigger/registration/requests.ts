/**
 * The Z-API requests registration makes, through the package's transport (credential, Client-Token,
 * errors without URL or token). `GET /me` carries the instance token: its answer is never logged.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { passCredentials } from '../../ZApi/shared/retryState';
import type { ZApiCredentials } from '../../ZApi/transport/credentials';
import { readCredentials } from '../../ZApi/transport/credentials';
import { toNodeApiError } from '../../ZApi/transport/errors';
import { zApiRequest } from '../../ZApi/transport/request';
import type { WebhookKind } from '../webhookKinds';
import { SENT_BY_ME, WEBHOOK_KINDS } from '../webhookKinds';

const MAY_HAVE_CHANGED = 'Z-API may have made the change anyway.';

export async function hookCredentials(context: IHookFunctions): Promise<ZApiCredentials> {
	const decrypted = await passCredentials(context, 0);
	return readCredentials(decrypted.data ?? {});
}

export async function readMe(context: IHookFunctions): Promise<IDataObject> {
	return await zApiRequest.call(context, {
		method: 'GET',
		endpoint: '/me',
		itemIndex: 0,
		action: 'read the webhook settings of the Z-API instance (GET /me)',
	});
}

/** A setter's answer: nothing, or `{"value": true}`; `{"value": false}` means not done. */
async function put(context: IHookFunctions, endpoint: string, body: IDataObject, action: string) {
	const answer = await zApiRequest.call(context, {
		method: 'PUT',
		endpoint,
		body,
		itemIndex: 0,
		action,
		ifUncertain: MAY_HAVE_CHANGED,
		acceptEmptyAnswer: true,
	});
	if (answer.value !== false) return;
	throw toNodeApiError(
		context.getNode(),
		{
			message: `Z-API did not confirm the change when trying to ${action} (it answered "value": false)`,
			description:
				'Z-API answers "value": false when it did not make the change. Check the instance in the Z-API panel (Instances → your instance → webhooks) and activate the workflow again.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		0,
	);
}

export function pointAction(kind: WebhookKind): string {
	return `point ${WEBHOOK_KINDS[kind].words} of the Z-API instance at this workflow`;
}

export function putBackAction(kind: WebhookKind): string {
	return `put back the previous address of ${WEBHOOK_KINDS[kind].words} of the Z-API instance`;
}

export async function setWebhook(
	context: IHookFunctions,
	kind: WebhookKind,
	value: string,
	action: string,
): Promise<void> {
	await put(context, WEBHOOK_KINDS[kind].setter, { value }, action);
}

export async function setSentByMe(context: IHookFunctions, on: boolean): Promise<void> {
	const action = on
		? `turn on ${SENT_BY_ME.words} of the Z-API instance`
		: `turn ${SENT_BY_ME.words} of the Z-API instance back off`;
	await put(context, SENT_BY_ME.setter, { notifySentByMe: on }, action);
}
