import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ZApi } from '../../../../../nodes/ZApi/ZApi.node';

const { properties } = new ZApi().description;

// What the node shows; a tool's description (shown only when it runs as a tool) is in tool.description.test.ts.
const shownFor = (operation: string) =>
	properties.filter(
		(property) =>
			property.displayOptions?.show?.resource?.includes('group') &&
			property.displayOptions?.show?.operation?.includes(operation) &&
			!property.displayOptions?.show?.['@tool'],
	);

describe('the write operations on an existing group (parameter names are saved in workflows)', () => {
	test.each([
		['addParticipants', ['groupId', 'phones', 'autoInvite']],
		['removeParticipants', ['groupId', 'phones']],
		['promoteAdmins', ['groupId', 'phones']],
		['demoteAdmins', ['groupId', 'phones']],
		['updateName', ['groupId', 'groupName']],
		['updateDescription', ['groupId', 'groupDescription']],
		[
			'updateSettings',
			[
				'settingsNotice',
				'groupId',
				'adminOnlyMessage',
				'adminOnlySettings',
				'requireAdminApproval',
				'adminOnlyAddMember',
			],
		],
		['updatePhoto', ['groupId', 'photoSource', 'groupPhoto', 'groupPhoto', 'binaryPropertyName']],
		['leave', ['groupId']],
	])('%s takes %j', (operation, names) => {
		expect(shownFor(operation).map((property) => property.name)).toEqual(names);
	});

	test('each is an option of Group → Operation, with a description and an action', () => {
		const operation = properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes('group'),
		)!;
		const options = operation.options as INodePropertyOptions[];
		for (const [value, name] of [
			['addParticipants', 'Add Participants'],
			['removeParticipants', 'Remove Participants'],
			['promoteAdmins', 'Promote Admins'],
			['demoteAdmins', 'Demote Admins'],
			['updateName', 'Update Name'],
			['updateDescription', 'Update Description'],
			['updateSettings', 'Update Settings'],
			['updatePhoto', 'Update Photo'],
			['leave', 'Leave'],
		]) {
			expect(options.find((option) => option.value === value)).toEqual({
				name,
				value,
				description: expect.stringMatching(/^[A-Z].+[^.]$/),
				action: expect.stringMatching(/^[A-Z][a-z ]+$/),
			});
		}
	});

	test('Group ID tells where the ID comes from, with a real example', () => {
		for (const property of properties.filter((candidate) => candidate.name === 'groupId')) {
			expect(property).toMatchObject({ displayName: 'Group ID', required: true });
			// The group picker: the example is the By ID mode's placeholder.
			expect(property.modes?.find((mode) => mode.name === 'id')).toMatchObject({
				placeholder: 'e.g. 120363019502650977-group',
			});
			expect(property.description).toContain('Group → Create returned');
		}
	});

	test('Update Photo offers its sources alphabetically, URL by default, and the binary field "data"', () => {
		const [, source, url, base64, binary] = shownFor('updatePhoto') as INodeProperties[];
		expect((source.options as INodePropertyOptions[]).map((option) => option.name)).toEqual([
			'Base64',
			'Binary File',
			'URL',
		]);
		expect(source.default).toBe('url');
		expect(url.displayOptions?.show?.photoSource).toEqual(['url']);
		expect(base64.displayOptions?.show?.photoSource).toEqual(['base64']);
		expect(binary).toMatchObject({
			default: 'data',
			displayOptions: { show: { photoSource: ['binary'] } },
		});
	});

	test('Update Settings says first, in a notice, that the settings left off are turned off', () => {
		expect(shownFor('updateSettings')[0]).toMatchObject({
			type: 'notice',
			displayName:
				'All four settings are set at once: each one left off here is turned off in the group, whatever it was before.',
		});
	});

	test('Update Settings shows all four settings as booleans with clear names, all off by default', () => {
		expect(
			shownFor('updateSettings')
				.slice(2)
				.map((property) => [property.displayName, property.type, property.default]),
		).toEqual([
			['Only Admins Can Send Messages', 'boolean', false],
			['Only Admins Can Edit Group Info', 'boolean', false],
			['Admins Approve New Members', 'boolean', false],
			['Only Admins Can Add Members', 'boolean', false],
		]);
	});
});
