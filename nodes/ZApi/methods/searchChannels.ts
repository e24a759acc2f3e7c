/** The channel picker's From List mode: the channels the number owns or follows (GET /newsletter). */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { isChannelId } from '../shared/channelId';
import { zApiRequest } from '../transport/request';
import { editorTimeout, idEnd, listedName, pickerList, textIdOf } from './search';

/** The end of a channel id shown beside its name: two channels may have the same name. */
const ID_TAIL = 6;

/**
 * Z-API answers the whole list at once (it does not page it); with a search text, only the channels
 * whose name or ID contains it.
 */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { list: channels } = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/newsletter',
		itemIndex: 0,
		timeout: editorTimeout(this),
		action: 'list the channels',
		accept: (body) => (Array.isArray(body) ? { list: body } : undefined),
	});
	const list = pickerList(filter, {
		idField: 'id',
		readId: textIdOf(isChannelId),
		show: (name, id) => listedName(name, id, idEnd(id, ID_TAIL, /@newsletter$/)),
	});
	for (const channel of channels as unknown[]) list.offer(channel);
	return { results: list.results };
}
