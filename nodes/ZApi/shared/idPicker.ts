/**
 * The pickers' resource locator fields (From List, By ID) and their readers: the group, community,
 * channel and label pickers are the same field but for their texts, id pattern and list method.
 */
import type {
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
	INodePropertyModeTypeOptions,
} from 'n8n-workflow';

import { inputError } from './nodeErrors';

export interface IdPicker {
	/** What is picked, in the texts: `group` gives "Select a group..." and "not a group ID". */
	noun: string;
	/** The field's name in the editor's error: `Group ID`. */
	field: string;
	/** The From List mode's list search method (a name in ZApi.node.ts `methods.listSearch`). */
	searchListMethod: string;
	/** Written without flags, so that the editor's check of the By ID mode can use it. */
	pattern: string;
	example: string;
	/** By ID's placeholder where the example is too wide for it (it is then in `hint`). */
	placeholder?: string;
	hint?: string;
	/** More of the From List mode's type options. */
	listOptions?: INodePropertyModeTypeOptions;
}

/** The From List and By ID modes of a picker; under `modes`, as n8n's lint wants. */
export function idPickerModes(picker: IdPicker): { modes: INodePropertyMode[] } {
	const { noun, field, pattern, example, hint } = picker;
	return {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${noun}...`,
				typeOptions: {
					searchListMethod: picker.searchListMethod,
					searchable: true,
					...picker.listOptions,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: picker.placeholder ?? `e.g. ${example}`,
				...(hint === undefined ? {} : { hint }),
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `\\s*${pattern}\\s*`,
							errorMessage: `${field}: not a ${noun} ID; use one like ${example}`,
						},
					},
				],
			},
		],
	};
}

/** The picker's parameter of every operation on an existing one; `more` modes after the picker's two. */
export function idPickerField(
	name: string,
	picker: IdPicker,
	description: string,
	more: { modes: INodePropertyMode[] } = { modes: [] },
): INodeProperties {
	return {
		displayName: picker.field,
		name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description,
		modes: [...idPickerModes(picker).modes, ...more.modes],
	};
}

/**
 * A resource locator parameter as n8n-core's extractValue reads it: an object with a value (and a
 * mode), else the value itself (a plain value saved before the field was a picker, or an expression).
 */
export function locatorParts(parameter: unknown): { mode?: unknown; value: unknown } {
	return typeof parameter === 'object' && parameter !== null && 'value' in parameter
		? (parameter as { mode?: unknown; value: unknown })
		: { mode: '', value: parameter };
}

/**
 * The reader of a picker's parameter, checked before any request: the picker's value `{__rl, mode,
 * value}` or a plain value (an expression), parsed by `parse`; its error names the field by `prefix`.
 */
export function idParameterReader(
	name: string,
	prefix: string,
	parse: (value: unknown) => string,
): (this: IExecuteFunctions, itemIndex: number) => string {
	return function (this: IExecuteFunctions, itemIndex: number): string {
		const { value } = locatorParts(this.getNodeParameter(name, itemIndex));
		try {
			return parse(value);
		} catch (error) {
			throw inputError(this.getNode(), `${prefix}${(error as Error).message}`, itemIndex);
		}
	};
}
