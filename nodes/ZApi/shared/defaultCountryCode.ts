import type { IExecuteFunctions } from 'n8n-workflow';

import { parseCountryCode } from './nationalNumbers';
import { inputError } from './nodeErrors';
import { passCredentials } from './retryState';

// By the decrypted data passCredentials hands out (one object per pass): checked once per pass.
const countryCodes = new WeakMap<object, string>();

/**
 * The Default Country Code of the node's credential, checked: every reader of phone numbers calls this
 * when it reads one, so an operation that reads no phone never fails on a bad value.
 */
export async function readDefaultCountryCode(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<string> {
	const { data } = await passCredentials(this, itemIndex);
	const known = data && countryCodes.get(data);
	if (known !== undefined) return known;
	try {
		const countryCode = parseCountryCode(data?.defaultCountryCode);
		if (data) countryCodes.set(data, countryCode);
		return countryCode;
	} catch (error) {
		throw inputError(this.getNode(), (error as Error).message, itemIndex);
	}
}
