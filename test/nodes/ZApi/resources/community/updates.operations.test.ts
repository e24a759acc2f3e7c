/**
 * Community → Update Description (update-community-description.md), Update Photo
 * (update-community-photo.md: a URL or Base64), Update Settings (community-settings.md), Reset
 * Invitation Link (redefine-invitation-link.md) and Deactivate (deactivate-community.md).
 */
import type { INodeParameters } from 'n8n-workflow';

import type { InputItem } from '../../../../helpers/scenario';
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });

const COMMUNITY_ID = { communityId: '={{ $json.communityId }}' };
const IMAGE_BASE64 = Buffer.from('FAKE-PNG-BYTES-0123456789-FAKE-PNG-BYTES').toString('base64');

const run = (
	parameters: INodeParameters,
	items: Array<Record<string, unknown> | InputItem>,
	onError = false,
) =>
	runZApi(double, {
		parameters: { resource: 'community', ...COMMUNITY_ID, ...parameters },
		items,
		settings: onError ? { onError: 'continueRegularOutput' } : undefined,
	});

interface Row {
	title: string;
	parameters: INodeParameters;
	/** The item besides communityId. */
	item?: Record<string, unknown> | ((communityId: string) => InputItem);
	method: string;
	endpoint: (communityId: string) => string;
	body?: (communityId: string) => Record<string, unknown>;
	output: (communityId: string) => Record<string, unknown>;
	/** What the double holds after it. */
	check: (communityId: string) => void;
}

const ROWS: Row[] = [
	{
		title: 'Update Description',
		parameters: { operation: 'updateDescription', communityDescription: '={{ $json.text }}' },
		item: { text: ' News for parents ' },
		method: 'POST',
		endpoint: () => '/update-community-description',
		body: (communityId) => ({ communityId, communityDescription: 'News for parents' }),
		output: (communityId) => ({
			communityId,
			communityDescription: 'News for parents',
			descriptionUpdated: true,
		}),
		check: (id) => expect(double.community(id)!.description).toBe('News for parents'),
	},
	{
		title: 'Update Photo from a URL',
		parameters: {
			operation: 'updatePhoto',
			photoSource: 'url',
			communityPhoto: 'https://example.com/logo.png',
		},
		method: 'POST',
		endpoint: () => '/update-community-photo',
		body: (communityId) => ({ communityId, communityPhoto: 'https://example.com/logo.png' }),
		output: (communityId) => ({
			communityId,
			photoSource: 'url',
			photoUrl: 'https://example.com/logo.png',
			photoUpdated: true,
		}),
		check: (id) => expect(double.community(id)!.photo).toBe('https://example.com/logo.png'),
	},
	{
		title: 'Update Photo from a binary file (sent as Base64)',
		parameters: { operation: 'updatePhoto', photoSource: 'binary', binaryPropertyName: 'data' },
		item: (communityId) => ({
			json: { communityId },
			binary: { data: { data: IMAGE_BASE64, mimeType: 'image/png', fileName: 'logo.png' } },
		}),
		method: 'POST',
		endpoint: () => '/update-community-photo',
		body: (communityId) => ({
			communityId,
			communityPhoto: `data:image/png;base64,${IMAGE_BASE64}`,
		}),
		output: (communityId) => ({
			communityId,
			photoSource: 'binary',
			photoUrl: null,
			photoUpdated: true,
		}),
		check: (id) => expect(double.community(id)!.photo).toMatch(/^data:image\/png;base64,/),
	},
	{
		title: 'Update Settings',
		parameters: { operation: 'updateSettings', whoCanAddNewGroups: 'all' },
		method: 'POST',
		endpoint: () => '/communities/settings',
		body: (communityId) => ({ communityId, whoCanAddNewGroups: 'all' }),
		output: (communityId) => ({ communityId, whoCanAddNewGroups: 'all', settingsUpdated: true }),
		check: (id) => expect(double.community(id)!.whoCanAddNewGroups).toBe('all'),
	},
	{
		title: 'Reset Invitation Link',
		parameters: { operation: 'resetInvitationLink' },
		method: 'POST',
		endpoint: (communityId) => `/redefine-invitation-link/${communityId}`,
		output: (communityId) => ({
			communityId,
			invitationLink: double.community(communityId)!.invitationLink,
		}),
		check: (id) => expect(double.community(id)!.invitationLink).toMatch(/RESET1$/),
	},
	{
		title: 'Deactivate',
		parameters: { operation: 'deactivate' },
		method: 'DELETE',
		endpoint: (communityId) => `/communities/${communityId}`,
		output: (communityId) => ({ communityId, deactivated: true }),
		check: (id) => {
			expect(double.community(id)!.deactivated).toBe(true);
			expect(double.community(id)!.groups.size).toBe(0);
		},
	},
];

