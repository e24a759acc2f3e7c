import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { modifyBlocked } from './blocking';
import { phoneField } from './contactPhone';

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['unblock'] } },
	[phoneField],
);

export const toolDescription =
	"Unblocks a contact on WhatsApp that this account blocked: they can call and message it again. Input: the contact's phone number with country code and area code, digits only (e.g. 5511999998888). Returns phone and unblocked: true. Unblocking again changes nothing.";

/** POST /contacts/modify-blocked with action "unblock" (contacts/block-contact.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
): Promise<IDataObject> {
	return await modifyBlocked.call(this, itemIndex, context, 'unblock');
}
