/** What the four participant operations of a community (add, remove, promote, demote) share. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { communityIdField, readCommunityIdParameter } from '../../shared/communityId';
import type { OperationContext } from '../../shared/operation';
import { readBooleanParameter } from '../../shared/parameters';
import { readPhonesParameter } from '../../shared/phones';
import { phonesField } from '../group/participants';
import { changeCommunity } from './change';
import { COMMUNITY_ID_TEXT } from './toolText';
import { TOOL_TEXT } from '../../shared/toolDescription';

export interface MemberChange {
	operation: 'addParticipants' | 'removeParticipants' | 'promoteAdmins' | 'demoteAdmins';
	/** The same paths as the group operations, with communityId instead of groupId. */
	endpoint: '/add-participant' | '/remove-participant' | '/add-admin' | '/remove-admin';
	/** Whose numbers the Phones field takes. */
	who: string;
	/** Words for messages, completed with the community id. */
	action: string;
	doneField: 'added' | 'removed' | 'promoted' | 'demoted';
	lidIds: 'accepted' | 'refused';
	/** What the AI model is told it does, before the input. */
	tool: string;
}

const AUTO_INVITE: INodeProperties = {
	displayName: 'Auto Invite',
	name: 'autoInvite',
	type: 'boolean',
	default: true,
	description:
		'Whether to send a private invitation link to people that cannot be added directly (for example because they have not saved your number)',
};

/** The operation file's exports for one change: `description`, `toolDescription` and `execute`. */
export function memberOperation(change: MemberChange) {
	const properties: INodeProperties[] = [communityIdField, phonesField(change.who, change.lidIds)];
	if (change.operation === 'addParticipants') properties.push(AUTO_INVITE);
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['community'], operation: [change.operation] } },
			properties,
		),
		toolDescription: `${change.tool} Input: ${COMMUNITY_ID_TEXT}, and their ${TOOL_TEXT.phones}. Returns ${change.doneField}: true.`,
		/** POST {communityId, phones} (add: {autoInvite, communityId, phones}), answered {value: true}. */
		async execute(
			this: IExecuteFunctions,
			itemIndex: number,
			{ timeout }: OperationContext,
		): Promise<IDataObject> {
			const communityId = readCommunityIdParameter.call(this, itemIndex);
			const phones = await readPhonesParameter.call(this, itemIndex, change.lidIds);
			const body: IDataObject =
				change.operation === 'addParticipants'
					? {
							autoInvite: readBooleanParameter.call(this, 'autoInvite', 'Auto Invite', itemIndex),
							communityId,
							phones,
						}
					: { communityId, phones };
			await changeCommunity.call(this, {
				method: 'POST',
				endpoint: change.endpoint,
				body,
				itemIndex,
				timeout,
				action: `${change.action} ${communityId}`,
				confirm: 'value',
			});
			const output: IDataObject = { communityId, phones };
			if (body.autoInvite !== undefined) output.autoInvite = body.autoInvite;
			output[change.doneField] = true;
			return output;
		},
	};
}
