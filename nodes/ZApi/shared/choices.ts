/**
 * The rows of the interactive sends (poll options, list options, buttons): n8n fixedCollections with
 * multipleValues, read and checked before any request, each problem naming the row, the field and
 * the value.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from './nodeErrors';

const shown = (value: unknown): string => JSON.stringify(value) ?? 'nothing';

/** What a list of rows is called in messages: `Option` → `Option 2`, `Options`. */
export interface RowsOf {
	/** The fixedCollection parameter, e.g. `pollOptions`. */
	name: string;
	/** Its one entry, e.g. `option`. */
	key: string;
	/** One row in words, e.g. `Option`. */
	label: string;
	/** The parameter's label, e.g. `Options`. */
	displayName: string;
}

/**
 * The rows as n8n hands them over: `{ [key]: [...] }`, or `{}` for none. (n8n keeps no expression for
 * a whole fixedCollection: the rows are fixed in the form, their fields may be expressions.)
 */
export function readRows(this: IExecuteFunctions, itemIndex: number, rows: RowsOf): IDataObject[] {
	const value = this.getNodeParameter(rows.name, itemIndex, {}) as IDataObject;
	const list = value?.[rows.key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

/** The number of rows, from `min` to `max` (no `max`: no upper limit). */
export function checkCount(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: RowsOf,
	count: number,
	limits: { min: number; max?: number; why?: string },
): void {
	const { min, max, why } = limits;
	if (count >= min && (max === undefined || count <= max)) return;
	const plural = `${rows.label.toLowerCase()}s`;
	const what =
		max !== undefined
			? `${min} to ${max} ${plural}`
			: min === 1
				? `at least one ${rows.label.toLowerCase()}`
				: `at least ${min} ${plural}`;
	throw inputError(
		this.getNode(),
		`${rows.displayName} must have ${what} (got ${count})${why ? `: ${why}` : ''}`,
		itemIndex,
	);
}

/**
 * Text of a row's field, trimmed (a number is taken as its text). Required: empty fails; optional:
 * '' when empty.
 */
export function rowText(
	this: IExecuteFunctions,
	itemIndex: number,
	where: string,
	field: { label: string; value: unknown; required: boolean; hint?: string },
): string {
	const { label, value, required, hint } = field;
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text === 'string' && text.trim() !== '') return text.trim();
	if ((text === undefined || text === null || text === '' || typeof text === 'string') && !required)
		return '';
	const problem =
		typeof text === 'string' || text === null || text === undefined ? 'is empty' : 'must be text';
	throw inputError(
		this.getNode(),
		`${where} → ${label} ${problem} (got ${shown(value)})${hint ? `: ${hint}` : ''}`,
		itemIndex,
	);
}

/** Fails on the first value given twice (case and spacing kept: WhatsApp shows them as written). */
export function checkUnique(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: RowsOf,
	field: string,
	values: string[],
	why: string,
): void {
	const seen = new Map<string, number>();
	values.forEach((value, index) => {
		if (value === '') return;
		const first = seen.get(value);
		if (first !== undefined) {
			throw inputError(
				this.getNode(),
				`${rows.label} ${index + 1} → ${field} ${shown(value)} is already ${rows.label} ${first + 1}'s: ${why}`,
				itemIndex,
			);
		}
		seen.set(value, index);
	});
}
