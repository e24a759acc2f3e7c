import type { IExecuteFunctions } from 'n8n-workflow';

import { parseCountryCode } from './nationalNumbers';
import { inputError } from './nodeErrors';
import { passCredentials } from './retryState';

/**
 * The Default Country Code of the node's credential, checked: every reader of phone numbers calls this
 * when it reads one, so an operation that reads no phone never fails on a bad value.
 */
export async function readDefaultCountryCode(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<string> {
	const { data } = await passCredentials(this, itemIndex);
	try {
		return parseCountryCode(data?.defaultCountryCode);
	} catch (error) {
		throw inputError(this.getNode(), (error as Error).message, itemIndex);
	}
}
