'use strict';
/**
 * The benchmark's workflows. All start the same way, Manual Trigger → "Items" (Edit Fields:
 * an array of N numbers) → "Split Out" (N items), so that subtracting the empty one's time leaves the
 * time of the node under test:
 *   empty         nothing more;
 *   zApi          → Z-API Group → Create (one group per item);
 *   httpRequest   → n8n's HTTP Request node sending the same POST, URL and headers itself;
 *   minimal       → the bench's minimal node (minimal-node/): the same parameters, expression,
 *                   credential and request as zApi, one item after the other, and nothing else;
 *   profile       → (for --profile) the minimal node and zApi once each to warm up, then minimal,
 *                   zApi in turn, PROFILE_RUNS of each, one after the other on the same items;
 *   sameProcess   → two workflows: the minimal node and the Z-API node once each to warm up, then
 *                   (a) (d) (d) (a) four times, or (d) (a) (a) (d), on the same items, each node with a credential of its own (same
 *                   data): each (a) looks up the connected number, as a run in an execution of its
 *                   own does (bench/sameProcess.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const PARTICIPANT = '5511988887777';
const CREDENTIAL_ID = 'zApiBenchDouble01';
/** The package name of minimal-node/ (n8n loads community packages named n8n-nodes-*). */
const MINIMAL_PACKAGE = 'n8n-nodes-bench-minimal';
/**
 * ABBA four times, and BAAB: a drift over the run weighs on both alike, and what always strikes at
 * the same point of a run (n8n's major garbage collection, the first run after the warm-ups) strikes
 * (a) in one and (d) in the other.
 */
const SAME_PROCESS_ORDERS = [
	Array.from({ length: 4 }, () => ['a', 'd', 'd', 'a']).flat(),
	Array.from({ length: 4 }, () => ['d', 'a', 'a', 'd']).flat(),
];
// Counted runs of each node in the --profile workflow (bench/profile.js), after one warm-up each.
const PROFILE_RUNS = 5;
const PROFILE_NODES = 2 * PROFILE_RUNS + 2;
const SAME_PROCESS_NODES = SAME_PROCESS_ORDERS[0].length;
/** The name of the node at `position` (0-based) of the workflow sameProcess[order]. */
const sameProcessName = (order, position) =>
	`${SAME_PROCESS_ORDERS[order][position] === 'a' ? 'Z-API' : 'Minimal'} ${position + 1}`;

function itemsNodes(items) {
	return [
		{
			id: 'b0000000-0000-4000-8000-000000000001',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b0000000-0000-4000-8000-000000000002',
			name: 'Items',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				assignments: {
					assignments: [
						{
							id: 'b0000000-0000-4000-8000-0000000000a1',
							name: 'i',
							value: `={{ Array.from({ length: ${items} }, (_, i) => i) }}`,
							type: 'array',
						},
					],
				},
			},
		},
		{
			id: 'b0000000-0000-4000-8000-000000000003',
			name: 'Split Out',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [440, 0],
			parameters: { fieldToSplitOut: 'i' },
		},
	];
}

/**
 * The items, then the node(s) under test, all fed by Split Out. Several run one after the other, in
 * the order given: n8n's v1 execution order takes branches from the top of the canvas down.
 */
