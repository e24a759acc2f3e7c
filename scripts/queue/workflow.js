'use strict';
/** The credential and the workflow the queue test imports: Webhook → Z-API Create Group. */

/** The values no process may print. */
const SECRETS = {
	instanceToken: 'QUEUETOKEN0001SECRET',
	clientToken: 'QUEUECLIENT0001SECRET',
	// A second credential (never used by a run): its token must not show up either.
	otherToken: 'QUEUEOTHER0002SECRET',
};

const CREDENTIAL = { id: 'zApiQueueDouble1', name: 'Z-API (queue double)' };
const OTHER_CREDENTIAL = { id: 'zApiQueueOther02', name: 'Z-API (second instance)' };

function credentials(double) {
	const data = (instanceToken) => ({
		instanceId: double.config.instanceId,
		instanceToken,
		clientToken: SECRETS.clientToken,
		baseUrl: double.url,
	});
	return [
		{ ...CREDENTIAL, type: 'zApiApi', data: data(SECRETS.instanceToken) },
		{ ...OTHER_CREDENTIAL, type: 'zApiApi', data: data(SECRETS.otherToken) },
	];
}

const WEBHOOK_PATH = 'zapi-queue-create-group';

/** Webhook (POST { name, phones }, answered at once) → Create Group. */
function createGroupWorkflow() {
	return {
		id: 'zApiQueueCreate1',
		name: 'queue: Webhook → Z-API Create Group',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: '3a1f0c2e-7b6d-4e5f-9a8b-000000000001',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '3a1f0c2e-7b6d-4e5f-9a8b-0000000000a1',
				parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, options: {} },
			},
			{
				id: '3a1f0c2e-7b6d-4e5f-9a8b-000000000002',
				name: 'Create Group',
				type: 'n8n-nodes-z-api.zApi',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'group',
					operation: 'create',
					groupName: '={{ $json.body.name }}',
					phones: '={{ $json.body.phones }}',
					autoInvite: true,
				},
				credentials: { zApiApi: CREDENTIAL },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Create Group', type: 'main', index: 0 }]] },
		},
		pinData: {},
	};
}

const RERUN_WEBHOOK_PATH = 'zapi-queue-create-group-again';

/**
 * The same workflow with Create → Options → If a Group With This Name Exists → Return the Existing
 * Group, on a webhook of its own: what a user runs the failed inputs through after a crash.
 */
function rerunWorkflow() {
	const workflow = createGroupWorkflow();
	workflow.id = 'zApiQueueRerun01';
	workflow.name = 'queue: Webhook → Z-API Create Group (Return the Existing Group)';
	const [webhook, create] = workflow.nodes;
	webhook.webhookId = '3a1f0c2e-7b6d-4e5f-9a8b-0000000000a2';
	webhook.parameters.path = RERUN_WEBHOOK_PATH;
	create.parameters.options = { ifGroupExists: 'returnExisting' };
	return workflow;
}

module.exports = {
	SECRETS,
	CREDENTIAL,
	credentials,
	createGroupWorkflow,
	rerunWorkflow,
	WEBHOOK_PATH,
	RERUN_WEBHOOK_PATH,
};
