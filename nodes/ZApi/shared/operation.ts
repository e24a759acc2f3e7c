import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** What every operation gets besides the item: settings the node reads for the item. */
export interface OperationContext {
	/** Milliseconds to wait for each Z-API answer (the node's Timeout option). */
	timeout: number;
}

/** An output item that carries a file (Instance → Get QR Code), besides its JSON. */
export class ItemWithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/**
 * One operation file: its parameters and what it does for one item. It returns one output item (with
 * a file: ItemWithBinary), or several (a list operation), each paired with the input item.
 */
export interface Operation {
	description: INodeProperties[];
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		context: OperationContext,
	): Promise<IDataObject | IDataObject[] | ItemWithBinary>;
}

/** An operation that carries its own text for AI models (see toolDescription.ts). */
export interface DescribedOperation extends Operation {
	toolDescription: string;
}

export type OptionsParameter<Value extends string> = INodeProperties & {
	options: Array<INodePropertyOptions & { value: Value }>;
	default: Value;
};

/** The values an options parameter (Resource, Operation) offers. */
export type OptionValue<P> = P extends OptionsParameter<infer Value> ? Value : never;

/**
 * An options parameter whose values are kept as a type. A dispatch table typed
 * `Record<OptionValue<typeof parameter>, Operation>` cannot drift from what the editor offers: an
 * option without an entry, or an entry the editor does not offer, does not compile.
 */
export function optionsParameter<const Value extends string>(
	parameter: OptionsParameter<Value>,
): OptionsParameter<Value> {
	return parameter;
}
