import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { toNodeApiError } from '../../transport/errors';
import { zApiRequest } from '../../transport/request';
import { invitationLinkField, readInvitationLink } from './invitationLinkParameter';

const properties: INodeProperties[] = [
	invitationLinkField('The invitation link of the group the connected number joins'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['acceptInvitation'] } },
	properties,
);

function shown(value: unknown): string {
	return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}

/** GET /accept-invite-group?url=…; only `{"success": true}` counts. Outputs `{invitationLink, accepted: true}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const invitationLink = readInvitationLink.call(this, itemIndex);
	const action = `join the group of the invitation link ${invitationLink}`;
	const answer = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: `/accept-invite-group?url=${encodeURIComponent(invitationLink)}`,
		itemIndex,
		timeout,
		action,
		expect: ['success'],
		// A GET, but it joins: when the answer is lost, the number may be in the group already.
		changes: true,
		ifUncertain:
			'The connected number may have joined the group anyway: look for it with Group → Get Many before you run this again.',
	});
	if (answer.success === true) return { invitationLink, accepted: true };
	throw toNodeApiError(
		this.getNode(),
		{
			message: `Z-API did not accept the invitation when trying to ${action} (it answered "success": ${shown(answer.success)})`,
			description:
				'Z-API answers "success": true when it accepted the invitation. Anything else means it did not: check that the link still works (an admin may have reset it); Group → Get Invitation Metadata reads a link without joining.',
			httpCode: '200',
			mayHaveReachedZApi: false,
		},
		itemIndex,
	);
}
