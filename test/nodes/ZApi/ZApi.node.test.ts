import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ZApiApi } from '../../../credentials/ZApiApi.credentials';
import { ZApi } from '../../../nodes/ZApi/ZApi.node';
import { CREATE_GROUP, runZApi, useZApiDouble } from '../../helpers/scenario';

const { description } = new ZApi();

/** Every parameter, those in collections and in fixed collections' groups too. */
function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => [
		property,
		...allProperties(
			(property.options ?? []).flatMap((option) =>
				'type' in option ? [option] : 'values' in option ? option.values : [],
			),
		),
	]);
}

describe('the node description (the public contract)', () => {
	// passParameters.ts reads with skipValidation: n8n's check only acts on these two.
	test("no parameter declares validateType or is a resource mapper, so skipping n8n's check of each read changes nothing", () => {
		const checked = allProperties(description.properties).filter(
			(property) => property.validateType !== undefined || property.type === 'resourceMapper',
		);
		expect(checked.map((property) => property.name)).toEqual([]);
	});

	test('is the node users saved in their workflows: zApi, versions 1 and 2 (new nodes 2), credential zApiApi, usable as a tool', () => {
		expect(description).toMatchObject({
			name: 'zApi',
			displayName: 'Z-API',
			version: [1, 2],
			defaultVersion: 2,
			usableAsTool: true,
			credentials: [{ name: 'zApiApi', required: true }],
		});
		expect(new ZApiApi().name).toBe('zApiApi');
	});

	test('resources are listed alphabetically, each with its operations, alphabetical', () => {
		const resource = description.properties.find((property) => property.name === 'resource')!;
		expect(resource.options).toEqual([
			{ name: 'Channel', value: 'channel' },
			{ name: 'Chat', value: 'chat' },
			{ name: 'Community', value: 'community' },
			{ name: 'Contact', value: 'contact' },
			{ name: 'Group', value: 'group' },
			{ name: 'Instance', value: 'instance' },
			{ name: 'Label', value: 'label' },
			{ name: 'Message', value: 'message' },
			{ name: 'Status', value: 'status' },
		]);
		const values = (name: string) =>
			(
				description.properties.find(
					(property) =>
						property.name === 'operation' &&
						property.displayOptions?.show?.resource?.includes(name),
				)!.options as Array<{ name: string; value: string; action: string }>
			).map((option) => option.value);
		expect(values('group')).toEqual([
			'acceptInvitation',
			'addParticipants',
			'approveMembershipRequests',
			'create',
			'demoteAdmins',
			'getInvitationLink',
			'getInvitationMetadata',
			'getMany',
			'getMetadata',
			'leave',
			'promoteAdmins',
			'rejectMembershipRequests',
			'removeParticipants',
			'resetInvitationLink',
			'updateDescription',
			'updateName',
			'updatePhoto',
			'updateSettings',
		]);
		expect(values('message')).toEqual([
			'deleteMessage',
			'downloadMedia',
			'forward',
			'markAsRead',
			'pin',
			'sendAndWait',
			'sendAudio',
			'sendButtonActions',
			'sendButtonList',
			'sendContact',
			'sendDocument',
			'sendImage',
			'sendLink',
			'sendLocation',
			'sendOptionList',
			'sendPoll',
			'sendPollVote',
			'sendReaction',
			'sendSticker',
			'sendText',
			'sendVideo',
			'sendVideoNote',
		]);
		expect(values('chat')).toEqual([
			'archive',
			'clear',
			'delete',
			'getMany',
			'getMetadata',
			'markRead',
			'markUnread',
			'mute',
			'pin',
			'setDisappearingMessages',
			'unarchive',
			'unmute',
			'unpin',
		]);
		expect(values('channel')).toEqual([
			'create',
			'delete',
			'follow',
			'getMany',
			'getMetadata',
			'mute',
			'search',
			'unfollow',
			'unmute',
			'updateDescription',
			'updateName',
			'updatePicture',
			'updateSettings',
		]);
		expect(values('contact')).toEqual([
			'add',
			'block',
			'checkNumbers',
			'getMany',
			'getMetadata',
			'getProfilePicture',
			'remove',
			'unblock',
		]);
		expect(values('community')).toEqual([
			'addParticipants',
			'create',
			'deactivate',
			'demoteAdmins',
			'getMany',
			'getMetadata',
			'linkGroups',
			'promoteAdmins',
			'removeParticipants',
			'resetInvitationLink',
			'unlinkGroups',
			'updateDescription',
			'updatePhoto',
			'updateSettings',
		]);
		expect(values('instance')).toEqual([
			'deleteQueuedMessage',
			'deleteQueue',
			'disconnect',
			'getQrCode',
			'getQueue',
			'getStatus',
			'restart',
			'setCallReject',
			'setCallRejectMessage',
			'updateProfileDescription',
			'updateProfileName',
			'updateProfilePicture',
		]);
		expect(values('label')).toEqual([
			'addToChat',
			'create',
			'delete',
			'getMany',
			'removeFromChat',
			'update',
		]);
		expect(values('status')).toEqual(['sendImage', 'sendText', 'sendVideo']);
		for (const operation of description.properties.filter((p) => p.name === 'operation')) {
			const names = (operation.options as Array<{ name: string }>).map((option) => option.name);
			expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
			for (const option of operation.options as INodePropertyOptions[]) {
				expect(option).toEqual(
					expect.objectContaining({
						description: expect.any(String),
						action: expect.stringMatching(/^[A-Z][a-z]/),
					}),
				);
			}
		}
	});

	test.each([
		['group', 'create', ['groupName', 'phones', 'autoInvite']],
		['group', 'getMetadata', ['groupId', 'light']],
		['group', 'getInvitationLink', ['groupId']],
		['group', 'resetInvitationLink', ['groupId']],
		['group', 'getMany', ['returnAll', 'limit']],
		['community', 'create', ['communitiesNotice', 'name', 'description']],
		['community', 'getMany', ['returnAll', 'limit']],
		['community', 'linkGroups', ['communityId', 'groupIds', 'linkNotice']],
		['message', 'sendText', ['phone', 'message', 'additionalFields']],
		['channel', 'getMetadata', ['channelId']],
		['channel', 'search', ['countryCodes', 'limit', 'filters']],
		[
			'channel',
			'updatePicture',
			['channelId', 'photoSource', 'picture', 'picture', 'binaryPropertyName'],
		],
	])('%s → %s takes %j (parameter names are saved in workflows)', (resource, operation, names) => {
		const shown = description.properties
			.filter(
				(property) =>
					property.displayOptions?.show?.resource?.includes(resource) &&
					property.displayOptions?.show?.operation?.includes(operation) &&
					// Shown only when the node runs as a tool: tool.description.test.ts.
					!property.displayOptions?.show?.['@tool'],
			)
			.map((property) => property.name);
		if (operation === 'create') expect(shown.slice(0, 3)).toEqual(names);
		else expect(shown).toEqual(names);
	});

	test('Send Text delays and the node options keep their names', () => {
		const sendText = description.properties.find(
			(property) =>
				property.name === 'additionalFields' &&
				property.displayOptions?.show?.operation?.includes('sendText'),
		)!;
		expect((sendText.options as INodeProperties[]).map((option) => option.name)).toEqual([
			'delayTyping',
			'mentionEveryone',
			'mentioned',
			'messageId',
			'delayMessage',
		]);
		const options = description.properties.find((property) => property.name === 'options')!;
		expect((options.options as INodeProperties[]).map((option) => option.name)).toContain(
			'timeout',
		);
	});

	test('UI text follows n8n style: Title Case names, final periods as the n8n linter wants, examples in placeholders', () => {
		for (const property of [
			...allProperties(description.properties),
			...new ZApiApi().properties,
		]) {
			// A notice's display name is its text, a sentence.
			if (property.type === 'notice') {
				expect(property.displayName).toMatch(/^[A-Z].*\.$/);
				continue;
			}
			// Title Case as n8n writes it: short words stay lower case (Phone or Group ID, Items per Batch),
			// units in brackets (Timeout (Milliseconds)).
			expect(property.displayName).toMatch(
				/^[A-Z][\w-]*( ([A-Z][\w-]*|\([A-Z][\w-]*\)|a|an|and|as|by|for|in|of|on|or|per|the|to|with))*$/,
			);
			// As n8n's linter wants: several sentences end with a period, a single one without
			// (n8n's own Return All and Limit texts are single sentences).
			if (property.description && property.type !== 'options') {
				const sentences = property.description
					.replace(/e\.g\./g, 'eg')
					.split(/[.!?]\s+(?=\S)/).length;
				if (sentences > 1) expect(property.description).toMatch(/\.$/);
				else expect(property.description).not.toMatch(/[^.]\.$/);
			}
			if (property.type === 'string' && property.placeholder)
				expect(property.placeholder).toMatch(/\d|e\.g\./);
		}
	});
});

