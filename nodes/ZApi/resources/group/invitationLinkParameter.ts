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
		// The whole example does not fit in the field: it is in the hint.
		placeholder: 'e.g. https://chat.whatsapp.com/…',
		description,
		hint: `A link such as ${INVITATION_LINK_EXAMPLE}, as Group → Get Invitation Link gives it or a message carries it.`,
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
