import { ExecuteContext } from 'n8n-core';
import type { INode, INodeParameters, NodeOperationError } from 'n8n-workflow';

import {
	holdsExpression,
	passNode,
	readPassParameter,
} from '../../../../nodes/ZApi/shared/passParameters';
import { CREATE_GROUP, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

describe('holdsExpression: a string starting with "=" anywhere inside', () => {
	test.each([
		['a plain string', 'create', false],
		['an expression', '={{ $json.op }}', true],
		['an "=" that does not start the string', 'a=b', false],
		['a number, a boolean, null', [1, true, null], false],
		['an empty collection', {}, false],
		['a collection of plain values', { timeout: 5000, ifGroupExists: 'fail' }, false],
		['an expression deep inside', { photo: { photoUrl: '={{ $json.url }}' } }, true],
		['a resource locator set by an expression', { __rl: true, value: '={{ 1 }}' }, true],
		['an expression in a list', { rows: [{ text: 'a' }, { text: '=b' }] }, true],
	])('%s', (_case, value, expected) => {
		expect(holdsExpression(value)).toBe(expected);
	});
});

/** A context as n8n hands it, with only what passParameters uses. */
function fakeContext(parameters: INodeParameters, read: jest.Mock = jest.fn()) {
	const node = { name: 'Z-API', type: 'n8n-nodes-z-api.zApi', typeVersion: 1, parameters };
	return {
		getNode: jest.fn(() => structuredClone(node) as unknown as INode),
		getNodeParameter: read,
	};
}

describe('readPassParameter: once per pass unless an expression sets it', () => {
	test('a plain value is asked once, at the first item that reads it', () => {
		const context = fakeContext(
			{ operation: 'create' },
			jest.fn(() => 'create'),
		);
		for (const item of [0, 1, 2])
			expect(readPassParameter(context, 'operation', item)).toBe('create');
		expect(context.getNodeParameter.mock.calls).toEqual([
			['operation', 0, undefined, { skipValidation: true }],
		]);
	});

	test('an expression is asked for every item, with the item', () => {
		const read = jest.fn((_name: string, item: number) => `op${item}`);
		const context = fakeContext({ operation: '={{ $json.op }}' }, read);
		expect([0, 1, 2].map((item) => readPassParameter(context, 'operation', item))).toEqual([
			'op0',
			'op1',
			'op2',
		]);
		expect(read.mock.calls).toEqual(
			[0, 1, 2].map((item) => ['operation', item, undefined, { skipValidation: true }]),
		);
	});

	test.each([
		['absent', {}],
		['saved as {}', { additionalFields: {} }],
	])('a collection %s is {} without asking n8n', (_case, parameters) => {
		const context = fakeContext(parameters);
		expect(readPassParameter(context, 'additionalFields', 0, {})).toEqual({});
		expect(readPassParameter(context, 'additionalFields', 1, {})).toEqual({});
		expect(context.getNodeParameter).not.toHaveBeenCalled();
	});

	test('an absent parameter without a fallback is asked (n8n says it cannot get it)', () => {
		const read = jest.fn(() => {
			throw new Error('Could not get parameter "limit"');
		});
		const context = fakeContext({}, read);
		expect(() => readPassParameter(context, 'limit', 0)).toThrow('Could not get parameter');
		expect(read).toHaveBeenCalledTimes(1);
	});

	test('each item gets its own copy: what one item changes, the next does not see', () => {
		const saved = { groupDescription: 'Team', photo: { photoUrl: 'https://x.test/a.png' } };
		const context = fakeContext(
			{ additionalFields: saved },
			jest.fn(() => structuredClone(saved)),
		);
		const first = readPassParameter<typeof saved>(
			context,
			'additionalFields',
			0,
			{} as typeof saved,
		);
		first.groupDescription = 'changed';
		first.photo.photoUrl = 'changed';
		expect(readPassParameter(context, 'additionalFields', 1, {})).toEqual(saved);
		expect(context.getNodeParameter).toHaveBeenCalledTimes(1);
	});

	test('a read that fails is not kept: the next item asks again, with its own index', () => {
		const read = jest
			.fn()
			.mockImplementationOnce((_name: string, item: number) => {
				throw new Error(`bad value [item ${item}]`);
			})
			.mockReturnValue({ timeout: 5000 });
		const context = fakeContext({ options: { timeout: 5000 } }, read);
		expect(() => readPassParameter(context, 'options', 0, {})).toThrow('[item 0]');
		expect(readPassParameter(context, 'options', 1, {})).toEqual({ timeout: 5000 });
		expect(readPassParameter(context, 'options', 2, {})).toEqual({ timeout: 5000 });
		expect(read.mock.calls.map(([, item]) => item)).toEqual([0, 1]);
	});

	test('the node is copied once per pass; a new pass (a new context) copies it again', () => {
		const context = fakeContext({});
		expect(passNode(context).typeVersion).toBe(1);
		expect(passNode(context)).toBe(passNode(context));
		expect(context.getNode).toHaveBeenCalledTimes(1);
		const nextPass = { ...fakeContext({}) };
		passNode(nextPass);
		expect(nextPass.getNode).toHaveBeenCalledTimes(1);
	});
});

type Internals = { _getNodeParameter(name: string): unknown; getNode(): INode; node: INode };

const NAMES = ['One', 'Two', 'Three', 'Four', 'Five'];
const PASS_READ = ['resource', 'operation', 'options', 'additionalFields'];

/** One real run of the Z-API node: what it asked of n8n (getNode() calls, reads by name). */
async function countedRun(parameters: INodeParameters, items: number) {
	const proto = ExecuteContext.prototype as unknown as Internals;
	const getNode = jest.spyOn(proto, 'getNode');
	const read = jest.spyOn(proto, '_getNodeParameter');
	try {
		const result = await runZApi(double, {
			parameters,
			items: NAMES.slice(0, items).map((name) => ({
				name,
				participants: '5511988887777',
				invite: true,
			})),
			settings: { onError: 'continueRegularOutput' },
		});
		const byTheNode = (contexts: unknown[]) =>
			contexts.map((context) => (context as Internals).node.name === 'Z-API');
		const readBy = byTheNode(read.mock.contexts);
		const reads = (name: string) =>
			read.mock.calls.filter(([read], call) => readBy[call] && read === name).length;
		return {
			result,
			getNode: byTheNode(getNode.mock.contexts).filter(Boolean).length,
			reads: Object.fromEntries(
				[...PASS_READ, 'groupName', 'phones', 'autoInvite'].map((name) => [name, reads(name)]),
			),
		};
	} finally {
		getNode.mockRestore();
		read.mockRestore();
	}
}

const TEAM = { groupDescription: 'Our team' };

describe('Group → Create in n8n: what is read once per run, whatever the number of items', () => {
	test.each([
		{
			case: 'Options and Additional Fields left empty: not read at all',
			parameters: CREATE_GROUP,
			reads: { resource: 1, operation: 1, options: 0, additionalFields: 0 },
		},
		{
			case: 'Options and Additional Fields set without expressions: each read once',
			parameters: { ...CREATE_GROUP, options: { timeout: 20000 }, additionalFields: TEAM },
			reads: { resource: 1, operation: 1, options: 1, additionalFields: 1 },
		},
	])('$case', async ({ parameters, reads }) => {
		const two = await countedRun(parameters, 2);
		const five = await countedRun(parameters, 5);
		expect(five.result.output()).toHaveLength(5);
		expect(five.result.output().every((item) => item.json.error === undefined)).toBe(true);
		expect(two.reads).toMatchObject(reads);
		expect(five.reads).toMatchObject(reads);
		// n8n deep-copies the node on every getNode(): as many copies for 5 items as for 2.
		expect(five.getNode).toBe(two.getNode);
	});

	test('an expression in Options or Additional Fields is still read for each item', async () => {
		const perItem = {
			...CREATE_GROUP,
			options: { timeout: '={{ 20000 }}' },
			additionalFields: { groupDescription: '={{ "Team " + $json.name }}' },
		};
		const two = await countedRun(perItem, 2);
		const five = await countedRun(perItem, 5);
		for (const name of ['options', 'additionalFields']) {
			expect(five.reads[name]).toBeGreaterThanOrEqual(two.reads[name] + 3);
		}
		expect([five.reads.resource, five.reads.operation]).toEqual([1, 1]);
	});
});

describe("Group → Create in n8n: the operation's own fields, read once unless an expression sets them", () => {
	test.each([
		{
			case: 'Phones and Auto Invite typed in, Group Name from an expression',
			parameters: { ...CREATE_GROUP, phones: '+55 (11) 98888-7777', autoInvite: false },
			perItem: ['groupName'],
		},
		{
			case: 'all three from expressions',
			parameters: CREATE_GROUP,
			perItem: ['groupName', 'phones', 'autoInvite'],
		},
		{
			case: 'all three typed in',
			parameters: { ...CREATE_GROUP, groupName: 'Team', phones: '5511988887777', autoInvite: true },
			perItem: [],
		},
	])('$case', async ({ parameters, perItem }) => {
		const two = await countedRun(parameters, 2);
		const five = await countedRun(parameters, 5);
		for (const name of ['groupName', 'phones', 'autoInvite']) {
			const expected = perItem.includes(name) ? [2, 5] : [1, 1];
			expect([name, two.reads[name], five.reads[name]]).toEqual([name, ...expected]);
		}
		// Every item still gets (and is checked with) the value: the same request for each.
		// The double keeps the requests of both runs: 2, then 5.
		const sent = double.requests.filter((request) => request.endpoint === '/create-group');
		expect(sent).toHaveLength(7);
		for (const [index, request] of sent.slice(2).entries()) {
			expect(request.body).toEqual({
				groupName: perItem.includes('groupName') ? NAMES[index] : 'Team',
				phones: ['5511988887777'],
				autoInvite: perItem.includes('autoInvite') || parameters.autoInvite === true,
			});
		}
	});

	test('a typed-in value that fails its check fails every item, each with its own index', async () => {
		const { result } = await countedRun({ ...CREATE_GROUP, phones: 'call me' }, 3);
		expect(result.output().map((item) => [item.json.error, item.pairedItem])).toEqual(
			[0, 1, 2].map((item) => [expect.stringMatching(/^Phones: "call me"/), { item }]),
		);
		expect(double.requests.filter((request) => request.endpoint === '/create-group')).toEqual([]);
	});
});

describe('Group → Create in n8n: what users see is unchanged', () => {
	test("Additional Fields from an expression: each item's group gets its own description", async () => {
		const { result } = await countedRun(
			{ ...CREATE_GROUP, additionalFields: { groupDescription: '={{ "Team " + $json.name }}' } },
			3,
		);
		expect(result.output()).toHaveLength(3);
		const sent = double.requests.filter(
			(request) => request.endpoint === '/update-group-description',
		);
		expect(sent.map((request) => request.body.groupDescription)).toEqual([
			'Team One',
			'Team Two',
			'Team Three',
		]);
	});

	test('Additional Fields without expressions: every item gets them', async () => {
		await countedRun({ ...CREATE_GROUP, additionalFields: TEAM }, 3);
		expect(double.count('/update-group-description')).toBe(3);
	});

	test('an operation read once still fails each item, with its own index', async () => {
		const { result, reads } = await countedRun({ ...CREATE_GROUP, operation: 'nope' }, 3);
		const unsupported = 'The operation "nope" of resource "group" is not supported';
		expect(result.output().map((item) => [item.json.error, item.pairedItem])).toEqual([
			[unsupported, { item: 0 }],
			[unsupported, { item: 1 }],
			[unsupported, { item: 2 }],
		]);
		expect(reads.operation).toBe(1);
		expect(double.requests).toEqual([]);
	});

	test('without On Error: Continue, the first item fails the node with index 0', async () => {
		const result = await runZApi(double, {
			parameters: { ...CREATE_GROUP, operation: 'nope' },
			items: NAMES.slice(0, 3).map((name) => ({
				name,
				participants: '5511988887777',
				invite: true,
			})),
		});
		expect(result.error?.message).toBe('The operation "nope" of resource "group" is not supported');
		expect((result.error as NodeOperationError).context.itemIndex).toBe(0);
	});
});
