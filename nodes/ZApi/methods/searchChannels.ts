/** The channel picker's From List mode: the channels the number owns or follows (GET /newsletter). */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { isChannelId } from '../shared/channelId';
import { DEFAULT_TIMEOUT_MS, zApiRequest } from '../transport/request';

/** Lower case, accents dropped: "Notícias" is found with "noticias". */
function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** The end of a channel id shown beside its name: two channels may have the same name. */
const ID_TAIL = 6;

export function listedChannelName(name: string, id: string): string {
	if (name === id) return id;
	return `${name} (…${id.replace(/@newsletter$/, '').slice(-ID_TAIL)})`;
}

/**
 * Z-API answers the whole list at once (it does not page it); with a search text, only the channels
 * whose name or ID contains it.
 */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const options = this.getCurrentNodeParameter('options') as IDataObject | undefined;
	const timeout = Number(options?.timeout) > 0 ? Number(options?.timeout) : DEFAULT_TIMEOUT_MS;
	const { list } = await zApiRequest.call(this, {
		method: 'GET',
		endpoint: '/newsletter',
		itemIndex: 0,
		timeout,
		action: 'list the channels',
		accept: (body) => (Array.isArray(body) ? { list: body } : undefined),
	});
	const search = comparable(filter?.trim() ?? '');
	const results: INodeListSearchItems[] = [];
	const listed = new Set<string>();
	for (const channel of list as IDataObject[]) {
		// Only what the node accepts as a channel id is offered.
		const id = typeof channel?.id === 'string' ? channel.id.trim() : '';
		if (!isChannelId(id) || listed.has(id)) continue;
		const name = typeof channel.name === 'string' && channel.name.trim() ? channel.name.trim() : id;
		if (search && !comparable(name).includes(search) && !id.includes(search)) continue;
		listed.add(id);
		results.push({ name: listedChannelName(name, id), value: id });
	}
	return { results };
}
