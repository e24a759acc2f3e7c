import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectedNumber } from '../../shared/connectedNumber';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readBoolean, readBooleanParameter, readTextParameter } from '../../shared/parameters';
import { readPhonesParameter } from '../../shared/phones';
import { lookupOnce, sendOnce } from '../../shared/retryState';
import { checkParticipants, listed } from '../../shared/whatsAppNumbers';
import { CREDENTIAL_TYPE } from '../../transport/credentials';
import { zApiRequest } from '../../transport/request';
import { additionalFields } from './additionalFields';
import type { FollowUpPlan } from './createFollowUps';
import {
	hasFollowUps,
	leaveOutConnectedAdmin,
	plannedFollowUps,
	readFollowUps,
	runFollowUps,
} from './createFollowUps';
import type { ExistingGroupOptions, GroupsByName, KnownGroup } from './existingGroups';
import {
	existingGroupFor,
	existingGroupOutput,
	groupsByName,
	readExistingGroupOptions,
} from './existingGroups';
import { passNode, readPassParameter } from '../../shared/passParameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The name of the new WhatsApp group. Participants see it at the top of the chat.',
	},
	{
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description:
			'The participants: phone numbers with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and duplicates are dropped; WhatsApp private IDs (…@lid) are passed on as they are.',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888. A number without its country code, e.g. (11) 99999-8888, needs the Default Country Code of the Z-API credential. The number connected to your Z-API instance is always left out: you are in the group as its creator.',
	},
	{
		displayName: 'Auto Invite',
		name: 'autoInvite',
		type: 'boolean',
		default: true,
		description:
			'Whether to send a private invitation link to participants that cannot be added directly (for example because they have not saved your number). Such participants are listed in the output field phonesNotAdded until they accept.',
	},
	additionalFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['create'] } },
	properties,
);

/**
 * Only Numbers on WhatsApp: the participants that have WhatsApp, each in WhatsApp's form (outputPhone,
 * as the group will list them: the form /add-admin needs too), and those that do not. Admins without
 * WhatsApp cannot be participants: they are dropped (phonesWithoutWhatsApp lists them).
 */
async function keepNumbersOnWhatsApp(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	participants: string[],
	followUps: FollowUpPlan,
	connected: string,
): Promise<{ phones: string[]; phonesWithoutWhatsApp: string[] }> {
	// Asked once per execution: a retry pass of the node creates with the same list, so the create's
	// sendOnce recognises a create that may have happened (the check only reads).
	const credentialId = passNode(this).credentials?.[CREDENTIAL_TYPE]?.id ?? '';
	const key = `phone-exists-batch ${credentialId} ${itemIndex} ${JSON.stringify(participants)}`;
	const { onWhatsApp, withoutWhatsApp } = await lookupOnce(this, key, async () =>
		checkParticipants.call(this, participants, { itemIndex, timeout }),
	);
	const inWhatsAppForm = (phones: string[]) => [
		...new Set(
			phones.flatMap((phone) => onWhatsApp.get(phone) ?? []).filter((phone) => phone !== connected),
		),
	];
	const phones = inWhatsAppForm(participants);
	if (phones.length === 0) {
		// Without any number lacking WhatsApp, every one was the connected number in WhatsApp's form.
		const message = withoutWhatsApp.length
			? `Phones: none of the participants has WhatsApp (${listed(withoutWhatsApp)}), so the group was not created (Only Numbers on WhatsApp is on)`
			: `Phones: ${participants.join(', ')} ${participants.length === 1 ? 'is' : 'are'}, as WhatsApp has it, the number connected to this Z-API instance (${connected}), which is in the group anyway as its creator: add at least one other participant`;
		throw inputError(this.getNode(), message, itemIndex);
	}
	followUps.admins = followUps.admins && inWhatsAppForm(followUps.admins);
	if (followUps.admins?.length === 0) delete followUps.admins;
	return { phones, phonesWithoutWhatsApp: withoutWhatsApp };
}

/**
 * Return the Existing Group: the group as it is, with the follow-ups skipped (listed in the output)
 * unless Apply Follow-Ups Again is on.
 */
