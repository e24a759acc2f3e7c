/**
 * Add and Remove: the phone's own contacts (contacts/add-contacts.md, remove-contacts.md). Both send a
 * JSON list and are answered `{"success": true, "errors": []}`.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toNodeApiError } from '../../transport/errors';
import type { ZApiRequest } from '../../transport/request';
import { zApiRequest } from '../../transport/request';
import { sendOnce } from '../../shared/retryState';

/** Both pages: "will only work for accounts that have already received the necessary update". */
export function updateNotice(name: string, extra = ''): INodeProperties {
	return {
		displayName: `Z-API: this works only for WhatsApp accounts that have received the WhatsApp update it needs.${extra}`,
		name,
		type: 'notice',
		default: '',
	};
}

/**
 * Sends the list once per item and pass (a retry gets the first outcome); fails unless Z-API answers
 * `success: true`. Returns Z-API's `errors` (a list; Z-API does not document its entries).
 */
export async function sendContactList(
	this: IExecuteFunctions,
	request: Pick<ZApiRequest, 'method' | 'endpoint' | 'body' | 'action' | 'ifUncertain'> & {
		itemIndex: number;
		timeout: number;
	},
): Promise<unknown[]> {
	const key = `${request.method} ${request.endpoint}:${request.itemIndex}:${JSON.stringify(request.body)}`;
	return await sendOnce(this, key, async () => {
		const answer = await zApiRequest.call(this, { ...request, expect: ['success'] });
		const errors = Array.isArray(answer.errors) ? (answer.errors as unknown[]) : [];
		if (answer.success === true) return errors;
		const listed = errors.length ? `: ${JSON.stringify(errors)}` : '';
		throw toNodeApiError(
			this.getNode(),
			{
				message: `Z-API did not confirm the change when trying to ${request.action} (it answered "success": ${JSON.stringify(answer.success)})${listed}`,
				description:
					"Z-API answers \"success\": true when the phone's contacts were changed. Anything else means they were not: check that the WhatsApp account has received the update for it and, to add, that WhatsApp may change the phone's contacts (the phone's privacy settings).",
				httpCode: '200',
				mayHaveReachedZApi: false,
			},
			request.itemIndex,
		);
	});
}
