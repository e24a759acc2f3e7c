import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { inputError, keepOwnMessage } from '../../shared/nodeErrors';
import { readBoolean, readOptionalText } from '../../shared/parameters';
import { parsePhoneList, readDefaultCountryCode } from '../../shared/phones';
import { mayHaveReachedZApi, recordErrorFacts, sendOnce } from '../../shared/retryState';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import { zApiRequest } from '../../transport/request';
import { MESSAGE_MAY_HAVE_BEEN_SENT } from '../../shared/send';
import { readPhoto } from './createPhoto';
import { readPassParameter } from '../../shared/passParameters';

/** What the follow-ups will do, read and checked before the group is created. */
export interface FollowUpPlan {
	photo?: string;
	description?: string;
	admins?: string[];
	welcomeMessage?: string;
	tolerateFailures: boolean;
}

/** Reads Additional Fields; bad input fails here, before anything is sent. */
export async function readFollowUps(
	this: IExecuteFunctions,
	itemIndex: number,
	participants: string[],
): Promise<FollowUpPlan> {
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	// Nothing added, as in most creates: no follow-up, and nothing for readPlan to check.
	if (Object.keys(fields).length === 0) return { tolerateFailures: false };
	return await readPlan.call(this, itemIndex, participants, fields);
}

async function readPlan(
	this: IExecuteFunctions,
	itemIndex: number,
	participants: string[],
	fields: IDataObject,
): Promise<FollowUpPlan> {
	const fail = (message: string) => inputError(this.getNode(), message, itemIndex);
	const optionalText = (displayName: string, value: unknown) =>
		readOptionalText.call(this, itemIndex, displayName, value) || undefined;
	const plan: FollowUpPlan = {
		tolerateFailures:
			fields.tolerateFollowUpFailures !== undefined &&
			readBoolean.call(this, itemIndex, 'Ignore Follow-Up Errors', fields.tolerateFollowUpFailures),
	};

	plan.photo = await readPhoto.call(this, itemIndex, fields);

	plan.description = optionalText('Group Description', fields.groupDescription);

	if (fields.admins !== undefined && fields.admins !== '') {
		let admins: string[];
		const countryCode = await readDefaultCountryCode.call(this, itemIndex);
		try {
			admins = parsePhoneList(fields.admins, countryCode);
		} catch (error) {
			throw fail(`Admins: ${(error as Error).message}`);
		}
		const strangers = admins.filter((admin) => !participants.includes(admin));
		if (strangers.length) {
			throw fail(
				`Admins: ${strangers.join(', ')} ${strangers.length === 1 ? 'is' : 'are'} not among the participants (${participants.join(', ')}): only participants can be made admins`,
			);
		}
		if (admins.length) plan.admins = admins;
	}

	// Sent as written, line breaks and spaces included.
	if (optionalText('Welcome Message', fields.welcomeMessage)) {
		plan.welcomeMessage =
			typeof fields.welcomeMessage === 'number'
				? String(fields.welcomeMessage)
				: (fields.welcomeMessage as string);
	}
	return plan;
}

// The follow-ups, in the order they run, by the name the output uses for them (followUpsSkipped).
const FOLLOW_UP_STEPS = ['photo', 'description', 'admins', 'welcomeMessage'] as const;

/** The follow-ups the plan will run. */
export function plannedFollowUps(plan: FollowUpPlan): string[] {
	return FOLLOW_UP_STEPS.filter((step) => Boolean(plan[step]));
}

export function hasFollowUps(plan: FollowUpPlan): boolean {
	return FOLLOW_UP_STEPS.some((step) => Boolean(plan[step]));
}

/** The connected number is an admin anyway, as the group's creator: it is not promoted. */
export function leaveOutConnectedAdmin(plan: FollowUpPlan, connected: string): void {
	plan.admins = plan.admins?.filter((admin) => admin !== connected);
	if (plan.admins?.length === 0) delete plan.admins;
}

