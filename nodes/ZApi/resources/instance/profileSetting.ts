/**
 * The profile and call settings (instance/profile-*.md, call-reject*.md): each a PUT of `{value}`
 * that Z-API confirms with `{"value": true}`.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { sendOnce } from '../../shared/retryState';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

export interface ProfileSetting {
	endpoint: string;
	value: string | boolean;
	/** What the request does, completing "when trying to …". */
	action: string;
	/** What was changed, for the uncertain message: "the profile name". */
	what: string;
	itemIndex: number;
	timeout: number;
}

/** PUT `{value}` once per item and pass (a retry gets the first outcome); fails unless confirmed. */
export async function putSetting(
	this: IExecuteFunctions,
	{ endpoint, value, action, what, itemIndex, timeout }: ProfileSetting,
): Promise<void> {
	const body: IDataObject = { value };
	await sendOnce(this, `PUT ${endpoint}:${itemIndex}:${JSON.stringify(body)}`, async () => {
		await zApiRequestValueTrue.call(this, {
			method: 'PUT',
			endpoint,
			body,
			itemIndex,
			timeout,
			action,
			ifUncertain: `${what[0].toUpperCase()}${what.slice(1)} may have been changed anyway; setting it again changes nothing, so you can run this again.`,
			notConfirmed:
				'Z-API answers "value": true when the change was made. Anything else means it was not: check that the instance is connected (Instance → Get Status).',
		});
	});
}
