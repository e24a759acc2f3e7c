/**
 * Follow, Unfollow, Mute, Unmute and Delete: each sends only the channel's id (`{"id": …}`) and Z-API
 * answers `{"value": true}`. One builder for their forms and requests.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelIdField, readChannelIdParameter } from '../../shared/channelId';
import type { Operation, OperationContext } from '../../shared/operation';
import { sendOnce } from '../../shared/retryState';
import { changeChannel } from './request';

interface IdOnlySpec {
	operation: string;
	method: IHttpRequestMethods;
	endpoint: string;
	/** The output's flag: `{channelId, [done]: true}`. */
	done: string;
	/** In words, for errors: `follow the channel …`. */
	action: (channelId: string) => string;
	/** Not idempotent (delete): through the send door, never sent twice in one run. */
	once?: { ifUncertain: string };
}

export function idOnlyOperation(spec: IdOnlySpec): Operation {
	const description = updateDisplayOptions(
		{ show: { resource: ['channel'], operation: [spec.operation] } },
		[channelIdField],
	);
	async function execute(
		this: IExecuteFunctions,
		itemIndex: number,
		{ timeout }: OperationContext,
	): Promise<IDataObject> {
		const channelId = readChannelIdParameter.call(this, itemIndex);
		const send = async () => {
			await changeChannel.call(this, {
				method: spec.method,
				endpoint: spec.endpoint,
				body: { id: channelId },
				itemIndex,
				timeout,
				action: spec.action(channelId),
				...(spec.once ?? {}),
			});
			return { channelId, [spec.done]: true } as IDataObject;
		};
		if (!spec.once) return await send();
		return await sendOnce(this, `${spec.method} ${spec.endpoint} ${channelId}:${itemIndex}`, send);
	}
	return { description, execute };
}
