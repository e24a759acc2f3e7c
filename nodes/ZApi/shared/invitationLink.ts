/** Group invitation links (https://chat.whatsapp.com/<code>): the check, and what Z-API reads from one. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { zApiRequest } from '../transport/request';

export const INVITATION_LINK_EXAMPLE = 'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT';

const LINK = /^https:\/\/chat\.whatsapp\.com\/(invite\/)?[A-Za-z0-9]{10,40}\/?$/;

/** A trimmed invitation link, or an error text naming the value (the caller prefixes the field). */
export function parseInvitationLink(value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (LINK.test(text)) return text;
	const got = JSON.stringify(value) ?? 'nothing';
	throw new Error(
		`${got} is not a WhatsApp group invitation link: give one like ${INVITATION_LINK_EXAMPLE}`,
	);
}

/**
 * GET /group-invitation-metadata?url=…: the group a link opens (`phone` is its group id), its name
 * (`subject`), participants and more. Reading it joins nothing.
 */
export async function invitationMetadata(
	this: IExecuteFunctions,
	link: string,
	itemIndex: number,
	timeout: number,
): Promise<IDataObject> {
	return await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/group-invitation-metadata?url=${encodeURIComponent(link)}`,
		itemIndex,
		timeout,
		action: 'read the group of the invitation link',
		expect: ['phone'],
	});
}

/** GET /group-invitation-link/{groupId}: the group's current link (reading it resets nothing). */
export async function readInvitationLink(
	this: IExecuteFunctions,
	groupId: string,
	{ itemIndex, timeout, action }: { itemIndex: number; timeout: number; action: string },
): Promise<IDataObject> {
	return await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/group-invitation-link/${encodeURIComponent(groupId)}`,
		itemIndex,
		timeout,
		action,
		expect: ['invitationLink'],
	});
}
