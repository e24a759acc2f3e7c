/**
 * The readers of plain parameters (switches and text). Each checks one value before any request and
 * fails the item with a message that names the field and the value. Expressions hand over whatever an
 * earlier node had: numbers, "TRUE" from Google Sheets, null from an unmapped field. A value without
 * an expression is asked of n8n once per pass (passParameters.ts), and still checked for every item.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from './nodeErrors';
import { readPassParameter } from './passParameters';

function shown(value: unknown): string {
	return JSON.stringify(value) ?? 'nothing';
}

/** A switch: a boolean, or the text "true"/"false" in any letter case and spacing. */
export function readBoolean(
	this: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	value: unknown,
): boolean {
	if (typeof value === 'boolean') return value;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text === 'true' || text === 'false') return text === 'true';
	throw inputError(
		this.getNode(),
		`${displayName} must be true or false (got ${shown(value)})`,
		itemIndex,
	);
}

export function readBooleanParameter(
	this: IExecuteFunctions,
	name: string,
	displayName: string,
	itemIndex: number,
): boolean {
	return readBoolean.call(this, itemIndex, displayName, readPassParameter(this, name, itemIndex));
}

/**
 * Required text (a number is taken as its text). `hint` ends the message: `give the group a name, e.g.
 * "Sales Team"`. Trimmed unless `trim` is false (a message is sent exactly as written).
 */
export function readTextParameter(
	this: IExecuteFunctions,
	itemIndex: number,
	parameter: { name: string; displayName: string; hint: string; trim?: boolean },
): string {
	const value = readPassParameter<unknown>(this, parameter.name, itemIndex);
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text === 'string' && text.trim() !== '') {
		return parameter.trim === false ? text : text.trim();
	}
	const problem =
		typeof text === 'string' || text === null || text === undefined ? 'is empty' : 'must be text';
	throw inputError(
		this.getNode(),
		`${parameter.displayName} ${problem} (got ${shown(value)}): ${parameter.hint}`,
		itemIndex,
	);
}

/** Optional text, trimmed: '' when empty or unmapped (null); a number is taken as its text. */
export function readOptionalText(
	this: IExecuteFunctions,
	itemIndex: number,
	displayName: string,
	value: unknown,
): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') {
		throw inputError(
			this.getNode(),
			`${displayName} must be text (got ${shown(value)})`,
			itemIndex,
		);
	}
	return value.trim();
}
