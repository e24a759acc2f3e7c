import { ExecuteContext } from 'n8n-core';
import type { INode, INodeParameters, NodeParameterValueType } from 'n8n-workflow';

import { runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

type Internals = { _getNodeParameter(name: string): unknown; node: INode };

/** One real run of the Z-API node over `items`: how often it asked n8n for `name`, and its output. */
async function countedRun(
	parameters: INodeParameters,
	items: Array<Record<string, unknown>>,
	name: string,
) {
	const read = jest.spyOn(ExecuteContext.prototype as unknown as Internals, '_getNodeParameter');
	try {
		const result = await runZApi(double, {
			parameters,
			items,
			settings: { onError: 'continueRegularOutput' },
		});
		const reads = read.mock.calls.filter(
			([asked], call) =>
				asked === name && (read.mock.contexts[call] as Internals).node.name === 'Z-API',
		).length;
		return { result, reads };
	} finally {
		read.mockRestore();
	}
}

const PHONE = '5511988887777';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const sendText = (phone: NodeParameterValueType): INodeParameters => ({
	resource: 'message',
	operation: 'sendText',
	phone,
	message: '={{ "Hi " + $json.name }}',
});
const getMetadata = (groupId: unknown) => ({
	resource: 'group',
	operation: 'getMetadata',
	groupId,
});

const sendImage = (image: string): INodeParameters => ({
	resource: 'message',
	operation: 'sendImage',
	phone: '={{ $json.phone }}',
	mediaSource: 'url',
	image,
});
const IMAGE = 'https://example.com/photo.jpg';

describe('Phone or Group ID, Group ID and media: read once per run unless an expression sets them', () => {
	test.each([
		{ case: 'Send Text to a phone typed in', parameters: sendText(PHONE), counted: { phone: 1 } },
		{
			case: 'Send Text to a phone from an expression',
			parameters: sendText('={{ $json.phone }}'),
			counted: { phone: 'perItem' },
		},
		{
			case: 'Send Text to a group By ID',
			parameters: sendText(byId('{group}')),
			counted: { phone: 1 },
		},
		{
			case: 'Send Text to a group By ID from an expression',
			parameters: sendText(byId('={{ $json.groupId }}')),
			counted: { phone: 'perItem' },
		},
		{
			case: 'Get Metadata of a group By ID',
			parameters: getMetadata(byId('{group}')),
			counted: { groupId: 1 },
		},
		{
			case: 'Get Metadata of a group from an expression',
			parameters: getMetadata('={{ $json.groupId }}'),
			counted: { groupId: 'perItem' },
		},
		{
			case: 'Send Image from a URL typed in',
			parameters: sendImage(IMAGE),
			counted: { mediaSource: 1, image: 1 },
		},
		{
			case: 'Send Image from a URL from an expression',
			parameters: sendImage('={{ $json.image }}'),
			counted: { mediaSource: 1, image: 'perItem' },
		},
	])('$case', async ({ parameters, counted }) => {
		const groupId = double.addGroup({ name: 'Sales', participants: [PHONE] });
		const resolved = JSON.parse(JSON.stringify(parameters).replace('{group}', groupId));
		const items = ['Ana', 'Bia', 'Caio', 'Duda', 'Enzo'].map((person) => ({
			name: person,
			phone: PHONE,
			groupId,
			image: IMAGE,
		}));
		for (const [name, expected] of Object.entries(counted)) {
			const two = await countedRun(resolved, items.slice(0, 2), name);
			const five = await countedRun(resolved, items, name);
			expect([name, two.reads, five.reads]).toEqual(
				expected === 'perItem' ? [name, 2, 5] : [name, 1, 1],
			);
			// Every item still went out, to the same recipient, each with its own values.
			expect(five.result.output().map((item) => [item.json.error, item.pairedItem])).toEqual(
				[0, 1, 2, 3, 4].map((item) => [undefined, { item }]),
			);
			const sent = double.requests.slice(-5);
			const toGroup = JSON.stringify(parameters).includes('roup');
			for (const [index, request] of sent.entries()) {
				if (parameters.operation === 'getMetadata') {
					expect(request.endpoint).toBe(`/group-metadata/${groupId}`);
				} else if (parameters.operation === 'sendImage') {
					expect(request.body).toMatchObject({ phone: PHONE, image: IMAGE });
				} else {
					const phone = toGroup ? groupId : PHONE;
					expect(request.body).toMatchObject({ phone, message: `Hi ${items[index].name}` });
				}
			}
		}
	});

	test('a typed-in phone that fails its check fails every item, each with its own index', async () => {
		const { result } = await countedRun(
			sendText('call me'),
			[{ name: 'A' }, { name: 'B' }],
			'phone',
		);
		expect(result.output().map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		for (const item of result.output()) expect(String(item.json.error)).toMatch(/call me/);
		expect(double.requests).toHaveLength(0);
	});
});
