import type { IExecuteFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../transport/credentials';
import { zApiRequest } from '../transport/request';
import { phoneDigits } from './phones';
import { lookupOnce } from './retryState';
import { passNode } from './passParameters';

/**
 * The number connected to the instance (GET /device), which Z-API says must never be sent as a
 * participant. Asked at most once per execution and credential (two Z-API nodes of one workflow may
 * use two instances).
 */
export function connectedNumber(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	// Keyed by the credential the node uses: nothing to decrypt when the answer is already known.
	const credentialId = passNode(this).credentials?.[CREDENTIAL_TYPE]?.id ?? '';
	return lookupOnce(this, `connectedNumber ${credentialId}`, async () => {
		const device = await zApiRequest.call(this, {
			method: 'GET',
			endpoint: '/device',
			itemIndex,
			timeout,
			action: 'look up the number connected to the instance',
		});
		return phoneDigits(device.phone);
	});
}
