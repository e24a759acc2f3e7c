/**
 * The canvas subtitle under each Z-API node: an expression the editor evaluates with n8n-workflow's
 * expression engine (the editor's getNodeSubtitle calls getSimpleParameterValue the same way). It
 * must show the operation's and the resource's names, never their saved values.
 */
import type { INode, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ZApi } from '../../../nodes/ZApi/ZApi.node';

const type = new ZApi();
const nodeTypes = {
	getByName: () => type,
	getByNameAndVersion: () => type,
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;

/** What the editor draws under a node with these parameters. */
function subtitleOf(parameters: Record<string, string>): unknown {
	const node: INode = {
		id: 'z',
		name: 'Z-API',
		type: 'n8n-nodes-z-api.zApi',
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(
		node,
		type.description.subtitle,
		'internal',
		{},
	);
}

/** Every [resource, operation, operation name, resource name] the form offers. */
function everyOperation(): Array<[string, string, string, string]> {
	const properties = type.description.properties;
	const resource = properties.find((property) => property.name === 'resource')!;
	const rows: Array<[string, string, string, string]> = [];
	for (const property of properties.filter((p) => p.name === 'operation')) {
		const resourceValue = property.displayOptions!.show!.resource![0] as string;
		const resourceName = (resource.options as Array<{ name: string; value: string }>).find(
			(option) => option.value === resourceValue,
		)!.name;
		for (const option of property.options as Array<{ name: string; value: string }>) {
			rows.push([resourceValue, option.value, option.name, resourceName]);
		}
	}
	return rows;
}

describe('the canvas subtitle', () => {
	test('covers the 109 operations', () => {
		expect(everyOperation()).toHaveLength(109);
	});

	test.each(everyOperation())(
		'%s → %s shows its names',
		(resource, operation, name, resourceName) => {
			const subtitle = subtitleOf({ resource, operation });
			expect(subtitle).toBe(`${name}: ${resourceName}`);
			expect(subtitle).not.toContain(operation === name ? '\u0000' : operation);
		},
	);

	test.each([
		['group', 'updateSettings', 'Update Settings: Group'],
		['group', 'acceptInvitation', 'Accept Invitation: Group'],
		['message', 'sendReaction', 'Send Reaction: Message'],
		['message', 'sendVideoNote', 'Send Video Note: Message'],
		['message', 'markAsRead', 'Mark as Read: Message'],
		['contact', 'checkNumbers', 'Check Numbers: Contact'],
		['contact', 'getProfilePicture', 'Get Profile Picture: Contact'],
		['instance', 'getQrCode', 'Get QR Code: Instance'],
		['instance', 'deleteQueuedMessage', 'Delete One Queued Message: Instance'],
		['chat', 'setDisappearingMessages', 'Set Disappearing Messages: Chat'],
		['channel', 'updatePicture', 'Update Picture: Channel'],
		['label', 'removeFromChat', 'Remove From Chat: Label'],
		['status', 'sendVideo', 'Send Video Status: Status'],
		['instance', 'setCallRejectMessage', 'Set Call Reject Message: Instance'],
		['community', 'linkGroups', 'Link Groups: Community'],
	])('written out: %s → %s is "%s"', (resource, operation, expected) => {
		expect(subtitleOf({ resource, operation })).toBe(expected);
	});

	test('a value it does not know (a later version, a hand-edited workflow) shows as it is', () => {
		expect(subtitleOf({ resource: 'group', operation: 'archive' })).toBe('archive: group');
	});

	test('is one expression the editor can split: no "}}" before its end', () => {
		const subtitle = type.description.subtitle!;
		expect(subtitle.startsWith('={{')).toBe(true);
		expect(subtitle.indexOf('}}')).toBe(subtitle.length - 2);
	});
});
