/**
 * The Z-API node's forms as its built description (dist/, what the packed package holds) defines them
 * and n8n shows them: the operations, the parameters shown for some values, the labels a form must
 * show, the options parameters whose choices change the form, and which of those choices show the
 * same as one checked before.
 */
import path from 'node:path';

import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ROOT } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ZApi } = require(path.join(ROOT, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'));
const description = new ZApi().description as INodeTypeDescription;
const properties = description.properties.filter((property) => property.name !== 'toolDescription');
export const choices = (property: INodeProperties) => property.options as INodePropertyOptions[];
/** The version of a node added from the node creator: the form these tests see. */
const VERSION = description.defaultVersion ?? Math.max(...[description.version].flat());

export interface Operation {
	resource: string;
	resourceName: string;
	value: string;
	name: string;
	/** What the node creator lists for it. */
	action: string;
}
const resourceProperty = properties.find((property) => property.name === 'resource')!;
export const RESOURCES = choices(resourceProperty);
export const OPERATIONS: Operation[] = RESOURCES.flatMap((resource) => {
	const operation = properties.find(
		(property) =>
			property.name === 'operation' &&
			property.displayOptions?.show?.resource?.includes(resource.value),
	);
	return choices(operation!).map((option) => ({
		resource: String(resource.value),
		resourceName: resource.name,
		value: String(option.value),
		name: option.name,
		action: String(option.action),
	}));
});

export type Values = Record<string, unknown>;

/**
 * Whether n8n shows `property` for these parameter values (`/name` reads the node's, as n8n does,
 * `@version` the node's version).
 */
function shown(property: INodeProperties, values: Values, root: Values = values): boolean {
	const valueOf = (key: string) =>
		key === '@version' ? VERSION : key.startsWith('/') ? root[key.slice(1)] : values[key];
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	return (
		Object.entries(show).every(([key, allowed]) => (allowed as unknown[]).includes(valueOf(key))) &&
		!Object.entries(hide).some(([key, hidden]) => (hidden as unknown[]).includes(valueOf(key)))
	);
}

/** The node's parameters n8n shows for an operation, with the values they start with. */
function shownProperties(operation: Operation, picked: Values): [INodeProperties[], Values] {
	const values: Values = { resource: operation.resource, operation: operation.value, ...picked };
	for (const property of properties)
		if (!(property.name in values) && shown(property, values))
			values[property.name] = property.default;
	return [properties.filter((property) => shown(property, values)), values];
}

/** Whether the form shows `name` for `operation` with the choices `picked`. */
export function isShown(operation: Operation, name: string, picked: Values): boolean {
	return shownProperties(operation, picked)[0].some((property) => property.name === name);
}

/** The labels of the collections the form shows for `operation` (Additional Fields, Filters…). */
export function collectionLabels(operation: Operation): string[] {
	return shownProperties(operation, {})[0]
		.filter((property) => property.type === 'collection')
		.map((property) => property.displayName);
}

/** The options of a collection n8n offers (`picked`: the collection's values, `values`: the node's). */
const collectionOptions = (collection: INodeProperties, picked: Values, values: Values) =>
	(collection.options as INodeProperties[]).filter((option) => shown(option, picked, values));

/**
 * The fields a fixed collection of one group (Create's Photo) shows once added, with what `picked`
 * chose in it and defaults for the rest. With one group n8n shows no label of the group itself.
 */
function groupFields(fixedCollection: INodeProperties, picked: Values): INodeProperties[] {
	return (fixedCollection.options as INodePropertyCollection[]).flatMap((group) => {
		const values = Object.fromEntries(
			group.values.map((field) => [
				field.name,
				field.name in picked ? picked[field.name] : field.default,
			]),
		);
		return group.values.filter((field) => shown(field, values));
	});
}

/** A collection's option, and the fields it holds when it is a fixed collection. */
const withGroupFields = (option: INodeProperties, picked: Values) =>
	option.type === 'fixedCollection' ? [option, ...groupFields(option, picked)] : [option];

/** The labels the form must show: its parameters and every option of its collections. */
export function expectedLabels(operation: Operation, picked: Values): string[] {
	const [shownHere, values] = shownProperties(operation, picked);
	return shownHere.flatMap((property) => {
		if (property.type === 'notice') return [];
		// A list of rows (Poll Options, Buttons): its label, and the fields of the rows it starts with;
		// one that starts empty (Send and Wait's Approval Options) shows only its label and button.
		if (property.type === 'fixedCollection') {
			const startsWith = Object.keys((property.default ?? {}) as Values);
			const started = {
				...property,
				options: (property.options as INodePropertyCollection[]).filter((group) =>
					startsWith.includes(group.name),
				),
			};
			return [property.displayName, ...groupFields(started, picked).map((f) => f.displayName)];
		}
		if (property.type !== 'collection') return [property.displayName];
		const options = collectionOptions(property, picked, values).flatMap((option) =>
			withGroupFields(option, picked),
		);
		return [property.displayName, ...options.map((option) => option.displayName)];
	});
}

/**
 * The options parameters of an operation whose choices change the form (sources, Output), with the
 * collection each is in (undefined at the top level). A collection's option counts only where n8n
 * offers it (If a Group With This Name Exists: Create only), and so does one in a fixed collection
 * of it (Create's Photo Source).
 */
export function choiceParameters(operation: Operation): [INodeProperties, string | undefined][] {
	const [shownHere, values] = shownProperties(operation, {});
	return shownHere.flatMap((property): [INodeProperties, string | undefined][] => {
		if (property.type === 'options' && !['resource', 'operation'].includes(property.name))
			return [[property, undefined]];
		if (property.type !== 'collection') return [];
		return collectionOptions(property, {}, values)
			.flatMap((option) => withGroupFields(option, {}))
			.filter((option) => option.type === 'options')
			.map((option) => [option, property.displayName]);
	});
}

/**
 * What the form shows for `choice` of `driver` that the choice decides: where the driver is (top
 * level or its collection), the choice's name in it, and the fields shown only for some of the
 * driver's choices (labels, placeholders, hints, types, defaults, options; not their names nor their
 * descriptions, which the form shows only in tooltips). Two choices with the same key show the same
 * texts in the same room: Binary File's Input Binary Field is the same in the four media sends and
 * Update Photo, while URL and Base64 show "Image URL", "Audio URL"….
 */
export function choiceKey(
	operation: Operation,
	[driver, collection]: [INodeProperties, string | undefined],
	choice: INodePropertyOptions,
): string {
	const picked = { [driver.name]: choice.value };
	const [shownHere, values] = shownProperties(operation, collection ? {} : picked);
	const decides = (field: INodeProperties) =>
		[field.displayOptions?.show, field.displayOptions?.hide].some(
			(rules) => rules && (driver.name in rules || `/${driver.name}` in rules),
		);
	const fields = shownHere.flatMap((property) =>
		property.type === 'collection'
			? collectionOptions(property, picked, values).flatMap((option) =>
					withGroupFields(option, picked),
				)
			: [property],
	);
	const seen = fields.filter(decides).map((field) => ({
		label: field.displayName,
		type: field.type,
		placeholder: field.placeholder,
		hint: field.hint,
		default: field.default,
		required: field.required,
		typeOptions: field.typeOptions,
		options: (field.options as { name?: string; displayName?: string }[] | undefined)?.map(
			(option) => option.name ?? option.displayName,
		),
	}));
	return JSON.stringify({ collection, type: driver.type, choice: choice.name, fields: seen });
}
