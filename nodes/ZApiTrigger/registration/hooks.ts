/**
 * n8n's webhook methods for the trigger: checkExists and create when a workflow is activated (or
 * listens for a test event), delete when it stops. n8n ignores what they return; a throw fails the
 * activation. After a failed create n8n calls delete twice, with the static data of its database, so
 * create undoes its own changes and delete is a no-op when nothing is recorded.
 */
import type { IHookFunctions } from 'n8n-workflow';

import { mayHaveReachedZApi } from '../../ZApi/shared/retryState';
import { webhooksFor } from '../events';
import { newSecret, storedSecret, withSecretInPath } from '../secret';
import { checkSettings } from '../settings';
import type { WebhookKind } from '../webhookKinds';
import { SENT_BY_ME, WEBHOOK_KINDS } from '../webhookKinds';
import { dataOf, failureText, log, refusal } from './context';
import type { Records } from './plan';
import { conflictMessage, isRegistered, ordered, planCreate, planRestore } from './plan';
import {
	hookCredentials,
	pointAction,
	putBackAction,
	readMe,
	setSentByMe,
	setWebhook,
} from './requests';
import { ourUrlOf, queryNotKept } from './secretForm';
import { rollBack, verify, withDescription } from './undo';

function webhookUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw refusal(context, 'n8n gave the Z-API Trigger no webhook URL');
	let protocol = '';
	try {
		protocol = new URL(url).protocol;
	} catch {
		// not a URL at all: refused below
	}
	if (protocol !== 'https:') {
		throw refusal(
			context,
			`Z-API only accepts https:// webhook URLs, and this n8n's webhook URL starts with ${protocol ? `${protocol}//` : 'something else'}. Put a public https address in front of n8n (a tunnel such as cloudflared or ngrok, or a reverse proxy), set WEBHOOK_URL to it and restart n8n: the trigger's documentation (docs/trigger.md, "A local n8n") gives the two commands.`,
		);
	}
	return url;
}

/** The end of this node's webhook path, the same in its test and production URLs. */
function ownTail(context: IHookFunctions, url: string): string {
	const { webhookId } = context.getNode();
	const path = new URL(url).pathname;
	const at = path.lastIndexOf(`/${webhookId ?? context.getWorkflow().id}/`);
	return at >= 0 ? path.slice(at) : path;
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const settings = await checkSettings.call(this);
	if (settings.registration === 'manual') return true;
	const data = dataOf(this);
	const secret = storedSecret(data);
	const url = this.getNodeWebhookUrl('default');
	if (!secret || !url?.startsWith('https://')) return false;
	if (data.instanceId !== (await hookCredentials(this)).instanceId) return false;
	const { kinds, sentByMe } = webhooksFor(settings.events);
	return isRegistered(await readMe(this), kinds, sentByMe, ourUrlOf(this, url, secret));
}

/** Runs `changed` once the change is made, or may have been made (a timeout, a 5xx): undo it then too. */
async function tracked(change: Promise<void>, changed: () => unknown): Promise<void> {
	const failure = await change.then(
		() => undefined,
		(error: unknown) => ({ error }),
	);
	if (!failure || mayHaveReachedZApi(failure.error)) changed();
	if (failure) throw failure.error;
}

