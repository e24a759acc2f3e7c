import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { operations as messageOperations } from '../../resources/message';
import { timeoutOf } from '../../transport/request';
import { asNodeError, errorItem } from '../itemErrors';
import { inputError } from '../nodeErrors';
import { passNode, readPassParameter } from '../passParameters';
import { readWaitTill } from './limit';

/**
 * Message → Send and Wait for Response, run as n8n's own send-and-wait nodes run: one question, from
 * the first item; the execution then waits, and the answer (the webhook's item) is the node's output.
 * When the wait limit passes first, the output is the node's input.
 */
export async function runSendAndWait(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	try {
		// As an AI agent's tool the node cannot hold the agent's run: n8n resumes waiting webhooks
		// of workflow steps only.
		if (passNode(this).type.endsWith('Tool')) {
			throw inputError(
				this.getNode(),
				'Send and Wait for Response runs as a workflow step only, not as an AI tool: put a Z-API node with this operation after the agent',
				0,
			);
		}
		const waitTill = readWaitTill.call(this, 0);
		const options = readPassParameter<IDataObject>(this, 'options', 0, {});
		await messageOperations.sendAndWait.execute.call(this, 0, { timeout: timeoutOf(options) });
		await this.putExecutionToWait(waitTill);
		return [items];
	} catch (error) {
		const nodeError = asNodeError(this.getNode(), error, 0);
		if (!this.continueOnFail()) throw nodeError;
		return [[{ json: errorItem(error, nodeError), pairedItem: { item: 0 } }]];
	}
}
