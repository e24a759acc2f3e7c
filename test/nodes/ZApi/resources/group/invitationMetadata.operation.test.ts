/** Group → Get Invitation Metadata: the group an invitation link opens, read without joining it. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const LINK = 'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT';
const parameters = {
	resource: 'group',
	operation: 'getInvitationMetadata',
	invitationLink: '={{ $json.link }}',
};

const run = (items: Array<Record<string, unknown>>, onError?: 'continueRegularOutput') =>
	runZApi(double, { parameters, items, settings: onError ? { onError } : undefined });

describe('Group → Get Invitation Metadata', () => {
	test('GET /group-invitation-metadata?url=<link>, no body; output Z-API’s answer plus groupId', async () => {
		const groupId = double.addGroup({
			name: 'Sales',
			description: 'Weekly numbers',
			participants: ['5511988887777'],
			invitationLink: LINK,
		});
		const result = await run([{ link: ` ${LINK} ` }]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/group-invitation-metadata');
		expect(request.query).toEqual({ url: LINK });
		expect(request.url).toMatch(
			/\/group-invitation-metadata\?url=https%3A%2F%2Fchat\.whatsapp\.com%2FC1aBcDeFgHiJkLmNoPqRsT$/,
		);
		expect(request.rawBody).toBe('');
		expect(request.headers).not.toHaveProperty('content-type');
		// The connected number left nothing: reading a link joins nothing.
		expect(double.group(groupId)!.participants.size).toBe(2);
		expect(result.output()).toEqual([
			{
				json: {
					groupId,
					groupName: 'Sales',
					phone: groupId,
					owner: double.config.connectedPhone,
					subject: 'Sales',
					description: 'Weekly numbers',
					creation: 1700000000000,
					invitationLink: LINK,
					contactsCount: 0,
					participantsCount: 2,
					participants: [
						{ phone: double.config.connectedPhone, isAdmin: true, isSuperAdmin: true },
						{ phone: '5511988887777', isAdmin: false, isSuperAdmin: false },
					],
					subjectTime: 1700000000000,
					subjectOwner: double.config.connectedPhone,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(Object.keys(result.output()[0].json).slice(0, 2)).toEqual(['groupId', 'groupName']);
		expectNoSecrets(result.text, double);
	});

	test('an answer with only the fields both languages document: the others are null', async () => {
		// EN's example: no description, invitationLink, contactsCount or participantsCount (PT adds them).
		double.setFault('/group-invitation-metadata', {
			status: 200,
			body: {
				phone: '120363019502650977-group',
				owner: '5544999999999',
				subject: 'Group name',
				creation: 1588721491000,
				participants: [{ phone: '5544888888888', isAdmin: false, isSuperAdmin: false }],
				subjectTime: 1657804800,
				subjectOwner: '5544999999999',
			},
		});
		const result = await run([{ link: 'https://chat.whatsapp.com/invite/AbCdEfGhIj' }]);
		expect(result.error).toBeUndefined();
		expect(double.requests[0].query).toEqual({
			url: 'https://chat.whatsapp.com/invite/AbCdEfGhIj',
		});
		expect(result.output()[0].json).toEqual({
			groupId: '120363019502650977-group',
			groupName: 'Group name',
			phone: '120363019502650977-group',
			owner: '5544999999999',
			subject: 'Group name',
			creation: 1588721491000,
			participants: [{ phone: '5544888888888', isAdmin: false, isSuperAdmin: false }],
			subjectTime: 1657804800,
			subjectOwner: '5544999999999',
			description: null,
			invitationLink: null,
			contactsCount: null,
			participantsCount: null,
		});
	});

	test.each([
		['', '""'],
		['chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT', '"chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT"'],
		[
			'http://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
			'"http://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT"',
		],
		['https://example.com/C1aBcDeFgHiJkLmNoPqRsT', '"https://example.com/C1aBcDeFgHiJkLmNoPqRsT"'],
		['120363019502650977-group', '"120363019502650977-group"'],
		[42, '42'],
	])(
		'Invitation Link %j fails before any request, naming the field and the value',
		async (link, shown) => {
			const result = await run([{ link }]);
			expect(result.error?.message).toBe(
				`Invitation Link: ${shown} is not a WhatsApp group invitation link: give one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT`,
			);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(double.requests).toHaveLength(0);
		},
	);

	test('a link Z-API does not know is its error, named with the action', async () => {
		const result = await run([{ link: LINK }]);
		expect(result.error?.message).toBe(
			'Z-API rejected the request (HTTP 400) when trying to read the group of the invitation link: Invalid invitation link',
		);
		expect(result.error?.name).toBe('NodeApiError');
		expectNoSecrets(result.text, double);
	});

	test('an answer without phone (the group ID) is a failure, not an item without groupId', async () => {
		double.setFault('/group-invitation-metadata', { status: 200, body: { subject: 'Sales' } });
		const result = await run([{ link: LINK }]);
		expect(result.error?.message).toBe(
			'Z-API answered without the expected data when trying to read the group of the invitation link',
		);
		expect(result.error?.name).toBe('NodeApiError');
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		const first = double.addGroup({ name: 'First', invitationLink: LINK });
		const result = await run(
			[{ link: LINK }, { link: 'not a link' }, { link: 'https://chat.whatsapp.com/UnknownLink1' }],
			'continueRegularOutput',
		);
		expect(result.error).toBeUndefined();
		const output = result.output();
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.groupId).toBe(first);
		expect(output[1].json).toEqual({
			error:
				'Invitation Link: "not a link" is not a WhatsApp group invitation link: give one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		});
		expect(output[2].json.error).toMatch(/HTTP 400.*Invalid invitation link$/);
		expect(double.requests).toHaveLength(2);
		expectNoSecrets(result.text, double);
	});
});
