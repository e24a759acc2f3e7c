import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { modifyBlocked } from './blocking';
import { phoneField } from './contactPhone';

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['block'] } },
	[phoneField],
);

export const toolDescription =
	"Blocks a contact on WhatsApp: they can no longer call or message this account. Input: the contact's phone number with country code and area code, digits only (e.g. 5511999998888). Returns phone and blocked: true. Blocking again changes nothing.";

/** POST /contacts/modify-blocked with action "block" (contacts/block-contact.md). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
): Promise<IDataObject> {
	return await modifyBlocked.call(this, itemIndex, context, 'block');
}
