import type { IExecuteFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../transport/credentials';
import { zApiRequest } from '../transport/request';
import { phoneDigits } from './phones';
import { lookupOnce } from './retryState';
import { passNode } from './passParameters';

const knownInPass = new WeakMap<object, string>();

/**
 * The number connected to the instance (GET /device), which Z-API says must never be sent as a
 * participant. Asked at most once per execution and credential (two Z-API nodes of one workflow may
 * use two instances).
 */
export async function connectedNumber(
	this: IExecuteFunctions,
	itemIndex: number,
	timeout: number,
): Promise<string> {
	// Known to this pass: every item after the first asks here (a node has one credential).
	const known = knownInPass.get(this);
	if (known !== undefined) return known;
	// Keyed by the credential the node uses: nothing to decrypt when the answer is already known.
	const credentialId = passNode(this).credentials?.[CREDENTIAL_TYPE]?.id ?? '';
	const phone = await lookupOnce(this, `connectedNumber ${credentialId}`, async () => {
		const device = await zApiRequest.call(this, {
			method: 'GET',
			endpoint: '/device',
			itemIndex,
			timeout,
			action: 'look up the number connected to the instance',
		});
		return phoneDigits(device.phone);
	});
	knownInPass.set(this, phone);
	return phone;
}
