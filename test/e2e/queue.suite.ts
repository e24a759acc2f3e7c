/**
 * Issue 24's "stop a bulk send" in a real n8n: a campaign of texts waits in Z-API's send queue (the
 * double holds them, as Z-API does while the phone is offline); one workflow deletes only the
 * campaign's messages (Get Queue → a Code filter → Delete One Queued Message), another the whole
 * queue. Runs inside the Group → Create suite's n8n.
 */
import type { RealN8n, Workflow, WorkflowNode } from './helpers/realN8n';
import { SECRETS, createGroupWorkflow, nodeOutput } from './helpers/realN8n';

const CUSTOMERS = ['5511999998888', '5521988887777', '5531977776666'];
/** A campaign that went wrong, and reminders that must still go out. */
const BULK = CUSTOMERS.flatMap((phone) => [
	{ phone, text: 'Promo: 50% off today only' },
	{ phone, text: 'Reminder: your appointment is tomorrow' },
]);

/** Manual Trigger → a Code node with `items` → the Z-API nodes given, chained in that order. */
function chain(id: string, items: Array<Record<string, unknown>>, steps: WorkflowNode[]): Workflow {
	const workflow = createGroupWorkflow(id, { items });
	const template = workflow.nodes.find((node) => node.name === 'Create Group')!;
	workflow.nodes = workflow.nodes.filter((node) => node !== template);
	const names = ['Groups to Create'];
	steps.forEach((step, index) => {
		const x = 440 + index * 220;
		const base = step.type === 'n8n-nodes-base.code' ? { typeVersion: 2 } : template;
		workflow.nodes.push({ ...base, id: `${id}-${index}`, position: [x, 0], ...step });
		names.push(step.name);
	});
	const next = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });
	workflow.connections = Object.fromEntries(
		names.map((name, index) => [name, next(names[index + 1])]).slice(0, -1),
	);
	workflow.connections[workflow.nodes[0].name] = next('Groups to Create');
	return workflow;
}

const zApi = (name: string, parameters: Record<string, unknown>) =>
	({ name, type: 'n8n-nodes-z-api.zApi', parameters }) as WorkflowNode;

export const bulkSend = chain('zApiE2eBulkSend1', BULK, [
	zApi('Bulk Send', {
		resource: 'message',
		operation: 'sendText',
		phone: '={{ $json.phone }}',
		message: '={{ $json.text }}',
	}),
]);

export const stopCampaign = chain(
	'zApiE2eStopPromo',
	[{}],
	[
		zApi('Get Queue', { resource: 'instance', operation: 'getQueue', returnAll: true }),
		{
			name: 'Only the Campaign',
			type: 'n8n-nodes-base.code',
			parameters: {
				jsCode: "return $input.all().filter((item) => item.json.message.startsWith('Promo'));",
			},
		},
		zApi('Delete Queued Message', {
			resource: 'instance',
			operation: 'deleteQueuedMessage',
			zaapId: '={{ $json.zaapId }}',
		}),
	],
);

export const stopEverything = chain(
	'zApiE2eStopQueue',
	[{}],
	[zApi('Delete Queue', { resource: 'instance', operation: 'deleteQueue' })],
);

export const queueWorkflows = [bulkSend, stopCampaign, stopEverything];

function expectSuccess(run: any) {
	const error = run.data.resultData.error;
	expect({ status: run.status, error: error && `${error.node?.name}: ${error.message}` }).toEqual({
		status: 'success',
		error: undefined,
	});
}

export function queueTests(real: RealN8n) {
	it('stops a bulk send that went wrong: Get Queue → Code filter → Delete One Queued Message, then Delete Queue', async () => {
		const { double } = real;
		double.config.holdSends = true;

		const sent = await real.execute(bulkSend.id);
		expectSuccess(sent.run);
		expect(double.queue.map((entry) => entry.message)).toEqual(BULK.map((item) => item.text));
		const zaapIds = nodeOutput(sent.run, 'Bulk Send').map((item) => item.json.zaapId);
		expect(double.queue.map((entry) => entry.zaapId)).toEqual(zaapIds);
		double.requests.length = 0;

		const { run } = await real.execute(stopCampaign.id);
		expectSuccess(run);
		const listed = nodeOutput(run, 'Get Queue').map((item) => item.json);
		expect(listed.map((entry) => [entry.zaapId, entry.phone, entry.message])).toEqual(
			BULK.map((item, index) => [zaapIds[index], item.phone, item.text]),
		);
		const promoIds = zaapIds.filter((_, index) => index % 2 === 0);
		expect(real.double.requests.map((r) => `${r.method} ${r.endpoint}`)).toEqual([
			'POST /queue',
			...promoIds.map((zaapId) => `DELETE /queue/${zaapId}`),
		]);
		expect(nodeOutput(run, 'Delete Queued Message')).toEqual(
			promoIds.map((zaapId, item) => ({
				json: { zaapId, deleted: true },
				pairedItem: { item },
			})),
		);
		// Only the reminders still wait to be sent.
		expect(double.queue.map((entry) => entry.message)).toEqual(
			CUSTOMERS.map(() => 'Reminder: your appointment is tomorrow'),
		);

		const stopped = await real.execute(stopEverything.id);
		expectSuccess(stopped.run);
		expect(nodeOutput(stopped.run, 'Delete Queue').map((item) => item.json)).toEqual([
			{ queueDeleted: true },
		]);
		expect(double.queue).toHaveLength(0);
		for (const secret of Object.values(SECRETS)) {
			expect(JSON.stringify([sent.run, run, stopped.run])).not.toContain(secret);
		}
	});
}
