/**
 * Issue 22 §2's sends in a real n8n, as a user saves them: Send Poll → Send Poll Vote (in that poll,
 * by its messageId) → Send Option List → Send Button List with an image → Send Button Actions, each
 * to the chat the one before went to, the rows (poll options, list options, buttons) as n8n saves
 * fixedCollections, some of their fields expressions.
 * Runs inside the Group → Create suite's n8n.
 */
import type { RealN8n, Workflow } from './helpers/realN8n';
import { SECRETS, createGroupWorkflow, nodeOutput } from './helpers/realN8n';

export const interactiveChain: Workflow = (() => {
	const workflow = createGroupWorkflow('zApiE2eInteract1', {
		items: [{ to: '5511999998888', day: 'Monday' }],
	});
	const create = workflow.nodes.find((node) => node.name === 'Create Group')!;
	workflow.nodes = workflow.nodes.filter((node) => node !== create);
	const zApiNode = (name: string, x: number, parameters: Record<string, unknown>) => ({
		...create,
		id: `e2e-interactive-${x}`,
		name,
		position: [x, 400],
		parameters: { resource: 'message', phone: '={{ $json.to ?? $json.phone }}', ...parameters },
	});
	workflow.nodes.push(
		zApiNode('Send Poll', 440, {
			operation: 'sendPoll',
			message: 'Which day suits you?',
			pollOptions: { option: [{ name: '={{ $json.day }}' }, { name: 'Tuesday' }] },
			multipleAnswers: false,
		}),
		zApiNode('Send Poll Vote', 550, {
			operation: 'sendPollVote',
			pollMessageId: '={{ $json.messageId }}',
			pollVote: { option: [{ name: 'Tuesday' }] },
		}),
		zApiNode('Send Option List', 660, {
			operation: 'sendOptionList',
			message: 'Choose a plan:',
			listTitle: 'Plans',
			buttonLabel: 'See the plans',
			listOptions: {
				option: [
					{ title: 'Basic', description: 'One number', id: 'basic' },
					{ title: 'Pro', description: 'Ten numbers', id: '' },
				],
			},
		}),
		zApiNode('Send Button List', 880, {
			operation: 'sendButtonList',
			message: 'Is Z-API good?',
			buttons: { button: [{ label: 'Yes', id: 'yes' }, { label: 'No' }] },
			buttonMedia: 'image',
			image: 'https://example.com/photo.jpg',
		}),
		zApiNode('Send Button Actions', 1100, {
			operation: 'sendButtonActions',
			message: 'Thanks for your order!',
			buttons: {
				button: [
					{ type: 'URL', label: 'Track it', url: 'https://example.com/orders/1' },
					{ type: 'CALL', label: 'Call us', phone: '+55 (11) 3333-4444' },
				],
			},
			additionalFields: { footer: 'Z-API' },
		}),
	);
	const next = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });
	Object.assign(workflow.connections, {
		'Groups to Create': next('Send Poll'),
		'Send Poll': next('Send Poll Vote'),
		'Send Poll Vote': next('Send Option List'),
		'Send Option List': next('Send Button List'),
		'Send Button List': next('Send Button Actions'),
	});
	return workflow;
})();

export function interactiveTests(real: RealN8n) {
	it('sends a poll, a vote in it, an option list, a button list with an image and action buttons, each with its messageId', async () => {
		const { run } = await real.execute(interactiveChain.id);

		const error = run.data.resultData.error;
		expect({ status: run.status, error: error && `${error.node?.name}: ${error.message}` }).toEqual(
			{ status: 'success', error: undefined },
		);
		const to = '5511999998888';
		expect(real.double.requests.map((r) => [`${r.method} ${r.route}`, r.body])).toEqual([
			[
				'POST /send-poll',
				{
					phone: to,
					message: 'Which day suits you?',
					poll: [{ name: 'Monday' }, { name: 'Tuesday' }],
					pollMaxOptions: 1,
				},
			],
			[
				'POST /send-poll-vote',
				{ phone: to, pollMessageId: '3EB0DOUBLE0000000001', pollVote: [{ name: 'Tuesday' }] },
			],
			[
				'POST /send-option-list',
				{
					phone: to,
					message: 'Choose a plan:',
					optionList: {
						title: 'Plans',
						buttonLabel: 'See the plans',
						options: [
							{ id: 'basic', description: 'One number', title: 'Basic' },
							{ description: 'Ten numbers', title: 'Pro' },
						],
					},
				},
			],
			[
				'POST /send-button-list-image',
				{
					phone: to,
					message: 'Is Z-API good?',
					buttonList: {
						image: 'https://example.com/photo.jpg',
						buttons: [{ id: 'yes', label: 'Yes' }, { label: 'No' }],
					},
				},
			],
			[
				'POST /send-button-actions',
				{
					phone: to,
					message: 'Thanks for your order!',
					footer: 'Z-API',
					buttonActions: [
						{ type: 'URL', label: 'Track it', url: 'https://example.com/orders/1' },
						{ type: 'CALL', label: 'Call us', phone: '551133334444' },
					],
				},
			],
		]);
		[
			'Send Poll',
			'Send Poll Vote',
			'Send Option List',
			'Send Button List',
			'Send Button Actions',
		].forEach((node, index) =>
			expect(nodeOutput(run, node)[0]).toMatchObject({
				json: { phone: to, messageId: `3EB0DOUBLE000000000${index + 1}` },
				pairedItem: { item: 0 },
			}),
		);
		expect(JSON.stringify(run)).not.toContain(SECRETS.instanceToken);
	});
}
