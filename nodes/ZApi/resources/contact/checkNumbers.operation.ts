import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { readPhoneList } from '../../shared/phones';
import { TOOL_TEXT } from '../../shared/toolDescription';
import type { NumberCheck } from '../../shared/whatsAppNumbers';
import { MAX_BATCH_SIZE, checkWhatsAppNumbers } from '../../shared/whatsAppNumbers';
import { readPassParameter } from '../../shared/passParameters';

const OUTPUTS = ['perNumber', 'summary'];

const properties: INodeProperties[] = [
	{
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 2 },
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description:
			'The numbers to check: phone numbers with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and each number is checked once.',
		hint: 'Many numbers: gather them into one list (e.g. with an Aggregate node) and map it here. One request checks up to 50,000 numbers.',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'One Item per Number',
				value: 'perNumber',
				description: 'Each number with exists, outputPhone and lid',
			},
			{
				name: 'One Summary Item',
				value: 'summary',
				description: 'Counts, withWhatsApp and withoutWhatsApp lists, and every number',
			},
		],
		default: 'perNumber',
		description: 'Whether to output one item per number or one item for the whole list',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_BATCH_SIZE },
				default: MAX_BATCH_SIZE,
				description: 'Numbers per request to Z-API. 50,000 is the most Z-API takes in one request.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['checkNumbers'] } },
	properties,
);

export const toolDescription = `Checks which phone numbers have WhatsApp, without sending them anything. Input: ${TOOL_TEXT.phones}. Returns for each number: phone (as checked), exists (true when it has WhatsApp), outputPhone (the number as WhatsApp has it, e.g. with the ninth digit of a Brazilian mobile) and lid (its private WhatsApp ID, null without WhatsApp); or, when the node is set to one summary item, total, withWhatsApp and withoutWhatsApp. It only reads: calling it again is safe.`;

function readBatchSize(this: IExecuteFunctions, itemIndex: number): number {
	const fields = readPassParameter<IDataObject>(this, 'additionalFields', itemIndex, {});
	const value = fields.batchSize ?? MAX_BATCH_SIZE;
	const size = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= MAX_BATCH_SIZE) {
		return size;
	}
	throw inputError(
		this.getNode(),
		`Batch Size must be a whole number from 1 to ${MAX_BATCH_SIZE} (got ${JSON.stringify(value) ?? 'nothing'})`,
		itemIndex,
	);
}

function readOutput(this: IExecuteFunctions, itemIndex: number): string {
	const value = this.getNodeParameter('output', itemIndex, 'perNumber') as unknown;
	if (typeof value === 'string' && OUTPUTS.includes(value)) return value;
	throw inputError(
		this.getNode(),
		`Output must be "perNumber" (One Item per Number) or "summary" (One Summary Item) (got ${JSON.stringify(value) ?? 'nothing'})`,
		itemIndex,
	);
}

function summary(checks: NumberCheck[]): IDataObject {
	const withWhatsApp = checks.filter((check) => check.exists).map((check) => check.phone);
	const withoutWhatsApp = checks.filter((check) => !check.exists).map((check) => check.phone);
	return {
		total: checks.length,
		withWhatsAppCount: withWhatsApp.length,
		withoutWhatsAppCount: withoutWhatsApp.length,
		withWhatsApp,
		withoutWhatsApp,
		numbers: checks,
	};
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject | IDataObject[]> {
	const phones = await readPhoneList.call(this, itemIndex, {
		needed: 'at least one number to check',
		lid: ', which always belongs to a WhatsApp account and cannot be checked: give phone numbers only',
	});
	const output = readOutput.call(this, itemIndex);
	const batchSize = readBatchSize.call(this, itemIndex);
	const checks = await checkWhatsAppNumbers.call(this, phones, { itemIndex, timeout, batchSize });
	return output === 'summary' ? summary(checks) : checks;
}
