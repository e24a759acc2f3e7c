/**
 * Runs the credential's `test` the way n8n's CredentialsTester does when a user clicks Save or Retry in
 * the credential form: the request goes through n8n-core's RoutingNode (expressions on $credentials
 * resolved, the credential's authenticate applied, n8n's HTTP helper), then the rules decide the
 * message. Only the rule loop is re-stated here (from n8n's credentials-tester.service.ts).
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	INode,
	INodeType,
	INodeTypes,
	IRunExecutionData,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { ZApiApi } from '../../credentials/ZApiApi.credentials';
import { testAdditionalData } from './engine';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

function get(object: unknown, key: string): unknown {
	return key
		.split('.')
		.reduce<unknown>(
			(value, part) => (value as Record<string, unknown> | undefined)?.[part],
			object,
		);
}

export async function testCredential(
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	const credentialType = new ZApiApi();
	const testRequest: ICredentialTestRequest = credentialType.test;
	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation',
			name: 'noOp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'No Operation' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'zApiApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: testRequest.request },
					default: '',
				},
			],
		},
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const runExecutionData = { resultData: { runData: {} } } as IRunExecutionData;
	const context = new ExecuteContext(
		workflow,
		node,
		testAdditionalData({ zApiApi: data }),
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, nodeType, {
		id: '1',
		name: 'Z-API account',
		type: 'zApiApi',
		data,
	});

	const rules = (testRequest.rules ?? []) as Array<{
		type: 'responseCode' | 'responseSuccessBody';
		properties: { key?: string; value: unknown; message: string };
	}>;
	// From here on, the same steps as n8n's CredentialsTester.
	let response;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const cause = (
			error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }
		).cause;
		if (cause?.response) {
			for (const rule of rules) {
				if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
			};
		}
		if (cause?.code) return { status: 'Error', message: cause.code };
		return { status: 'Error', message: String((error as Error).message) };
	}
	const body = response?.[0]?.[0]?.json;
	for (const rule of rules) {
		if (
			rule.type === 'responseSuccessBody' &&
			get(body, rule.properties.key!) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
