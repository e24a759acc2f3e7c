/**
 * The channel picker's From List mode: `methods.listSearch.searchChannels`, called the way n8n's server
 * calls a list search for the editor (a "Temp-Node" in a one-node workflow, n8n-core's
 * LoadOptionsContext), its request made through n8n's HTTP helper with the credential to the double.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, INodeParameters } from 'n8n-workflow';
import { NodeApiError, Workflow } from 'n8n-workflow';

import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { Z_API_TYPE, nodeTypes, testAdditionalData } from '../../../helpers/engine';
import { credentialsFor, expectNoSecrets, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();

const PARAMETERS: INodeParameters = {
	resource: 'channel',
	operation: 'getMetadata',
	channelId: { __rl: true, mode: 'list', value: '' },
};

async function searchChannels(filter?: string): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: Z_API_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: PARAMETERS,
		credentials: { zApiApi: { id: '1', name: 'Z-API account' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = testAdditionalData(credentialsFor(double), {
		currentNodeParameters: PARAMETERS,
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.channelId');
	return await zApi.methods.listSearch.searchChannels.call(context, filter);
}

/** A channel as the list shows it: its name and the last 6 digits of its id. */
const shown = (name: string, id: string) =>
	`${name} (…${id.replace(/@newsletter$/, '').slice(-6)})`;

describe('the channel picker’s list (From List)', () => {
	test('every Channel ID field is a picker whose From List mode names this method', () => {
		const fields = zApi.description.properties.filter((property) => property.name === 'channelId');
		// Get Metadata, the 4 updates, Follow, Unfollow, Mute, Unmute and Delete.
		expect(fields).toHaveLength(10);
		for (const field of fields) {
			expect(field.type).toBe('resourceLocator');
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(field.modes?.[0].typeOptions).toMatchObject({
				searchListMethod: 'searchChannels',
				searchable: true,
			});
		}
	});

	test('GET /newsletter, no body: each channel owned or followed as its name and its id', async () => {
		const news = double.addChannel({ name: 'Acme News' });
		const zapi = double.addChannel({ name: 'Z-API', role: 'SUBSCRIBER' });
		double.addChannel({ name: 'Not followed', role: 'SUBSCRIBER', followed: false });
		const result = await searchChannels();
		expect(result).toEqual({
			results: [
				{ name: shown('Acme News', news), value: news },
				{ name: shown('Z-API', zapi), value: zapi },
			],
		});
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0]).toMatchObject({
			method: 'GET',
			endpoint: '/newsletter',
			rawBody: '',
		});
	});

	test('search: by name, in any case and without accents, or by a part of the id', async () => {
		const noticias = double.addChannel({ name: 'Notícias Acme' });
		double.addChannel({ name: 'Ofertas' });
		expect((await searchChannels('NOTICIAS')).results).toEqual([
			{ name: shown('Notícias Acme', noticias), value: noticias },
		]);
		expect((await searchChannels(noticias.slice(-16, -11))).results).toEqual([
			{ name: shown('Notícias Acme', noticias), value: noticias },
		]);
	});

	test('a channel without a name shows its id; an entry that is no channel id is left out', async () => {
		const unnamed = double.addChannel({ name: '' });
		double.addChannel({ id: 'not-a-channel', name: 'Broken' });
		expect((await searchChannels()).results).toEqual([{ name: unnamed, value: unnamed }]);
	});

	test('a failure is a NodeApiError that says what it was doing, with no secret', async () => {
		double.setFault('/newsletter', { status: 500, body: { error: 'Internal error' } });
		const error = await searchChannels().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe(
			'Z-API failed (HTTP 500) when trying to list the channels: Internal error',
		);
		expectNoSecrets(JSON.stringify(error) + String((error as Error).message), double);
	});
});