test("Send Text's recipient: Phone first, a placeholder short enough to show whole, a hint to the group modes", () => {
	const phone = description.properties.find(
		(property) =>
			property.name === 'phone' && property.displayOptions?.show?.operation?.includes('sendText'),
	)!;
	expect(phone).toMatchObject({
		displayName: 'Phone or Group ID',
		type: 'resourceLocator',
		default: { mode: 'phone', value: '' },
	});
	expect(phone.modes![0]).toMatchObject({
		displayName: 'Phone',
		name: 'phone',
		placeholder: 'e.g. 5511999998888',
		hint: 'A phone number with country code, or a channel ID (…@newsletter). For a group, choose From List or By ID.',
	});
});

describe('labels with a unit', () => {
	// n8n's lint (node-param-display-name-miscased) wants "(Ms)" and its scanner, which n8n runs
	// before it verifies a package, ignores eslint-disable comments: the unit is written out.
	test.each([
		['timeout', 'Timeout (Milliseconds)'],
		['delayBetweenItems', 'Item Interval (Milliseconds)'],
		['batchInterval', 'Batch Interval (Milliseconds)'],
		['delayMessage', 'Z-API Send Delay (Seconds)'],
		['delayTyping', 'Delay Typing (Seconds)'],
	])('%s is "%s"', (name, displayName) => {
		const property = allProperties(description.properties).find((each) => each.name === name)!;
		expect(property.displayName).toBe(displayName);
		const unit = displayName.includes('Milliseconds') ? 'Milliseconds' : 'Seconds';
		expect(property.description).toMatch(new RegExp(`^${unit} `));
	});

	test('the two delays of a send say who waits: Z-API for one message, or this node between items', () => {
		const find = (name: string) =>
			allProperties(description.properties).find((each) => each.name === name)!;
		const zApi = find('delayMessage');
		const node = find('delayBetweenItems');
		expect(zApi.displayName).toMatch(/^Z-API /);
		expect(zApi.description).toMatch(/^Seconds Z-API holds this message .*Item Interval/);
		expect(node.description).toMatch(/^Milliseconds this node waits .*Z-API Send Delay/);
	});

	test('every number that is a duration names its unit', () => {
		for (const property of allProperties(description.properties)) {
			if (property.type === 'number' && /^(Milliseconds|Seconds)\b/.test(property.description!))
				expect(property.displayName).toMatch(/\((Milliseconds|Seconds)\)$/);
		}
	});
});

describe('an unknown operation (a workflow from a newer version of the node)', () => {
	const double = useZApiDouble();

	test('fails the item by name, before any request', async () => {
		const result = await runZApi(double, {
			items: [{ name: 'A', participants: '5511988887777', invite: true }],
			parameters: { ...CREATE_GROUP, operation: 'archive' },
		});
		expect(result.error?.message).toBe(
			'The operation "archive" of resource "group" is not supported',
		);
		expect(double.requests).toHaveLength(0);
	});
});
