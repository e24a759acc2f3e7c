/** The Label ID field (the label picker) and its reader: Label → Update, Delete, Add To/Remove From Chat. */
import type { INodeProperties } from 'n8n-workflow';

import { idParameterReader, idPickerField } from './idPicker';

/** The name of the list search method of the From List mode (ZApi.node.ts `methods.listSearch`). */
export const SEARCH_LABELS_METHOD = 'searchLabels';

/** Z-API's label ids are short texts of digits (business/tags.md: "1", "2"…; create-tag.md: "10"). */
export const LABEL_ID_EXAMPLE = '10';

// Letters, digits, - and _: a label id goes in the path, so nothing that would change it (/, ?, ..).
const LABEL_ID_PATTERN = '[A-Za-z0-9_-]{1,64}';
const LABEL_ID = new RegExp(`^${LABEL_ID_PATTERN}$`);

export const labelIdField: INodeProperties = idPickerField(
	'labelId',
	{
		noun: 'label',
		field: 'Label ID',
		searchListMethod: SEARCH_LABELS_METHOD,
		pattern: LABEL_ID_PATTERN,
		example: LABEL_ID_EXAMPLE,
	},
	'The WhatsApp Business label: pick it from the list of your labels, or give its ID (labelId in the output of Label → Create or Get Many, e.g. 10)',
);

/** A label id as the node sends it: text (a number from an expression is taken as its text), trimmed. */
export function parseLabelId(value: unknown): string {
	const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') {
		throw new Error(
			`is empty (got ${JSON.stringify(value) ?? 'nothing'}): pick the label from the list, or give the labelId from Label → Get Many, e.g. ${LABEL_ID_EXAMPLE}`,
		);
	}
	const id = text.trim();
	if (!LABEL_ID.test(id)) {
		throw new Error(
			`must be letters, digits, - or _ only (got ${JSON.stringify(text)}): give the labelId from Label → Get Many, e.g. ${LABEL_ID_EXAMPLE}`,
		);
	}
	return id;
}

/** The Label ID of the item, checked before any request: the picker's value or a plain value. */
export const readLabelIdParameter = idParameterReader('labelId', 'Label ID ', parseLabelId);