export async function create(this: IHookFunctions): Promise<boolean> {
	const settings = await checkSettings.call(this);
	if (settings.registration === 'manual') return true;
	const url = webhookUrl(this);
	const data = dataOf(this);
	const secret = storedSecret(data) ?? newSecret();
	if (data.secret !== secret) data.secret = secret;
	const { instanceId } = await hookCredentials(this);
	const sameInstance = data.instanceId === instanceId;
	const before = {
		records: sameInstance ? (data.records ?? {}) : {},
		sentByMe: sameInstance ? data.sentByMe : undefined,
	};
	const { kinds, sentByMe } = webhooksFor(settings.events);
	let ourUrl = ourUrlOf(this, url, secret);
	const plan = planCreate({
		me: await readMe(this),
		kinds,
		sentByMe,
		ourUrl,
		ownTail: ownTail(this, url),
		records: before.records,
		storedSentByMe: before.sentByMe,
		replaceExisting: settings.replaceExisting,
		testMode: this.getActivationMode() === 'manual',
	});
	if (plan.conflicts.length) throw refusal(this, conflictMessage(plan.conflicts));

	// Recorded before the first change, so that a rollback or delete knows what to put back.
	data.instanceId = instanceId;
	data.records = { ...before.records, ...plan.records };
	if (plan.sentByMe) data.sentByMe = plan.sentByMe;
	else if (sentByMe || !sameInstance) delete data.sentByMe;

	const done: WebhookKind[] = [];
	let flagSet = false;
	try {
		for (const { kind, value } of plan.puts) {
			await tracked(setWebhook(this, kind, value, pointAction(kind)), () => done.push(kind));
		}
		if (plan.setFlag) await tracked(setSentByMe(this, true), () => (flagSet = true));
		let me = await readMe(this);
		const recorded = ordered(Object.keys(plan.records) as WebhookKind[]);
		if (queryNotKept(me, recorded, ourUrl)) {
			ourUrl = withSecretInPath(url, secret, this.getActivationMode() === 'manual');
			data.secretInPath = true;
			log(
				this,
				'info',
				'Z-API did not keep the query of the webhook URL: the secret goes in its path',
			);
			for (const kind of recorded) {
				plan.records[kind] = { ...plan.records[kind]!, url: ourUrl };
				data.records = { ...data.records, [kind]: plan.records[kind] };
				const changed = () => done.includes(kind) || done.push(kind);
				await tracked(setWebhook(this, kind, ourUrl, pointAction(kind)), changed);
			}
			me = await readMe(this);
		}
		verify(this, me, plan, ourUrl);
	} catch (error) {
		const failed = await rollBack(this, plan, done, flagSet);
		const kept: Records = { ...before.records };
		for (const kind of failed) kept[kind] = plan.records[kind];
		data.records = kept;
		if (before.sentByMe) data.sentByMe = before.sentByMe;
		else delete data.sentByMe;
		if (failed.length) {
			const words = failed.map((kind) => WEBHOOK_KINDS[kind].words).join(', ');
			throw withDescription(
				error,
				`The trigger could not put back ${words}: check it in the Z-API panel.`,
			);
		}
		throw withDescription(
			error,
			done.length || flagSet ? 'The webhooks the trigger had already changed were put back.' : '',
		);
	}
	const changed = plan.puts.map(({ kind }) => WEBHOOK_KINDS[kind].words);
	if (plan.setFlag) changed.push(SENT_BY_ME.words);
	if (changed.length)
		log(this, 'info', `pointed ${changed.join(', ')} of the Z-API instance at this workflow`);
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = dataOf(this);
	const records: Records = { ...(data.records ?? {}) };
	if (Object.keys(records).length === 0 && !data.sentByMe) return true;
	try {
		if (data.instanceId !== (await hookCredentials(this)).instanceId) {
			log(
				this,
				'warn',
				'the credential now points at another Z-API instance: its webhooks were left as they are',
			);
			delete data.records;
			delete data.sentByMe;
			return true;
		}
		const plan = planRestore(await readMe(this), data);
		if (plan.resetFlag) await setSentByMe(this, false);
		delete data.sentByMe;
		for (const { kind, value } of plan.puts) {
			try {
				await setWebhook(this, kind, value, putBackAction(kind));
				delete records[kind];
				log(this, 'info', `put back the previous address of ${WEBHOOK_KINDS[kind].words}`);
			} catch (error) {
				log(this, 'warn', `could not put back: ${await failureText(this, error)}`);
			}
		}
		for (const kind of plan.takenOver) {
			delete records[kind];
			log(this, 'info', `${WEBHOOK_KINDS[kind].words} now points elsewhere: left as it is`);
		}
		for (const kind of plan.unknown) {
			delete records[kind];
			log(
				this,
				'warn',
				`Z-API's GET /me does not show ${WEBHOOK_KINDS[kind].words}: left as it is`,
			);
		}
		if (Object.keys(records).length) data.records = records;
		else delete data.records;
	} catch (error) {
		// Deactivation must work while Z-API is down; the records stay for the next activation.
		log(this, 'warn', `could not restore the Z-API webhooks: ${await failureText(this, error)}`);
	}
	return true;
}
