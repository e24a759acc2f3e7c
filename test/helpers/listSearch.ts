/**
 * The pickers' From List methods (`methods.listSearch`), called the way n8n's server calls a list
 * search for the editor (DynamicNodeParametersService: a "Temp-Node" of the node type in a one-node
 * workflow, n8n-core's LoadOptionsContext, the node's current parameters), their requests made through
 * n8n's HTTP helper with the credential to the Z-API double; and what each picker lists.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ZApi } from '../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from './engine';
import type { ZApiDouble } from './scenario';
import { credentialsFor } from './scenario';

const zApi = new ZApi();

export type SearchMethod = keyof typeof zApi.methods.listSearch;

export interface Picker {
	method: SearchMethod;
	/** The picker's parameter. */
	field: string;
	/** The node's parameters while the picker is open (an operation that has the field). */
	parameters: INodeParameters;
	/** The double's endpoint of the list, for faults. */
	endpoint: string;
	/** What the list request says it was doing, in its errors. */
	action: string;
	/** Adds an entry of this name to the double; its id. */
	add(double: ZApiDouble, name: string): string;
	/** An entry of Z-API's list as the double would answer it. */
	entry(id: string, name?: string): Record<string, unknown>;
	/** What the list shows for an entry. */
	shown(name: string, id: string): string;
	/** Ids the node would refuse (entries with them are not offered). */
	refused: unknown[];
	/** Two ids the node takes, and one of them in another spelling (spaces around it). */
	ids: [string, string];
}

const locator = { __rl: true, mode: 'list', value: '' };

export const PICKERS: Picker[] = [
	{
		method: 'searchGroups',
		field: 'groupId',
		parameters: { resource: 'group', operation: 'getMetadata', groupId: locator },
		endpoint: '/groups',
		action: 'list the groups (page 1)',
		add: (double, name) => double.addGroup({ name }),
		entry: (phone, name) => ({ isGroup: true, name, phone }),
		shown: (name, id) => `${name} (…${id.replace(/-group$/, '').slice(-8)})`,
		refused: ['5511988887777', '120363000000000009@g.us', 42],
		ids: ['120363000000000001-group', '5511999999999-1623281429'],
	},
	{
		method: 'searchCommunities',
		field: 'communityId',
		parameters: { resource: 'community', operation: 'getMetadata', communityId: locator },
		endpoint: '/communities',
		action: 'list the communities (page 1)',
		add: (double, name) => double.addCommunity({ name }),
		entry: (id, name) => ({ id, name }),
		shown: (name, id) => `${name} (…${id.slice(-8)})`,
		refused: ['120363019502600001-group', undefined],
		ids: ['120363019502700001', '120363019502700002'],
	},
	{
		method: 'searchChannels',
		field: 'channelId',
		parameters: { resource: 'channel', operation: 'getMetadata', channelId: locator },
		endpoint: '/newsletter',
		action: 'list the channels',
		add: (double, name) => double.addChannel({ name }),
		entry: (id, name) => ({ id, name }),
		shown: (name, id) => `${name} (…${id.replace(/@newsletter$/, '').slice(-6)})`,
		refused: ['not-a-channel', '120363166555745933'],
		ids: ['120363166555745933@newsletter', '120363166555745934@newsletter'],
	},
	{
		method: 'searchLabels',
		field: 'labelId',
		parameters: { resource: 'label', operation: 'addToChat', labelId: locator },
		endpoint: '/tags',
		action: 'list the labels',
		add: (double, name) => {
			const id = String(double.labels.size + 1);
			double.labels.set(id, { id, name, color: 0 });
			return id;
		},
		entry: (id, name) => ({ id, name, color: 0 }),
		shown: (name, id) => `${name} (${id})`,
		refused: ['5/x', ''],
		ids: ['1', '2'],
	},
];

/** What the editor asks when the From List dropdown opens, is searched or is scrolled to its end. */
export async function listSearch(
	double: ZApiDouble,
	picker: Pick<Picker, 'method' | 'field' | 'parameters'>,
	filter?: string,
	paginationToken?: string,
	parameters: INodeParameters = picker.parameters,
): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: Z_API_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = testAdditionalData(credentialsFor(double), {
		currentNodeParameters: parameters,
	});
	const path = `parameters.${picker.field}`;
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	const method = zApi.methods.listSearch[picker.method];
	return await method.call(context, filter, paginationToken);
}
