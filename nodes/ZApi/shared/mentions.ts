/**
 * Mentions on Send Text (Z-API: group/mention-participant.md): the numbers to mention, typed as a
 * list or taken from the group's participants ("Mention Everyone"), sent as Z-API's `mentioned`.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../transport/credentials';
import { zApiRequest } from '../transport/request';
import { connectedNumber } from './connectedNumber';
import { GROUP_ID_EXAMPLE, isGroupId } from './groupId';
import { inputError } from './nodeErrors';
import { readBoolean } from './parameters';
import { parsePhoneList, phoneDigits, readDefaultCountryCode } from './phones';
import { passNode } from './passParameters';

export const mentionFields: INodeProperties[] = [
	{
		displayName: 'Mentions',
		name: 'mentioned',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description:
			'Numbers to mention (tag) in the message, with country code and area code. Separate them with commas, semicolons or new lines, or map an array. Writing @5511999998888 in the text as well shows the mention where you want it; Z-API does not require it.',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888',
	},
	{
		displayName: 'Mention Everyone',
		name: 'mentionEveryone',
		type: 'boolean',
		default: false,
		description:
			'Whether to mention every participant of the group (read from the group first), except the number connected to the instance. Only for a group in Phone or Group ID: pick it From List or give its ID.',
	},
];

/** What the item asks for, read and checked before any request. */
interface MentionRequest {
	listed: string[];
	everyone: boolean;
}

async function readMentionRequest(
	this: IExecuteFunctions,
	fields: IDataObject,
	recipient: string,
	itemIndex: number,
): Promise<MentionRequest> {
	const everyone =
		fields.mentionEveryone === undefined || fields.mentionEveryone === null
			? false
			: readBoolean.call(this, itemIndex, 'Mention Everyone', fields.mentionEveryone);
	if (everyone && !isGroupId(recipient)) {
		throw inputError(
			this.getNode(),
			`Mention Everyone works only in a group, and Phone or Group ID is not a group (got "${recipient}"): pick the group From List or give its ID, e.g. ${GROUP_ID_EXAMPLE}, or turn Mention Everyone off`,
			itemIndex,
		);
	}
	const value = fields.mentioned;
	if (value === undefined || value === null || value === '') return { listed: [], everyone };
	const countryCode = await readDefaultCountryCode.call(this, itemIndex);
	try {
		return { listed: parsePhoneList(value, countryCode), everyone };
	} catch (error) {
		throw inputError(this.getNode(), `Mentions: ${(error as Error).message}`, itemIndex);
	}
}

// Read once per group for a run of the node: every item, and every retry pass (the same execute data
// object), mention the same people, so a retried send has the same body and is never sent twice.
const participantsOfRun = new WeakMap<object, Map<string, Promise<string[]>>>();

async function groupParticipants(
	this: IExecuteFunctions,
	groupId: string,
	itemIndex: number,
	timeout: number,
): Promise<string[]> {
	const run = this.getExecuteData();
	let known = participantsOfRun.get(run);
	if (!known) {
		known = new Map();
		participantsOfRun.set(run, known);
	}
	const credentialId = passNode(this).credentials?.[CREDENTIAL_TYPE]?.id ?? '';
	const key = `${credentialId} ${groupId}`;
	let participants = known.get(key);
	if (!participants) {
		participants = zApiRequest
			.call(this, {
				method: 'GET',
				endpoint: `/light-group-metadata/${encodeURIComponent(groupId)}`,
				itemIndex,
				timeout,
				action: `read the participants of the group ${groupId} to mention everyone`,
				expect: ['participants'],
			})
			.then((answer) =>
				(Array.isArray(answer.participants) ? (answer.participants as IDataObject[]) : [])
					.map((participant) => participant?.phone)
					.filter((phone) => typeof phone === 'string' || typeof phone === 'number')
					.map((phone) => String(phone).trim())
					.filter((phone) => phone !== ''),
			);
		known.set(key, participants);
		// A failure is not kept: a retry pass asks again (nothing was sent).
		participants.catch(() => known.delete(key));
	}
	return await participants;
}

/**
 * The `mentioned` list of the item: the Mentions typed in, then (Mention Everyone) the group's
 * participants without the connected number, duplicates dropped. Undefined when the item asks for no
 * mention. Input problems fail before any request.
 */
export async function readMentions(
	this: IExecuteFunctions,
	fields: IDataObject,
	recipient: string,
	itemIndex: number,
	timeout: number,
): Promise<string[] | undefined> {
	const { listed, everyone } = await readMentionRequest.call(this, fields, recipient, itemIndex);
	if (!everyone) return listed.length ? listed : undefined;
	const participants = await groupParticipants.call(this, recipient, itemIndex, timeout);
	const connected = await connectedNumber.call(this, itemIndex, timeout);
	const others = participants.filter(
		(phone) => /@lid$/i.test(phone) || phoneDigits(phone) !== connected,
	);
	return [...new Set([...listed, ...others])];
}
