import type { INodeProperties } from 'n8n-workflow';

import { ZApiApi } from '../../../credentials/ZApiApi.credentials';
import { ZApi } from '../../../nodes/ZApi/ZApi.node';
import { runCreateGroups, useZApiDouble } from '../../helpers/scenario';

const { description } = new ZApi();

function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => [
		property,
		...allProperties(
			(property.options ?? []).filter((option): option is INodeProperties => 'type' in option),
		),
	]);
}

describe('the node description (the public contract)', () => {
	test('is the node users saved in their workflows: zApi, version 1, credential zApiApi, usable as a tool', () => {
		expect(description).toMatchObject({
			name: 'zApi',
			displayName: 'Z-API',
			version: 1,
			usableAsTool: true,
			credentials: [{ name: 'zApiApi', required: true }],
		});
		expect(new ZApiApi().name).toBe('zApiApi');
	});

	test('Group → Create takes groupName, phones, autoInvite and options.timeout', () => {
		const names = allProperties(description.properties).map((property) => property.name);
		expect(names).toEqual([
			'resource',
			'operation',
			'groupName',
			'phones',
			'autoInvite',
			'options',
			'timeout',
		]);
	});

	test('UI text follows n8n style: Title Case names, descriptions end with a period, examples in placeholders', () => {
		for (const property of [
			...allProperties(description.properties),
			...new ZApiApi().properties,
		]) {
			expect(property.displayName).toMatch(/^([A-Z][\w-]*)( [A-Z][\w-]*)*$/);
			if (property.description && property.type !== 'options')
				expect(property.description).toMatch(/\.$/);
			if (property.type === 'string' && property.placeholder)
				expect(property.placeholder).toMatch(/\d|e\.g\./);
		}
	});
});

describe('an unknown operation (a workflow from a newer version of the node)', () => {
	const double = useZApiDouble();

	test('fails the item by name, before any request', async () => {
		const result = await runCreateGroups(double, {
			items: [{ name: 'A', participants: '5511988887777', invite: true }],
			parameters: { operation: 'archive' },
		});
		expect(result.error?.message).toBe(
			'The operation "archive" of resource "group" is not supported',
		);
		expect(double.requests).toHaveLength(0);
	});
});
