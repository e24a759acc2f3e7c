/**
 * Create's "If a Group With This Name Exists": the instance's groups by name, read from Z-API's group
 * list once per execution and credential, and kept up to date with the groups the execution creates.
 * Z-API has no idempotency key: this is what makes running a batch again safe.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { PAGE_SIZE, groupListPages } from '../../shared/groupList';
import { readInvitationLink } from '../../shared/invitationLink';
import { inputError } from '../../shared/nodeErrors';
import { readBoolean } from '../../shared/parameters';
import { lookupOncePerPass } from '../../shared/retryState';
import { CREDENTIAL_TYPE } from '../../transport/credentials';
import { passNode, readPassParameter } from '../../shared/passParameters';

export const IF_GROUP_EXISTS = ['createAnother', 'returnExisting', 'fail'] as const;
export type IfGroupExists = (typeof IF_GROUP_EXISTS)[number];

const onCreate = { '/resource': ['group'], '/operation': ['create'] };

/** Create's fields in the node's Options collection (beside Timeout and the pacing fields). */
export const existingGroupOptions: INodeProperties[] = [
	{
		displayName: 'If a Group With This Name Exists',
		name: 'ifGroupExists',
		type: 'options',
		noDataExpression: true,
		default: 'createAnother',
		options: [
			{
				name: 'Create Another',
				value: 'createAnother',
				description: 'Create the group anyway: WhatsApp allows two groups with one name',
			},
			{
				name: 'Return the Existing Group',
				value: 'returnExisting',
				description:
					'Create nothing; output the existing group with alreadyExisted: true. Safe for running a batch again.',
			},
			{
				name: 'Fail the Item',
				value: 'fail',
				description: 'Fail the item with an error that names the group and gives its ID',
			},
		],
		description:
			"What to do when this instance already has a group with exactly this name. Any choice but Create Another reads the instance's group list once per execution (100 groups per request).",
		displayOptions: { show: onCreate },
	},
	{
		displayName: 'Apply Follow-Ups Again',
		name: 'applyFollowUpsAgain',
		type: 'boolean',
		default: false,
		description:
			'Whether to set the photo, description and admins and send the welcome message (Additional Fields) to a group that already exists. Off: they are skipped and listed in the output field followUpsSkipped.',
		displayOptions: { show: { ...onCreate, ifGroupExists: ['returnExisting'] } },
	},
];

export interface ExistingGroupOptions {
	ifGroupExists: IfGroupExists;
	applyFollowUpsAgain: boolean;
}

/** Options, checked before anything is sent: a value from an expression must be one of the choices. */
export function readExistingGroupOptions(
	this: IExecuteFunctions,
	itemIndex: number,
): ExistingGroupOptions {
	const options = readPassParameter<IDataObject>(this, 'options', itemIndex, {});
	const ifGroupExists = options.ifGroupExists ?? 'createAnother';
	if (!IF_GROUP_EXISTS.includes(ifGroupExists as IfGroupExists)) {
		throw inputError(
			this.getNode(),
			`If a Group With This Name Exists must be one of ${IF_GROUP_EXISTS.join(', ')} (got ${JSON.stringify(ifGroupExists)})`,
			itemIndex,
		);
	}
	const again = options.applyFollowUpsAgain;
	return {
		ifGroupExists: ifGroupExists as IfGroupExists,
		applyFollowUpsAgain:
			again !== undefined && readBoolean.call(this, itemIndex, 'Apply Follow-Ups Again', again),
	};
}

/** A group of the instance: listed by Z-API, or created (or maybe created) by this execution. */
export interface KnownGroup {
	id: string;
	/** Output of the create that made it in this execution: its invitation link is known. */
	created?: IDataObject;
	/** A create of this name whose answer was lost: the group may or may not exist. */
	uncertain?: boolean;
	/** The node run and item that created it (a retry pass of that item is not a second create). */
	by?: { run: object; itemIndex: number };
}

export class GroupsByName {
	private readonly byName = new Map<string, KnownGroup[]>();

	named(name: string): KnownGroup[] {
		return this.byName.get(name.trim()) ?? [];
	}