const itemFor = (row: Row, communityId: string) =>
	typeof row.item === 'function' ? row.item(communityId) : { communityId, ...(row.item ?? {}) };

describe.each(ROWS)('$title', (row) => {
	test('the exact request; the output; the change made', async () => {
		const group = double.addGroup({ name: 'Class A' });
		const communityId = double.addCommunity({ name: 'School', groups: [group] });
		const result = await run(row.parameters, [itemFor(row, communityId)]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect([request.method, request.endpoint]).toEqual([row.method, row.endpoint(communityId)]);
		expect(request.body).toEqual(row.body?.(communityId));
		expect(result.output()).toEqual([{ json: row.output(communityId), pairedItem: { item: 0 } }]);
		row.check(communityId);
		expectNoSecrets(result.text, double);
		// The image data stays in the input item: never in the node's output.
		expect(JSON.stringify(result.output())).not.toContain(IMAGE_BASE64);
	});

	test('with On Error: Continue, a bad Community ID becomes an error item before any request; the others run, paired', async () => {
		const ids = [double.addCommunity({ name: 'One' }), double.addCommunity({ name: 'Two' })];
		const items = [itemFor(row, ids[0]), { communityId: '12-group' }, itemFor(row, ids[1])];
		const result = await run(row.parameters, items, true);
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json).toEqual(row.output(ids[0]));
		expect(output[1].json).toEqual({
			error:
				'Community ID: "12-group" is not a community ID (this is a group ID: the community\'s own ID has digits only): use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
		});
		expect(output[2].json).toEqual(row.output(ids[1]));
		expect(double.requests).toHaveLength(2);
	});
});

describe('checks before any request', () => {
	test.each([
		[
			{ operation: 'updateSettings', whoCanAddNewGroups: '={{ "everyone" }}' },
			'Who Can Add Groups must be admins or all (got "everyone")',
		],
		[
			{ operation: 'updatePhoto', photoSource: 'url', communityPhoto: 'logo.png' },
			'Photo URL: "logo.png" is not an http(s) address: give the image\'s public URL, e.g. https://example.com/logo.png',
		],
		[
			{ operation: 'updateDescription', communityDescription: '={{ [1] }}' },
			'Community Description must be text (got [1])',
		],
		[
			{ operation: 'deactivate', communityId: '={{ "" }}' },
			'Community ID: no community ID given (got ""): use the communityId of Community → Create or Get Many, e.g. 120363019502650977',
		],
	])('%j → %s', async (parameters, message) => {
		const communityId = double.addCommunity({ name: 'School' });
		const result = await run(parameters, [{ communityId }]);
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('Update Settings takes ADMINS from an expression as admins', async () => {
		const communityId = double.addCommunity({ name: 'School' });
		const result = await run(
			{ operation: 'updateSettings', whoCanAddNewGroups: '={{ " ADMINS " }}' },
			[{ communityId }],
		);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].body).toEqual({ communityId, whoCanAddNewGroups: 'admins' });
	});

	test('Deactivate accepts the documented 200 without a body, and fails on an unknown community', async () => {
		const result = await run({ operation: 'deactivate' }, [{ communityId: '120363019502799999' }]);
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to deactivate the community 120363019502799999: Community not found',
		);
	});
});
