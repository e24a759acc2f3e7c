/**
 * Message → Send and Wait for Response: the question goes out as a text message with links (with
 * Options → Send Links as Buttons, the same text with the links also as Z-API URL buttons); the
 * execution waits (n8n's putExecutionToWait) until a link's page is answered (webhook: see
 * shared/sendAndWait/webhook.ts) or the wait limit passes. The operation value is n8n's
 * SEND_AND_WAIT_OPERATION, so that n8n's waiting webhooks and editor treat the node as one of theirs.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { readBoolean, readTextParameter } from '../../shared/parameters';
import { readRecipient, recipientField } from '../../shared/recipient';
import { sendMessage } from '../../shared/send';
import { limitWaitTimeProperties, readWaitTill } from '../../shared/sendAndWait/limit';
import { resumeUrl } from '../../shared/sendAndWait/links';
import { inputError } from '../../shared/nodeErrors';
import { urlButtonActions } from './buttonActions';
import { readPassParameter } from '../../shared/passParameters';

export const DEFAULT_LABELS = { approve: 'Approve', disapprove: 'Disapprove', reply: 'Reply' };

const properties: INodeProperties[] = [
	recipientField,
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 4 },
		placeholder: 'e.g. Approve the expense of R$ 250.00 for the team lunch?',
		description: 'The question. The links to answer it are added below it.',
	},
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		default: 'approval',
		options: [
			{
				name: 'Approval',
				value: 'approval',
				description: 'The recipient approves, or approves or disapproves, through a link',
			},
			{
				name: 'Free Text',
				value: 'freeText',
				description: 'The recipient writes an answer on the page a link opens',
			},
		],
	},
	{
		displayName: 'Approval Options',
		name: 'approvalOptions',
		type: 'fixedCollection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { responseType: ['approval'] } },
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Type of Approval',
						name: 'approvalType',
						type: 'options',
						default: 'single',
						options: [
							{ name: 'Approve Only', value: 'single' },
							{ name: 'Approve and Disapprove', value: 'double' },
						],
					},
					{
						displayName: 'Approve Button Label',
						name: 'approveLabel',
						type: 'string',
						default: 'Approve',
					},
					{
						displayName: 'Disapprove Button Label',
						name: 'disapproveLabel',
						type: 'string',
						default: 'Disapprove',
						displayOptions: { show: { approvalType: ['double'] } },
					},
				],
			},
		],
	},
	{
		displayName: 'Reply Button Label',
		name: 'replyLabel',
		type: 'string',
		default: 'Reply',
		displayOptions: { show: { responseType: ['freeText'] } },
		description: 'The words before the link to the answer page, and on its button',
	},
	...limitWaitTimeProperties,
];

/** Send and Wait's fields in the node's Options collection (beside Timeout). */
export const sendAndWaitOptions: INodeProperties[] = [
	{
		displayName: 'Send Links as Buttons',
		name: 'linksAsButtons',
		type: 'boolean',
		default: false,
		description:
			'Whether to send the links also as URL buttons under the question (Z-API’s Send Button Actions), labelled with the button labels. The links stay in the text: Z-API’s Button Status page says buttons depend on the sending account, the chat and WhatsApp’s updates, so they may not show; the links in the text always work.',
		displayOptions: { show: { '/resource': ['message'], '/operation': ['sendAndWait'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['sendAndWait'] } },
	properties,
);

export const toolDescription =
	'Not for AI models: it sends a WhatsApp question and pauses the workflow until a person answers, which only a workflow step can do. Calling it returns an error and sends nothing.';

interface Link {
	label: string;
	url: string;
}

function readLabel(
	this: IExecuteFunctions,
	value: unknown,
	fallback: string,
	displayName: string,
	itemIndex: number,
): string {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value !== 'string' || value.trim() === '') {
		throw inputError(
			this.getNode(),
			`${displayName} must be text (got ${JSON.stringify(value)})`,
			itemIndex,
		);
	}
	return value.trim();
}

/** The links of the question, checked, in the order they are listed in the message. */
function readLinks(this: IExecuteFunctions, itemIndex: number): Link[] {
	const responseType = this.getNodeParameter('responseType', itemIndex, 'approval');
	if (responseType === 'freeText') {
		const label = this.getNodeParameter('replyLabel', itemIndex, DEFAULT_LABELS.reply);
		return [
			{
				label: readLabel.call(this, label, DEFAULT_LABELS.reply, 'Reply Button Label', itemIndex),
				url: resumeUrl.call(this, {}),
			},
		];
	}
	if (responseType !== 'approval') {
		throw inputError(
			this.getNode(),
			`Response Type must be Approval or Free Text (got ${JSON.stringify(responseType)})`,
			itemIndex,
		);
	}
	const options = this.getNodeParameter('approvalOptions.values', itemIndex, {}) as IDataObject;
	const approve: Link = {
		label: readLabel.call(
			this,
			options.approveLabel,
			DEFAULT_LABELS.approve,
			'Approve Button Label',
			itemIndex,
		),
		url: resumeUrl.call(this, { approved: 'true' }),
	};
	if (options.approvalType !== 'double') return [approve];
	const disapprove: Link = {
		label: readLabel.call(
			this,
			options.disapproveLabel,
			DEFAULT_LABELS.disapprove,
			'Disapprove Button Label',
			itemIndex,
		),
		url: resumeUrl.call(this, { approved: 'false' }),
	};
	return [approve, disapprove];
}

/** Sends the question of the item; the node then waits (executeSendAndWait). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const phone = await readRecipient.call(this, itemIndex);
	const question = readTextParameter.call(this, itemIndex, {
		name: 'message',
		displayName: 'Message',
		hint: 'write the question to send',
		trim: true,
	});
	// Checked before the send: a bad limit must not leave a question out without a wait.
	readWaitTill.call(this, itemIndex);
	const links = readLinks.call(this, itemIndex);
	const message = [question, '', ...links.map(({ label, url }) => `${label}: ${url}`)].join('\n');
	const options = readPassParameter<IDataObject>(this, 'options', itemIndex, {});
	const asButtons =
		options.linksAsButtons !== undefined &&
		readBoolean.call(this, itemIndex, 'Send Links as Buttons', options.linksAsButtons);
	// One request either way, through the one send door: never a second send for the buttons. The
	// text keeps the links, for a WhatsApp that does not show the buttons (Z-API's Button Status).
	return await sendMessage.call(this, {
		...(asButtons
			? {
					endpoint: '/send-button-actions',
					body: { phone, message, buttonActions: urlButtonActions.call(this, itemIndex, links) },
				}
			: { endpoint: '/send-text', body: { phone, message } }),
		itemIndex,
		timeout,
		what: 'a question',
	});
}