	add(name: string, group: KnownGroup): void {
		const key = name.trim();
		this.byName.set(key, [...this.named(key).filter((known) => known.id !== group.id), group]);
	}
}

/**
 * The group lists of the executions that used one most recently, by execution and credential. A list
 * can be large (one entry per group of the instance), so a worker keeps 20, not one per execution of
 * the last 200 as for small lookups; an execution whose list was dropped reads it again.
 */
const KEEP_LISTS = 20;
const recentLists = new Map<string, GroupsByName>();

/**
 * The instance's groups by name: the whole group list (every page) read once per execution and
 * credential; a failure fails this pass's items and is read again on a retry.
 */
export async function groupsByName(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
): Promise<GroupsByName> {
	const credentialId = passNode(this).credentials?.[CREDENTIAL_TYPE]?.id ?? '';
	const executionId = this.getExecutionId?.();
	const key = `${executionId} ${credentialId}`;
	const kept = executionId ? recentLists.get(key) : undefined;
	if (kept) {
		recentLists.delete(key); // most recently used last
		recentLists.set(key, kept);
		return kept;
	}
	const groups = await lookupOncePerPass(this, `groupsByName ${credentialId}`, async () => {
		const read = new GroupsByName();
		const pages = groupListPages.call(this, {
			pageSize: PAGE_SIZE,
			itemIndex,
			timeout,
			endlessAdvice: 'set If a Group With This Name Exists to Create Another',
		});
		for await (const page of pages) {
			for (const entry of page.groups) {
				if (typeof entry.name !== 'string' || typeof entry.phone !== 'string') continue;
				read.add(entry.name, { id: entry.phone });
			}
		}
		return read;
	});
	if (executionId) {
		recentLists.set(key, groups);
		while (recentLists.size > KEEP_LISTS) recentLists.delete(recentLists.keys().next().value!);
	}
	return groups;
}

/**
 * The listed group this item must not create again, or undefined: create it. Throws under Fail the
 * Item, for a name that two groups have, and after a create of this name whose answer was lost.
 */
export function existingGroupFor(
	this: IExecuteFunctions,
	itemIndex: number,
	groups: GroupsByName,
	groupName: string,
	ifGroupExists: IfGroupExists,
): KnownGroup | undefined {
	const run = this.getExecuteData();
	// A retry pass of the item that created it goes on as without this option: the create is answered
	// from the first pass, and the follow-ups that failed are tried again.
	const matches = groups
		.named(groupName)
		.filter((known) => !(known.by?.run === run && known.by.itemIndex === itemIndex));
	if (matches.length === 0) return undefined;
	const fail = (message: string) => inputError(this.getNode(), message, itemIndex);
	if (matches.some((known) => known.uncertain)) {
		throw fail(
			`The group "${groupName}" may already exist: a create of this name earlier in this execution may have reached Z-API (its answer was lost). Look for it with Group → Get Many before creating it, or run the workflow again with Return the Existing Group`,
		);
	}
	if (matches.length > 1) {
		throw fail(
			`${matches.length} groups of this Z-API instance are named "${groupName}" (${matches.map((known) => known.id).join(', ')}): it is not clear which one to return. Rename or leave the extra ones, or use one of them by its ID`,
		);
	}
	if (ifGroupExists === 'fail') {
		throw fail(
			`A group named "${groupName}" already exists on this Z-API instance (${matches[0].id}), and If a Group With This Name Exists is set to Fail the Item`,
		);
	}
	return matches[0];
}

/** The existing group's output: its id, a current invitation link (read now) and alreadyExisted. */
export async function existingGroupOutput(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	groupName: string,
	known: KnownGroup,
): Promise<IDataObject> {
	let invitationLink = known.created?.invitationLink;
	if (!known.created) {
		const answer = await readInvitationLink.call(this, known.id, {
			itemIndex,
			timeout,
			action: `get the invitation link of the existing group "${groupName}" (${known.id})`,
		});
		invitationLink = answer.invitationLink;
	}
	return {
		phone: known.id,
		groupId: known.id,
		invitationLink: invitationLink ?? null,
		groupName,
		alreadyExisted: true,
	};
}
