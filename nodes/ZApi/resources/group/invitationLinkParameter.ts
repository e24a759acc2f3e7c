/** The Invitation Link parameter of Get Invitation Metadata and Accept Invitation, and its reader. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { INVITATION_LINK_EXAMPLE, parseInvitationLink } from '../../shared/invitationLink';
import { inputError } from '../../shared/nodeErrors';

/** `description`: what the link is for in this operation (one sentence, no final period). */
export function invitationLinkField(description: string): INodeProperties {
	return {
		displayName: 'Invitation Link',
		name: 'invitationLink',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${INVITATION_LINK_EXAMPLE}`,
		description,
		hint: 'A link of the form https://chat.whatsapp.com/…, as Group → Get Invitation Link gives it or a message carries it.',
	};
}

/** The item's invitation link, checked before any request. */
export function readInvitationLink(this: IExecuteFunctions, itemIndex: number): string {
	try {
		return parseInvitationLink(this.getNodeParameter('invitationLink', itemIndex) as unknown);
	} catch (error) {
		throw inputError(this.getNode(), `Invitation Link: ${(error as Error).message}`, itemIndex);
	}
}
