/**
 * What the node asks n8n for once per pass over its items instead of once per item (docs/performance.md,
 * "The right limit"): n8n's getNode() deep-copies the node on every call, and every getNodeParameter
 * evaluates and validates the parameter again. A parameter with no expression anywhere inside has one
 * value for every item, so it is read once; one with an expression is still read for each item.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

interface NodeContext {
	getNode(): INode;
	getNodeParameter(
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: { skipValidation?: boolean },
	): unknown;
}

interface PassReads {
	node: INode;
	/** By parameter name: its value when it holds no expression, or `perItem`. */
	parameters: Map<string, { value: unknown } | 'perItem'>;
}

/**
 * n8n's check of a value against its property's `validateType` (or a resource mapper's schema) finds
 * the property by name on every read, testing the display conditions of those of that name until one
 * is shown (39 are named `phone`). No property of this node declares either (ZApi.node.test.ts), so
 * the check can only cost time.
 */
const READ = { skipValidation: true };

// Keyed by the context object: n8n makes a new one for each pass (a Retry On Fail pass too).
const passes = new WeakMap<object, PassReads>();

function passOf(context: NodeContext): PassReads {
	let pass = passes.get(context);
	if (!pass) {
		pass = { node: context.getNode(), parameters: new Map() };
		passes.set(context, pass);
	}
	return pass;
}

/** The node as n8n's getNode() gives it, read once per pass: for reading only, never to change. */
export function passNode(context: NodeContext): INode {
	return passOf(context).node;
}

/** True when a string anywhere inside starts with `=`: n8n evaluates it for each item. */
export function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (typeof value === 'object' && value !== null)
		return Object.values(value).some(holdsExpression);
	return false;
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}

/**
 * `getNodeParameter(name, itemIndex, fallback)`, asked of n8n at most once per pass when the saved
 * parameter holds no expression. A read that fails is not kept: the next item asks again and fails
 * with its own item index, as before. A collection left empty (absent or `{}`, with `{}` as fallback)
 * is `{}` without asking. Objects are handed out as copies: no item sees what another changed.
 */
export function readPassParameter<T>(
	context: NodeContext,
	name: string,
	itemIndex: number,
	fallback?: T,
): T {
	const pass = passOf(context);
	let known = pass.parameters.get(name);
	if (!known) {
		const raw = pass.node.parameters?.[name];
		// Without saved parameters (a context that is not n8n's) nothing is known: ask per item.
		known = !pass.node.parameters || holdsExpression(raw) ? 'perItem' : undefined;
		if (!known && isEmptyObject(fallback) && (raw === undefined || isEmptyObject(raw))) {
			known = { value: {} };
		}
		if (known) pass.parameters.set(name, known);
	}
	if (known === 'perItem') return context.getNodeParameter(name, itemIndex, fallback, READ) as T;
	if (!known) {
		known = { value: context.getNodeParameter(name, itemIndex, fallback, READ) };
		pass.parameters.set(name, known);
	}
	const { value } = known;
	return (typeof value === 'object' && value !== null ? copyOf(value) : value) as T;
}

const isPrimitive = (value: unknown) => typeof value !== 'object' || value === null;

/**
 * A copy no item can change for another. Flat (Options, Additional Fields: the usual case) it is a
 * spread; n8n's deepCopy, for what nests, makes a WeakMap on every call, for every item.
 */
function copyOf(value: object): unknown {
	if (Array.isArray(value)) return value.every(isPrimitive) ? [...value] : deepCopy(value);
	const flat =
		Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPrimitive);
	return flat ? { ...value } : deepCopy(value as IDataObject);
}
