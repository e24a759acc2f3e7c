/** The label picker's From List mode (`methods.listSearch`): the labels of the account, by name. */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { parseLabelId } from '../shared/labelId';
import { readLabels } from '../resources/label/labelRequest';
import { DEFAULT_TIMEOUT_MS } from '../transport/request';

/** Lower case, accents dropped: "Pagamento pendente" is found with "pagamento", "Não pago" with "nao". */
function comparable(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** The node's Options → Timeout, as the editor has it, for the list request too. */
function timeoutOf(context: ILoadOptionsFunctions): number {
	const options = context.getCurrentNodeParameter('options') as IDataObject | undefined;
	const timeout = Number(options?.timeout);
	return timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
}

/** Whether a value is a label id the node takes: only those are offered. */
function labelIdOf(value: unknown): string | undefined {
	try {
		return parseLabelId(value);
	} catch {
		return undefined;
	}
}

/**
 * GET /tags answers every label at once (no pages): shown as "name (ID)", since two labels may have
 * the same name; with a search text, only those whose name or ID contains it.
 */
export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const search = comparable(filter?.trim() ?? '');
	const { labels } = (await readLabels.call(this, { itemIndex: 0, timeout: timeoutOf(this) })) as {
		labels: unknown[];
	};
	const results: INodeListSearchItems[] = [];
	const listed = new Set<string>();
	for (const entry of labels) {
		if (!entry || typeof entry !== 'object') continue;
		const { id: rawId, name: rawName } = entry as IDataObject;
		const id = labelIdOf(rawId);
		if (id === undefined || listed.has(id)) continue;
		const name = typeof rawName === 'string' && rawName.trim() ? rawName.trim() : id;
		if (search && !comparable(name).includes(search) && !id.includes(search)) continue;
		listed.add(id);
		results.push({ name: name === id ? id : `${name} (${id})`, value: id });
	}
	return { results };
}