/**
 * Runs the planned steps for the group just created, in order. Each goes through sendOnce: on n8n's
 * Retry On Fail a step that succeeded (or may have reached Z-API) is answered from the first run, so
 * the welcome message is never sent twice; a step Z-API refused is tried again. Returns the output
 * fields; throws (unless failures are tolerated) an error that names the group, its id and link, and
 * carries the whole output in `partialOutput` for On Error: Continue.
 */
export async function runFollowUps(
	this: IExecuteFunctions,
	itemIndex: number,
	group: IDataObject,
	plan: FollowUpPlan,
	timeout: number,
): Promise<IDataObject> {
	const groupId = group.phone as string;
	const name = `the group "${group.groupName as string}"`;
	const steps: Array<{
		endpoint: string;
		body: IDataObject;
		action: string;
		ifUncertain?: string;
		done: (answer: IDataObject) => IDataObject;
		errorField: string;
	}> = [];
	if (plan.photo) {
		steps.push({
			endpoint: '/update-group-photo',
			body: { groupId, groupPhoto: plan.photo },
			action: `set the photo of ${name}`,
			done: () => ({ photoUpdated: true }),
			errorField: 'photoError',
		});
	}
	if (plan.description) {
		steps.push({
			endpoint: '/update-group-description',
			body: { groupId, groupDescription: plan.description },
			action: `set the description of ${name}`,
			done: () => ({ descriptionUpdated: true }),
			errorField: 'descriptionError',
		});
	}
	if (plan.admins) {
		steps.push({
			endpoint: '/add-admin',
			body: { groupId, phones: plan.admins },
			action: `make ${plan.admins.join(', ')} admins of ${name}`,
			done: () => ({ adminsPromoted: plan.admins! }),
			errorField: 'adminsError',
		});
	}
	if (plan.welcomeMessage) {
		steps.push({
			endpoint: '/send-text',
			body: { phone: groupId, message: plan.welcomeMessage },
			action: `send the welcome message to ${name}`,
			ifUncertain: MESSAGE_MAY_HAVE_BEEN_SENT,
			done: (answer) => ({ welcomeMessageId: answer.messageId }),
			errorField: 'welcomeMessageError',
		});
	}

	const output: IDataObject = {};
	const errors: unknown[] = [];
	for (const step of steps) {
		try {
			const answer = await sendOnce(this, `${step.endpoint}:${itemIndex}:${groupId}`, async () => {
				const request = {
					method: 'POST' as const,
					endpoint: step.endpoint,
					body: step.body,
					itemIndex,
					timeout,
					action: step.action,
					ifUncertain: step.ifUncertain,
				};
				// Photo, description and admins answer {"value": true}; send-text a message id.
				return step.endpoint === '/send-text'
					? await zApiRequest.call(this, { ...request, expect: ['messageId'] })
					: await zApiRequestValueTrue.call(this, request);
			});
			Object.assign(output, step.done(answer));
		} catch (error) {
			output[step.errorField] = (error as Error).message;
			errors.push(error);
		}
	}

	if (errors.length && !plan.tolerateFailures) {
		const reasons = errors.map((error) => (error as Error).message);
		const happened = group.alreadyExisted === true ? 'already existed' : 'was created';
		const message = `${name[0].toUpperCase()}${name.slice(1)} ${happened} (${groupId}, ${String(group.invitationLink)}), but ${reasons.length === 1 ? 'a follow-up step' : `${reasons.length} follow-up steps`} failed: ${reasons.join('; ')}`;
		const first = errors[0];
		// A fresh error object: the original stays in sendOnce's ledger with its own message.
		const error =
			first instanceof NodeApiError
				? new NodeApiError(
						this.getNode(),
						{ message },
						{ message, httpCode: first.httpCode ?? undefined, itemIndex },
					)
				: new NodeOperationError(this.getNode(), message, { itemIndex });
		keepOwnMessage(error, message);
		error.description =
			'The group exists: its id and invitation link are in this message (and in the output under On Error: Continue). Fix the cause and do the failed step with the matching Group operation, or set "Ignore Follow-Up Errors".';
		throw recordErrorFacts(error, {
			partialOutput: { ...group, ...output },
			mayHaveReachedZApi: errors.some(mayHaveReachedZApi),
		});
	}
	return output;
}
