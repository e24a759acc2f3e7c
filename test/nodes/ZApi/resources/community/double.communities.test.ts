/**
 * The double's communities (test/zapi-double/communities.js) are as strict as Z-API's pages: each
 * endpoint refuses fields the page does not document, and the paths shared with the group operations
 * take either the group's body or the community's, never a mix.
 */
import { useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

async function call(endpoint: string, body?: unknown, method = 'POST') {
	const { instanceId, instanceToken } = double.config;
	const response = await fetch(
		`${double.url}/instances/${instanceId}/token/${instanceToken}${endpoint}`,
		{
			method,
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		},
	);
	const text = await response.text();
	return [response.status, text ? JSON.parse(text) : ''];
}

describe("the double's communities", () => {
	test.each([
		['/communities', { name: 'School', photo: 'x' }, 'unknown fields: photo'],
		['/communities', { description: 'x' }, 'name is required'],
		['/communities/link', { communityId: '1', groupIds: [] }, 'groupsPhones is required'],
		[
			'/communities/settings',
			{ communityId: '1', whoCanAddNewGroups: 1 },
			'whoCanAddNewGroups must be string',
		],
		[
			'/update-community-description',
			{ communityId: '1', description: 'x' },
			'communityDescription is required',
		],
		['/add-participant', { communityId: '1', phones: ['5511988887777'] }, 'autoInvite is required'],
		[
			'/add-participant',
			{ autoInvite: true, communityId: '1', groupId: '1-group', phones: [] },
			'unknown fields: groupId',
		],
		[
			'/add-admin',
			{ communityId: '1', phones: [], autoInvite: true },
			'unknown fields: autoInvite',
		],
	])('POST %s %j is refused: %s', async (endpoint, body, error) => {
		expect(await call(endpoint, body)).toEqual([400, { error }]);
	});

	test('wrong methods are refused with 405', async () => {
		expect((await call('/communities/link', undefined, 'GET'))[0]).toBe(405);
		expect((await call('/communities-metadata/120363019502700001', {}, 'POST'))[0]).toBe(405);
		expect((await call('/communities', {}, 'PUT'))[0]).toBe(405);
	});

	test('the shared paths still serve the group operations, with the group body', async () => {
		const groupId = double.addGroup({ name: 'Team' });
		expect(
			await call('/add-participant', { autoInvite: true, groupId, phones: ['5511988887777'] }),
		).toEqual([200, { value: true }]);
		expect(await call(`/redefine-invitation-link/${groupId}`)).toEqual([
			200,
			{ invitationLink: expect.stringMatching(/^https:\/\/chat\.whatsapp\.com\/RESET/) },
		]);
	});

	test('a group already in another community is not linked; the others are', async () => {
		const [a, b] = [double.addGroup({ name: 'A' }), double.addGroup({ name: 'B' })];
		const first = double.addCommunity({ name: 'First', groups: [a] });
		const second = double.addCommunity({ name: 'Second' });
		expect(await call('/communities/link', { communityId: second, groupsPhones: [a, b] })).toEqual([
			200,
			{ success: true },
		]);
		expect([...double.community(first)!.groups]).toEqual([a]);
		expect([...double.community(second)!.groups]).toEqual([b]);
	});
});
