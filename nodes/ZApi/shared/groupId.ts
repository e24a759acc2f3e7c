/** The Group ID field (the group picker) and its reader; what a group id looks like is groupIdForm.ts. */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { INVITATION_LINK_EXAMPLE, invitationMetadata, parseInvitationLink } from './invitationLink';
import {
	GROUP_ID_EXAMPLE,
	GROUP_ID_PATTERN,
	isGroupId,
	meantAsGroupId,
	parseGroupId,
} from './groupIdForm';
import type { IdPicker } from './idPicker';
import { idPickerField, idPickerModes, locatorParts } from './idPicker';
import { inputError, keepOwnMessage } from './nodeErrors';
import { readPassParameter } from './passParameters';

export { GROUP_ID_EXAMPLE, isGroupId, meantAsGroupId, parseGroupId };

/** The name of the list search method of the From List mode (ZApi.node.ts `methods.listSearch`). */
export const SEARCH_GROUPS_METHOD = 'searchGroups';

/** The group picker: `field` names the field in the editor's error. */
function groupPicker(field: string): IdPicker {
	return {
		noun: 'group',
		field,
		searchListMethod: SEARCH_GROUPS_METHOD,
		pattern: GROUP_ID_PATTERN,
		example: GROUP_ID_EXAMPLE,
		listOptions: {
			slowLoadNotice: {
				message: 'Z-API lists groups 100 at a time: with many groups, By ID is quicker',
				timeout: 10000,
			},
		},
	};
}

/**
 * The From List and By ID modes of every group picker (From List: the instance's groups, each shown
 * with its ID); `field` names the field in the editor's error. Under `modes`, as n8n's lint wants.
 */
export function groupPickerModes(field: string): { modes: INodePropertyMode[] } {
	return idPickerModes(groupPicker(field));
}

/** The Group ID parameter of every operation on an existing group: the group picker. */
export const groupIdField: INodeProperties = idPickerField(
	'groupId',
	groupPicker('Group ID'),
	'The group: pick it from the list of your groups, give the ID that Group → Create returned (groupId, e.g. 120363019502650977-group; older groups have IDs like 5511999999999-1623281429), or paste an invitation link of the group. A plain ID saved by an earlier version of this node keeps working.',
	{
		modes: [
			{
				displayName: 'By Link',
				name: 'link',
				type: 'string',
				// The whole example does not fit in the field: it is in the hint.
				placeholder: 'https://chat.whatsapp.com/…',
				hint: `The group's invitation link, e.g. ${INVITATION_LINK_EXAMPLE}. The node asks Z-API which group it opens; this joins nothing.`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '\\s*https://chat\\.whatsapp\\.com/(invite/)?[A-Za-z0-9]{10,40}/?\\s*',
							errorMessage: `Group ID: not a WhatsApp group invitation link; use one like ${INVITATION_LINK_EXAMPLE}`,
						},
					},
				],
			},
		],
	},
);

/** Z-API's answer for a link it cannot open: what the user can do about it. */
const LINK_NOT_OPENED =
	'The link may be mistyped, or a group admin reset it (the old link then stops working), or the group is gone. Get the current link from the group, or pick the group From List or By ID.';

/** Z-API's own error text of a failed request, if it sent one. */
function zApiErrorOf(error: NodeApiError): string | undefined {
	const said = (error.errorResponse as IDataObject | undefined)?.zApiError;
	return typeof said === 'string' ? said : undefined;
}

/**
 * A failure of the metadata request, in words about the link when Z-API refused the link itself
 * (HTTP 400, or an error or no group in a 200 answer). Anything else (a disconnected instance, a token
 * problem, no answer) keeps the transport's own message.
 */
function explainRefusedLink(error: unknown, link: string): unknown {
	if (!(error instanceof NodeApiError)) return error;
	const code = String(error.httpCode ?? '');
	const said = zApiErrorOf(error);
	if (code !== '400' && !/^2\d\d$/.test(code)) return error;
	if (/connect|session|token/i.test(said ?? '')) return error;
	error.description = LINK_NOT_OPENED;
	const saidPart = said ? ` (Z-API said "${said}")` : '';
	return keepOwnMessage(
		error,
		`Group ID: Z-API could not open the invitation link ${link}${saidPart}`,
	);
}

/** The group an invitation link opens (GET /group-invitation-metadata): its `phone`, the group id. */
async function groupOfLink(
	this: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	let link: string;
	try {
		link = parseInvitationLink(value);
	} catch (error) {
		throw inputError(this.getNode(), `Group ID: ${(error as Error).message}`, itemIndex);
	}
	let metadata: IDataObject;
	try {
		metadata = await invitationMetadata.call(this, link, itemIndex, timeout);
	} catch (error) {
		throw explainRefusedLink(error, link);
	}
	try {
		return parseGroupId(metadata.phone);
	} catch {
		const message = `Group ID: Z-API answered the invitation link ${link} with ${JSON.stringify(metadata.phone)}, which is not a group ID`;
		throw keepOwnMessage(
			new NodeApiError(this.getNode(), { message }, { message, itemIndex }),
			message,
		);
	}
}

/**
 * The Group ID of the item, checked before any other request. The parameter is the group picker's
 * value `{__rl, mode, value}`, or a plain string (workflows saved before the picker, and expressions).
 * From List and By ID give the id; By Link asks Z-API which group the link opens.
 */
export async function readGroupIdParameter(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	const { mode, value } = locatorParts(readPassParameter(this, 'groupId', itemIndex));
	if (mode === 'link') return await groupOfLink.call(this, value, itemIndex, timeout);
	try {
		return parseGroupId(value);
	} catch (error) {
		const hint =
			typeof value === 'string' && /^\s*https?:\/\//i.test(value)
				? ' (an invitation link: choose By Link to give one)'
				: '';
		throw inputError(this.getNode(), `Group ID: ${(error as Error).message}${hint}`, itemIndex);
	}
}
