/** Block and Unblock: one endpoint, POST /contacts/modify-blocked, with `action` (block-contact.md). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { zApiRequestValueTrue } from '../../shared/valueTrue';
import { readContactPhone } from './contactPhone';

export type BlockAction = 'block' | 'unblock';

const DONE: Record<BlockAction, string> = { block: 'blocked', unblock: 'unblocked' };

/** Outputs `{phone, blocked: true}` or `{phone, unblocked: true}` once Z-API confirms. */
export async function modifyBlocked(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
	action: BlockAction,
): Promise<IDataObject> {
	const phone = await readContactPhone.call(this, itemIndex);
	const done = DONE[action];
	// Through the send door: a retry pass gets the first outcome instead of sending it again.
	return await sendOnce(
		this,
		`POST /contacts/modify-blocked:${action}:${phone}:${itemIndex}`,
		async () => {
			await zApiRequestValueTrue.call(this, {
				method: 'POST',
				endpoint: '/contacts/modify-blocked',
				// The page's table types phone as an integer; its example, and every other page, send text.
				body: { phone, action },
				itemIndex,
				timeout,
				action: `${action} the contact ${phone}`,
				ifUncertain: `The contact may have been ${done} anyway; doing it again changes nothing, so you can run this again.`,
				notConfirmed: `Z-API answers "value": true when WhatsApp ${done} the contact. Anything else means it did not: check the phone number (with country code) and that the instance is connected.`,
			});
			return { phone, [done]: true } as IDataObject;
		},
	);
}
