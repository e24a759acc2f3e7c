/**
 * The pickers' resource locator fields and readers (shared/idPicker.ts): each picker's field as the
 * builder makes it, and the reader on every form of the parameter.
 */
import type { IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { channelIdField } from '../../../../nodes/ZApi/shared/channelId';
import { communityIdField } from '../../../../nodes/ZApi/shared/communityId';
import { groupIdField } from '../../../../nodes/ZApi/shared/groupId';
import {
	idParameterReader,
	idPickerField,
	locatorParts,
} from '../../../../nodes/ZApi/shared/idPicker';
import { labelIdField } from '../../../../nodes/ZApi/shared/labelId';

const node: INode = {
	id: '1',
	name: 'Z-API',
	type: 'n8n-nodes-z-api.zApi',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** An execute context whose parameter `name` is `parameter`. */
const contextWith = (name: string, parameter: unknown) =>
	({
		getNode: () => node,
		getNodeParameter: (asked: string) => {
			expect(asked).toBe(name);
			return parameter;
		},
	}) as unknown as IExecuteFunctions;

describe('idPickerField', () => {
	test.each<[string, INodeProperties, string, string]>([
		['Group ID', groupIdField, 'group', 'searchGroups'],
		['Community ID', communityIdField, 'community', 'searchCommunities'],
		['Channel ID', channelIdField, 'channel', 'searchChannels'],
		['Label ID', labelIdField, 'label', 'searchLabels'],
	])('%s: From List then By ID', (displayName, field, noun, method) => {
		expect(field).toMatchObject({
			displayName,
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
		});
		const [list, byId] = field.modes!;
		expect(list).toMatchObject({
			name: 'list',
			placeholder: `Select a ${noun}...`,
			typeOptions: { searchListMethod: method, searchable: true },
		});
		expect(byId.name).toBe('id');
		expect(byId.validation?.[0]).toMatchObject({
			properties: { errorMessage: expect.stringMatching(`^${displayName}: not a ${noun} ID; `) },
		});
	});

	test('the placeholder is the example unless given; a hint and more modes only when given', () => {
		const picker = {
			noun: 'thing',
			field: 'Thing ID',
			searchListMethod: 'searchThings',
			pattern: '\\d+',
			example: '12',
		};
		const plain = idPickerField('thingId', picker, 'A thing');
		expect(plain.modes?.[1]).toEqual({
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 12',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '\\s*\\d+\\s*',
						errorMessage: 'Thing ID: not a thing ID; use one like 12',
					},
				},
			],
		});
		const more = { displayName: 'By Name', name: 'name', type: 'string' as const };
		const hinted = idPickerField(
			'thingId',
			{ ...picker, placeholder: 'e.g. 1…', hint: 'Its ID' },
			'',
			{
				modes: [more],
			},
		);
		expect(hinted.modes?.[1]).toMatchObject({ placeholder: 'e.g. 1…', hint: 'Its ID' });
		expect(hinted.modes?.map((mode) => mode.name)).toEqual(['list', 'id', 'name']);
	});
});

describe('locatorParts and idParameterReader', () => {
	test.each([
		[
			{ __rl: true, mode: 'id', value: ' 7 ' },
			{ __rl: true, mode: 'id', value: ' 7 ' },
		],
		[' 7 ', { mode: '', value: ' 7 ' }],
		[7, { mode: '', value: 7 }],
		[null, { mode: '', value: null }],
	])('the parts of %j', (parameter, parts) => {
		expect(locatorParts(parameter)).toEqual(parts);
	});

	const parse = (value: unknown) => {
		if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) throw new Error('is not digits');
		return value.trim();
	};
	const readThingId = idParameterReader('thingId', 'Thing ID ', parse);

	test('reads the picker’s value or a plain value, parsed', () => {
		expect(
			readThingId.call(contextWith('thingId', { __rl: true, mode: 'list', value: ' 5 ' }), 0),
		).toBe('5');
		expect(readThingId.call(contextWith('thingId', '6'), 0)).toBe('6');
	});

	test('a value the parser refuses is an input error of the item, named by the prefix', () => {
		let error: unknown;
		try {
			readThingId.call(contextWith('thingId', 'x'), 3);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).message).toBe('Thing ID is not digits');
		expect((error as NodeOperationError).context.itemIndex).toBe(3);
	});
});
