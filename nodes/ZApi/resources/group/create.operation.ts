import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { connectedNumber } from '../../shared/connectedNumber';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { PHONE_EXAMPLE, parsePhoneList } from '../../shared/phones';
import { mayHaveReachedZApi, zApiRequest } from '../../transport/request';

const showOnlyForCreate = { show: { resource: ['group'], operation: ['create'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The name of the new WhatsApp group. Participants see it at the top of the chat.',
		displayOptions: showOnlyForCreate,
	},
	{
		displayName: 'Phones',
		name: 'phones',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		description:
			'The participants: phone numbers with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and duplicates are dropped; WhatsApp private IDs (…@lid) are passed on as they are.',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888. The number connected to your Z-API instance is always left out: you are in the group as its creator.',
		displayOptions: showOnlyForCreate,
	},
	{
		displayName: 'Auto Invite',
		name: 'autoInvite',
		type: 'boolean',
		default: true,
		description:
			'Whether to send a private invitation link to participants that cannot be added directly (for example because they have not saved your number). Such participants are listed in the output field phonesNotAdded until they accept.',
		displayOptions: showOnlyForCreate,
	},
];

type CreateOutcome = { created: IDataObject } | { error: unknown };

// One ledger per run of the node: n8n hands a retry the same execute data, and a new run (a loop,
// the next execution) a new one, so retries share the ledger and nothing else does.
const ledgers = new WeakMap<object, Map<string, CreateOutcome>>();

function createLedger(context: IExecuteFunctions): Map<string, CreateOutcome> {
	const run = context.getExecuteData();
	let ledger = ledgers.get(run);
	if (!ledger) {
		ledger = new Map();
		ledgers.set(run, ledger);
	}
	return ledger;
}

function readGroupName(this: IExecuteFunctions, itemIndex: number): string {
	const value = this.getNodeParameter('groupName', itemIndex) as unknown;
	const groupName = typeof value === 'number' ? String(value) : value;
	if (typeof groupName !== 'string' || groupName.trim() === '') {
		throw inputError(
			this.getNode(),
			`Group Name is empty (got ${JSON.stringify(value) ?? 'nothing'}): give the group a name, e.g. "Sales Team"`,
			itemIndex,
		);
	}
	return groupName.trim();
}

function readPhones(this: IExecuteFunctions, itemIndex: number): string[] {
	const value = this.getNodeParameter('phones', itemIndex) as unknown;
	let phones: string[];
	try {
		phones = parsePhoneList(value);
	} catch (error) {
		throw inputError(this.getNode(), `Phones: ${(error as Error).message}`, itemIndex);
	}
	if (phones.length === 0) {
		throw inputError(
			this.getNode(),
			`Phones: no phone number given (got ${JSON.stringify(value) ?? 'nothing'}): add at least one participant, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	return phones;
}

function readAutoInvite(this: IExecuteFunctions, itemIndex: number): boolean {
	const value = this.getNodeParameter('autoInvite', itemIndex) as unknown;
	if (typeof value === 'boolean') return value;
	// Expressions often hand over text ("true") from a sheet or a form.
	if (value === 'true' || value === 'false') return value === 'true';
	throw inputError(
		this.getNode(),
		`Auto Invite must be true or false (got ${JSON.stringify(value)})`,
		itemIndex,
	);
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ memory, timeout }: OperationContext,
): Promise<IDataObject> {
	const groupName = readGroupName.call(this, itemIndex);
	const requested = readPhones.call(this, itemIndex);
	const autoInvite = readAutoInvite.call(this, itemIndex);

	const connected = await connectedNumber.call(this, memory, itemIndex, timeout);
	const phones = requested.filter((phone) => phone !== connected);
	if (phones.length === 0) {
		throw inputError(
			this.getNode(),
			`Phones: the only participant given (${connected}) is the number connected to this Z-API instance, which is in the group anyway as its creator: add at least one other participant`,
			itemIndex,
		);
	}

	const body = { groupName, phones, autoInvite };
	// Creating a group is not idempotent. n8n's Retry On Fail runs the node again with the same input:
	// answer from what happened the first time instead of sending the create again.
	const ledger = createLedger(this);
	const key = `${itemIndex}:${JSON.stringify(body)}`;
	const previous = ledger.get(key);
	if (previous) {
		if ('error' in previous) throw previous.error;
		return previous.created;
	}

	let outcome: CreateOutcome;
	try {
		const answer = await zApiRequest.call(this, {
			method: 'POST',
			endpoint: '/create-group',
			body,
			itemIndex,
			timeout,
			action: `create the group "${groupName}"`,
			expect: ['phone'],
		});
		outcome = {
			created: {
				phone: answer.phone,
				invitationLink: answer.invitationLink ?? null,
				phonesNotAdded: Array.isArray(answer.phonesNotAdded) ? answer.phonesNotAdded : [],
				groupName,
				phones,
			},
		};
	} catch (error) {
		outcome = { error };
	}
	// A failure Z-API answered (4xx, refused connection) created nothing and may be retried; one that
	// may have reached Z-API (timeout, reset, 5xx) is remembered and never sent again.
	if ('created' in outcome || mayHaveReachedZApi(outcome.error)) ledger.set(key, outcome);
	if ('error' in outcome) throw outcome.error;
	return outcome.created;
}
