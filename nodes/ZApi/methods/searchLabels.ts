/** The label picker's From List mode (`methods.listSearch`): the labels of the account, by name. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { parseLabelId } from '../shared/labelId';
import { readLabels } from '../resources/label/labelRequest';
import { editorTimeout, listedName, pickerList } from './search';

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
 * the same name (label ids are short); with a search text, only those whose name or ID contains it.
 */
export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { labels } = (await readLabels.call(this, {
		itemIndex: 0,
		timeout: editorTimeout(this),
	})) as { labels: unknown[] };
	const list = pickerList(filter, { idField: 'id', readId: labelIdOf, show: listedName });
	for (const label of labels) list.offer(label);
	return { results: list.results };
}
