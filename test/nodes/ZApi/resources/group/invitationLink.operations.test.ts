/**
 * Get Invitation Link and Reset Invitation Link: the same call shape (the group ID in the path, no
 * body) and the same output { phone, groupId, invitationLink }; only the route, the HTTP method, the action
 * words in error messages and whether the link changes differ.
 */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const OLD_LINK = 'https://chat.whatsapp.com/OLD1';

describe.each([
	{
		operation: 'getInvitationLink',
		method: 'GET',
		route: '/group-invitation-link/:groupId',
		action: 'get the invitation link of the group',
		link: OLD_LINK,
	},
	{
		operation: 'resetInvitationLink',
		method: 'POST',
		route: '/redefine-invitation-link/:groupId',
		action: 'reset the invitation link of the group',
		// The double's first new link.
		link: 'https://chat.whatsapp.com/RESET000001',
	},
])('Group → $operation', ({ operation, method, route, action, link }) => {
	const parameters = { resource: 'group', operation, groupId: '={{ $json.groupId }}' };

	test(`${method} ${route} without a body, output { phone, invitationLink }`, async () => {
		const id = double.addGroup({ name: 'Sales', invitationLink: OLD_LINK });
		const result = await runZApi(double, { parameters, items: [{ groupId: id }] });

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe(method);
		expect(request.endpoint).toBe(`${route.replace(':groupId', id)}`);
		expect(request.rawBody).toBe('');
		expect(request.headers).not.toHaveProperty('content-type');
		expect(double.group(id)!.invitationLink).toBe(link);
		expect(result.output()).toEqual([
			{ json: { phone: id, groupId: id, invitationLink: link }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test('a bad group id fails before any request, naming the field and the value', async () => {
		const result = await runZApi(double, { parameters, items: [{ groupId: '+55 11 98888-7777' }] });
		expect(result.error?.message).toMatch(
			/^Group ID: "\+55 11 98888-7777" is not a group ID \(this looks like a phone number/,
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test('an unknown group is Z-API’s error, named with the action', async () => {
		const result = await runZApi(double, {
			parameters,
			items: [{ groupId: '120363000000000000-group' }],
		});
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to ${action} 120363000000000000-group: Group not found`,
		);
		expectNoSecrets(result.text, double);
	});

	test('an answer without invitationLink is a failure, not an output with no link', async () => {
		const id = double.addGroup({ name: 'Sales' });
		double.setFault(route, { status: 200, body: { phone: id } });
		const result = await runZApi(double, { parameters, items: [{ groupId: id }] });
		expect(result.error?.name).toBe('NodeApiError');
		// A reset changes the link: without an answer, it may have been changed anyway.
		expect(result.error?.message).toBe(
			`Z-API answered without the expected data when trying to ${action} ${id}` +
				(method === 'POST'
					? '. The change may have been made anyway: check the group (Group → Get Metadata) before you run this again.'
					: ''),
		);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const first = double.addGroup({ name: 'First' });
		const third = double.addGroup({ name: 'Third' });
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ groupId: first }, { groupId: '120363000000000000-group' }, { groupId: third }],
		});
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.phone).toBe(first);
		expect(output[1].json.error).toMatch(/HTTP 400.*Group not found$/);
		expect(output[2].json.phone).toBe(third);
		expectNoSecrets(result.text, double);
	});
});
