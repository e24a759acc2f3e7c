/** What the four participant operations (add, remove, promote, demote) share. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readGroupIdParameter } from '../../shared/groupId';
import { readBooleanParameter } from '../../shared/parameters';
import { readPhonesParameter } from '../../shared/phones';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

/** What the Phones hints say about numbers written without a country code (Create's says it too). */
const NATIONAL_HINT =
	'A number without its country code, e.g. (11) 99999-8888, needs the Default Country Code of the Z-API credential.';

const LIST_FORMS =
	'Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and duplicates are dropped';

/** The Phones parameter of one participant operation; `who` says whose numbers they are. */
export function phonesField(who: string, lidIds: 'accepted' | 'refused'): INodeProperties {
	const lid =
		lidIds === 'accepted'
			? 'WhatsApp private IDs (…@lid) are passed on as they are'
			: 'WhatsApp private IDs (…@lid) cannot be added: Z-API does not take them here';
	return {
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description: `${who}: phone numbers with country code and area code. ${LIST_FORMS}; ${lid}.`,
		hint: `Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888. ${NATIONAL_HINT}`,
	};
}

export interface ParticipantChange {
	endpoint: '/add-participant' | '/remove-participant' | '/add-admin' | '/remove-admin';
	/** Words for messages, completed with the group id: `add participants to the group`. */
	action: string;
	/** The output field that says it was done: `added`, `removed`… */
	doneField: string;
	lidIds: 'accepted' | 'refused';
	/** Read the Auto Invite parameter and send it (add-participant only). */
	autoInvite?: boolean;
}

/** Reads Group ID and Phones (and Auto Invite), sends the change, outputs `{groupId, phones, …}`. */
export async function changeParticipants(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
	change: ParticipantChange,
): Promise<IDataObject> {
	const groupId = await readGroupIdParameter.call(this, itemIndex, timeout);
	const phones = await readPhonesParameter.call(this, itemIndex, change.lidIds);
	const autoInvite = change.autoInvite
		? readBooleanParameter.call(this, 'autoInvite', 'Auto Invite', itemIndex)
		: undefined;

	const body: IDataObject =
		autoInvite === undefined ? { groupId, phones } : { autoInvite, groupId, phones };
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: change.endpoint,
		body,
		itemIndex,
		timeout,
		action: `${change.action} ${groupId}`,
	});
	const output: IDataObject = { groupId, phones };
	if (autoInvite !== undefined) output.autoInvite = autoInvite;
	output[change.doneField] = true;
	return output;
}