function workflow(id, name, items, ...targets) {
	const nodes = itemsNodes(items);
	const connections = {
		Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
		Items: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
	};
	targets.forEach((target, i) => {
		nodes.push({
			id: `b0000000-0000-4000-8000-${String(4 + i).padStart(12, '0')}`,
			position: [660, 200 * i],
			...target,
		});
	});
	if (targets.length) {
		connections['Split Out'] = {
			main: [targets.map((target) => ({ node: target.name, type: 'main', index: 0 }))],
		};
	}
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/**
 * @param {{ items: number, double: { url: string, config: object }, aa?: boolean }} options `aa`:
 *   the minimal node in the Z-API node's places in sameProcess (bench.js --aa)
 */
function benchWorkflows({ items, double, aa = false }) {
	const { instanceId, instanceToken, clientToken } = double.config;
	const groupName = "={{ 'Bench group ' + $json.i }}";
	const credentials = { zApiApi: { id: CREDENTIAL_ID, name: 'Z-API (bench double)' } };
	const credentialData = { instanceId, instanceToken, clientToken, baseUrl: double.url };
	// One per node of sameProcess (the last for the Z-API node's warm-up) and of profile.
	const ownCredentials = Array.from(
		{ length: Math.max(SAME_PROCESS_NODES + 1, PROFILE_NODES) },
		(_, i) => ({
			id: `zApiBenchOwn${String(i).padStart(4, '0')}`,
			name: `Z-API (bench double, ${i + 1})`,
			type: 'zApiApi',
			data: credentialData,
		}),
	);
	const withOwn = (node, i) => ({
		...node,
		credentials: { zApiApi: { id: ownCredentials[i].id, name: ownCredentials[i].name } },
	});
	const zApiNode = (name) => ({
		name,
		type: 'n8n-nodes-z-api.zApi',
		typeVersion: 1,
		parameters: {
			resource: 'group',
			operation: 'create',
			groupName,
			phones: PARTICIPANT,
			autoInvite: true,
		},
		credentials,
	});
	const minimalNode = (name) => ({
		name,
		type: `${MINIMAL_PACKAGE}.zApiMinimal`,
		typeVersion: 1,
		parameters: { groupName, phones: PARTICIPANT, autoInvite: true },
		credentials,
	});
	return {
		credential: {
			id: CREDENTIAL_ID,
			name: 'Z-API (bench double)',
			type: 'zApiApi',
			data: credentialData,
		},
		ownCredentials,
		empty: workflow('zApiBenchEmpty01', 'Bench: items only', items),
		zApi: workflow(
			'zApiBenchNode001',
			'Bench: Z-API Create Group',
			items,
			zApiNode('Create Group'),
		),
		minimal: workflow(
			'zApiBenchMinim01',
			'Bench: minimal node',
			items,
			minimalNode('Minimal Create Group'),
		),
		// For --profile: each node once to warm up (not counted), then (d) (a) in turn, 5 of each, in
		// one process: on average, both run at the same point of it. Each node has its own
		// credential, as in sameProcess.
		profile: workflow(
			'zApiBenchProfil1',
			'Bench: profile of (a) beside (d)',
			items,
			...[
				minimalNode('Warm-up (d)'),
				zApiNode('Warm-up (a)'),
				...Array.from({ length: PROFILE_RUNS }, (_, i) => [
					minimalNode(`Minimal Create Group ${i + 1}`),
					zApiNode(`Create Group ${i + 1}`),
				]).flat(),
			].map(withOwn),
		),
		sameProcess: SAME_PROCESS_ORDERS.map((kinds, order) =>
			workflow(
				`zApiBenchSame00${order + 1}`,
				`Bench: (a) and (d) in one process, ${kinds.slice(0, 4).join(' ')}`,
				items,
				minimalNode('Warm-up (d)'),
				withOwn(zApiNode('Warm-up (a)'), SAME_PROCESS_NODES),
				...kinds.map((kind, i) =>
					withOwn((kind === 'a' && !aa ? zApiNode : minimalNode)(sameProcessName(order, i)), i),
				),
			),
		),
		httpRequest: workflow('zApiBenchHttp001', 'Bench: HTTP Request', items, {
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${double.url}/instances/${instanceId}/token/${instanceToken}/create-group`,
				sendHeaders: true,
				headerParameters: {
					parameters: [
						{ name: 'Client-Token', value: clientToken },
						{ name: 'Accept', value: 'application/json' },
					],
				},
				sendBody: true,
				specifyBody: 'json',
				jsonBody: `={{ JSON.stringify({ groupName: 'Bench group ' + $json.i, phones: ['${PARTICIPANT}'], autoInvite: true }) }}`,
				options: {},
			},
		}),
	};
}

/** The body and headers both nodes send, for the bare loop. */
function createRequest(double, i) {
	const { instanceId, instanceToken, clientToken } = double.config;
	return {
		path: `/instances/${instanceId}/token/${instanceToken}/create-group`,
		headers: {
			Accept: 'application/json',
			'Content-Type': 'application/json',
			'Client-Token': clientToken,
		},
		body: JSON.stringify({
			groupName: `Bench group ${i}`,
			phones: [PARTICIPANT],
			autoInvite: true,
		}),
	};
}

/**
 * (d)'s package into the n8n user folder's nodes/node_modules, beside the packed package (where n8n
 * loads community packages from). It has no dependency, so a copy is what npm would put there.
 */
function installMinimalNode(n8n) {
	const target = path.join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', MINIMAL_PACKAGE);
	fs.rmSync(target, { recursive: true, force: true });
	fs.cpSync(path.join(__dirname, 'minimal-node'), target, { recursive: true });
}

module.exports = {
	benchWorkflows,
	createRequest,
	installMinimalNode,
	MINIMAL_PACKAGE,
	PROFILE_RUNS,
	SAME_PROCESS_ORDERS,
	sameProcessName,
};
