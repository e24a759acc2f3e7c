/**
 * webhook(): one call from Z-API (or anyone who knows the URL) becomes one item, or an answer that
 * starts nothing. It never throws: n8n would answer 500 and still start an execution carrying the
 * error. It never logs or answers with the payload or the secret.
 */
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { asChosen, classify } from './events';
import { dropReason, readChats } from './filters';
import { itemWithMedia } from './mediaFile';
import { eventFields, outputOf, outputOfV1 } from './normalise';
import { givenSecret, sameSecret, storedSecret } from './secret';
import { readSettings } from './settings';

/** Z-API's payloads are a few kB; a base64 thumbnail stays well under this. */
export const MAX_BODY_BYTES = 1024 * 1024;

function respond(
	context: IWebhookFunctions,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

function ignored(context: IWebhookFunctions, reason: string): IWebhookResponseData {
	context.logger.debug(`Z-API Trigger: event ignored, ${reason}`, {
		workflowId: context.getWorkflow().id,
		node: context.getNode().name,
	});
	return { webhookResponse: { message: `Event ignored: ${reason}` } };
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectedSecret(context: IWebhookFunctions, manual: boolean, manualSecret: string) {
	if (manual) return manualSecret;
	// Nothing stored (never activated, or the static data lost): no call can be checked, none passes.
	return storedSecret(context.getWorkflowStaticData('node')) ?? null;
}

async function answer(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const settings = readSettings(context);
	const expected = expectedSecret(
		context,
		settings.registration === 'manual',
		settings.manualSecret,
	);
	if (expected === null || (expected !== '' && !sameSecret(givenSecret(context), expected))) {
		context.logger.debug('Z-API Trigger: call refused, the secret in its URL is missing or wrong', {
			workflowId: context.getWorkflow().id,
			node: context.getNode().name,
		});
		return respond(context, 401, {
			error: 'The secret in the webhook URL is missing or wrong',
		});
	}

	const length = Number(context.getHeaderData()['content-length']);
	if (length > MAX_BODY_BYTES) {
		return respond(context, 413, { error: 'A Z-API event is never this large' });
	}
	const body = context.getBodyData() as unknown;
	if (!isPlainObject(body) || typeof body.type !== 'string') {
		return respond(context, 400, {
			error: 'Not a Z-API event: expected a JSON object with a "type" field',
		});
	}

	const classified = classify(body);
	if (!classified) return ignored(context, 'a type of event the trigger does not know');
	const chosen = asChosen(classified, settings.events);
	if (!chosen) return ignored(context, `"${classified.name}" is not one of the chosen events`);
	const fields = eventFields(body, chosen);
	const reason = dropReason(body, fields, settings, await readChats(context, settings.chats));
	if (reason !== undefined) return ignored(context, reason);
	const output = context.getNode().typeVersion < 2 ? outputOfV1 : outputOf;
	return { workflowData: [[await itemWithMedia(context, body, output(body, fields))]] };
}

export async function handleCall(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	try {
		return await answer(this);
	} catch (error) {
		// A setting that became unreadable (e.g. the credential's Default Country Code): say it in the
		// log; the caller learns only that it failed.
		this.logger.error(`Z-API Trigger could not handle a call: ${(error as Error).message}`, {
			workflowId: this.getWorkflow().id,
			node: this.getNode().name,
		});
		try {
			return respond(this, 500, { error: 'The Z-API Trigger could not handle this call' });
		} catch {
			return { webhookResponse: { error: 'The Z-API Trigger could not handle this call' } };
		}
	}
}
