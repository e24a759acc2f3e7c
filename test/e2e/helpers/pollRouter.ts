/**
 * A workflow that routes poll votes: Z-API Trigger (Poll Vote) → Switch on the item's `reply` (the
 * poll's message id and the chosen option) → one Send Text per answer. Votes of any other poll match
 * no rule and send nothing.
 */
import { CREDENTIAL } from './realN8n';
import type { Workflow } from './realN8n';

export const POLL_MESSAGE_ID = '3EB0C767D71D5A2B9A1F';

const credentials = { zApiApi: CREDENTIAL };

function rule(option: string) {
	const condition = (id: string, leftValue: string, rightValue: string) => ({
		id,
		leftValue,
		rightValue,
		operator: { type: 'string', operation: 'equals' },
	});
	return {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
			conditions: [
				condition(`poll-${option}`, '={{ $json.reply.pollMessageId }}', POLL_MESSAGE_ID),
				condition(`option-${option}`, '={{ $json.reply.optionId }}', option),
			],
			combinator: 'and',
		},
		renameOutput: true,
		outputKey: option,
	};
}

function sendText(name: string, x: number, y: number, message: string) {
	return {
		id: `7a0c9e51-0b6d-4e2f-9c3a-4d5e6f7a8b0${name === 'Thanks Yes' ? '2' : '3'}`,
		name,
		type: 'n8n-nodes-z-api.zApi',
		typeVersion: 1,
		position: [x, y],
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.reply.from }}',
			message,
		},
		credentials,
	};
}

export function pollRouterWorkflow(): Workflow {
	return {
		id: 'zApiE2ePollVote1',
		name: 'e2e poll vote router',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: '7a0c9e51-0b6d-4e2f-9c3a-4d5e6f7a8b00',
				name: 'Poll Vote',
				type: 'n8n-nodes-z-api.zApiTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '6c2d8f40-1e7a-4b9c-8d3e-5f6a7b8c9d0e',
				parameters: { events: ['pollVote'], replaceExisting: true },
				credentials,
			},
			{
				id: '7a0c9e51-0b6d-4e2f-9c3a-4d5e6f7a8b01',
				name: 'Route the Answer',
				type: 'n8n-nodes-base.switch',
				typeVersion: 3.2,
				position: [220, 0],
				parameters: { rules: { values: [rule('Yes'), rule('No')] }, options: {} },
			},
			sendText('Thanks Yes', 440, -100, '=Yes from {{ $json.reply.from }}, noted.'),
			sendText('Thanks No', 440, 100, '=No from {{ $json.reply.from }}, noted.'),
		],
		connections: {
			'Poll Vote': { main: [[{ node: 'Route the Answer', type: 'main', index: 0 }]] },
			'Route the Answer': {
				main: [
					[{ node: 'Thanks Yes', type: 'main', index: 0 }],
					[{ node: 'Thanks No', type: 'main', index: 0 }],
				],
			},
		},
		pinData: {},
	};
}