async function returnExisting(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	groupName: string,
	known: KnownGroup,
	followUps: FollowUpPlan,
	{ applyFollowUpsAgain }: ExistingGroupOptions,
): Promise<IDataObject> {
	const group = await existingGroupOutput.call(this, itemIndex, timeout, groupName, known);
	if (!applyFollowUpsAgain || !hasFollowUps(followUps)) {
		return { ...group, followUpsSkipped: applyFollowUpsAgain ? [] : plannedFollowUps(followUps) };
	}
	if (followUps.admins) {
		leaveOutConnectedAdmin(followUps, await connectedNumber.call(this, itemIndex, timeout));
	}
	const done = hasFollowUps(followUps)
		? await runFollowUps.call(this, itemIndex, group, followUps, timeout)
		: {};
	return { ...group, followUpsSkipped: [], ...done };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupName = readTextParameter.call(this, itemIndex, {
		name: 'groupName',
		displayName: 'Group Name',
		hint: 'give the group a name, e.g. "Sales Team"',
	});
	const requested = await readPhonesParameter.call(this, itemIndex, 'accepted');
	const autoInvite = readBooleanParameter.call(this, 'autoInvite', 'Auto Invite', itemIndex);
	const followUps = await readFollowUps.call(this, itemIndex, requested);
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const onlyOnWhatsApp =
		fields.onlyNumbersOnWhatsApp !== undefined &&
		readBoolean.call(this, itemIndex, 'Only Numbers on WhatsApp', fields.onlyNumbersOnWhatsApp);
	const ifExists = readExistingGroupOptions.call(this, itemIndex);

	let groups: GroupsByName | undefined;
	if (ifExists.ifGroupExists !== 'createAnother') {
		groups = await groupsByName.call(this, itemIndex, timeout);
		const known = existingGroupFor.call(this, itemIndex, groups, groupName, ifExists.ifGroupExists);
		if (known) {
			return await returnExisting.call(
				this,
				itemIndex,
				timeout,
				groupName,
				known,
				followUps,
				ifExists,
			);
		}
	}

	const connected = await connectedNumber.call(this, itemIndex, timeout);
	let phones = requested.filter((phone) => phone !== connected);
	if (phones.length === 0) {
		throw inputError(
			this.getNode(),
			`Phones: the only participant given (${connected}) is the number connected to this Z-API instance, which is in the group anyway as its creator: add at least one other participant`,
			itemIndex,
		);
	}
	leaveOutConnectedAdmin(followUps, connected);

	let checked: IDataObject = {};
	if (onlyOnWhatsApp) {
		const kept = await keepNumbersOnWhatsApp.call(
			this,
			itemIndex,
			timeout,
			phones,
			followUps,
			connected,
		);
		phones = kept.phones;
		checked = { phonesWithoutWhatsApp: kept.phonesWithoutWhatsApp };
	}

	const body = { groupName, phones, autoInvite };
	// Only with If a Group With This Name Exists: what this item adds to the execution's group list.
	const tracked = groups && { groups, by: { run: this.getExecuteData(), itemIndex } };
	// A later item of this name must not create it again, nor take it for absent, if the answer is lost.
	const uncertain =
		tracked &&
		(() => tracked.groups.add(groupName, { id: `?${itemIndex}`, uncertain: true, by: tracked.by }));
	let group = await createGroup.call(this, itemIndex, timeout, body, checked, uncertain);
	if (tracked) {
		tracked.groups.add(groupName, { id: group.phone as string, created: group, by: tracked.by });
		group = { ...group, alreadyExisted: false };
	}
	if (!hasFollowUps(followUps)) return group;
	return { ...group, ...(await runFollowUps.call(this, itemIndex, group, followUps, timeout)) };
}

/** POST /create-group. Creating a group is not idempotent: a retry of the node must not create it twice. */
function createGroup(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	body: { groupName: string; phones: string[]; autoInvite: boolean },
	checked: IDataObject,
	onUncertain?: () => void,
): Promise<IDataObject> {
	const { groupName, phones } = body;
	const key = `/create-group:${itemIndex}:${JSON.stringify(body)}`;
	return sendOnce(
		this,
		key,
		async () => {
			const answer = await zApiRequest.call(this, {
				method: 'POST',
				endpoint: '/create-group',
				body,
				itemIndex,
				timeout,
				action: `create the group "${groupName}"`,
				ifUncertain: `The group may have been created anyway: do not create it again, or there may be two groups named "${groupName}". Look for it first with Group → Get Many, or run the workflow again with If a Group With This Name Exists set to Return the Existing Group.`,
				expect: ['phone'],
			});
			return {
				phone: answer.phone,
				groupId: answer.phone,
				invitationLink: answer.invitationLink ?? null,
				phonesNotAdded: Array.isArray(answer.phonesNotAdded) ? answer.phonesNotAdded : [],
				groupName,
				phones,
				...checked,
			} as IDataObject;
		},
		onUncertain,
	);
}
