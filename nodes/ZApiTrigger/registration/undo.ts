/**
 * create's safety net: check on Z-API that the changes took, and undo them (the flag first) when
 * something failed, so that a failed activation leaves the instance as it was.
 */
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { toNodeApiError } from '../../ZApi/transport/errors';
import type { WebhookKind } from '../webhookKinds';
import { SENT_BY_ME, WEBHOOK_KINDS } from '../webhookKinds';
import { failureText, log } from './context';
import type { CreatePlan } from './plan';
import { meUrl, sameWebhookUrl } from './plan';
import { putBackAction, setSentByMe, setWebhook } from './requests';

/** After the changes, `/me` must show them (a field it leaves out cannot be checked). */
export function verify(context: IHookFunctions, me: IDataObject, plan: CreatePlan, ourUrl: string) {
	for (const kind of Object.keys(plan.records) as WebhookKind[]) {
		const field = me[WEBHOOK_KINDS[kind].meField];
		if (typeof field !== 'string' || sameWebhookUrl(meUrl(me, kind), ourUrl)) continue;
		throw notKept(context, WEBHOOK_KINDS[kind].words);
	}
	if (plan.setFlag && typeof me[SENT_BY_ME.meField] === 'boolean' && !me[SENT_BY_ME.meField]) {
		throw notKept(context, SENT_BY_ME.words);
	}
}

function notKept(context: IHookFunctions, words: string) {
	return toNodeApiError(
		context.getNode(),
		{
			message: `Z-API accepted the change of ${words} but does not show it (GET /me)`,
			description:
				'Z-API answered the change as done, yet its settings show something else: another tool may have changed them at the same moment. Activate the workflow again.',
			mayHaveReachedZApi: false,
		},
		0,
	);
}

/** Undoes what create changed, the flag first; returns the kinds it could not put back. */
export async function rollBack(
	context: IHookFunctions,
	plan: CreatePlan,
	done: WebhookKind[],
	flagSet: boolean,
): Promise<WebhookKind[]> {
	const failed: WebhookKind[] = [];
	if (flagSet) {
		await setSentByMe(context, false).catch(async (error: unknown) => {
			log(
				context,
				'warn',
				`could not turn the sent-by-me flag back off: ${await failureText(context, error)}`,
			);
		});
	}
	for (const kind of [...done].reverse()) {
		try {
			await setWebhook(context, kind, plan.records[kind]!.previous, putBackAction(kind));
		} catch (error) {
			failed.push(kind);
			log(context, 'warn', `could not undo: ${await failureText(context, error)}`);
		}
	}
	return failed;
}

export function withDescription(error: unknown, text: string): unknown {
	if (error && typeof error === 'object' && 'description' in error) {
		const known = (error as { description?: unknown }).description;
		(error as { description?: string }).description =
			`${typeof known === 'string' ? known : ''} ${text}`.trim();
	}
	return error;
}
