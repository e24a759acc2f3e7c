import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	CREATE_GROUP,
	expectNoSecrets,
	runZApi,
	useZApiDouble,
} from '../../../../helpers/scenario';

const double = useZApiDouble();

const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const item = { name: 'Sales Team', participants: '5511999998888, 5521988887777', invite: true };
const allFollowUps = {
	groupPhoto: 'https://example.com/logo.png',
	groupDescription: 'Weekly sales updates',
	admins: '+55 (21) 98888-7777',
	welcomeMessage: 'Welcome to the team!',
};
const GROUP = '120363019502600001-group';

function run(additionalFields: INodeParameters, settings = {}, items: IDataObject[] = [item]) {
	return runZApi(double, { items, parameters: { ...CREATE_GROUP, additionalFields }, settings });
}

const steps = () =>
	double.requests.map((request) => `${request.method} ${request.endpoint}`).slice(1);

describe('Group → Create, Additional Fields: photo, description, admins, welcome message', () => {
	test('sets all four right after the group exists, in order, and reports each in the output', async () => {
		const result = await run(allFollowUps);

		expect(result.error).toBeUndefined();
		expect(steps()).toEqual([
			'POST /create-group',
			'POST /update-group-photo',
			'POST /update-group-description',
			'POST /add-admin',
			'POST /send-text',
		]);
		expect(double.requests.slice(2).map((request) => request.body)).toEqual([
			{ groupId: GROUP, groupPhoto: 'https://example.com/logo.png' },
			{ groupId: GROUP, groupDescription: 'Weekly sales updates' },
			{ groupId: GROUP, phones: ['5521988887777'] },
			{ phone: GROUP, message: 'Welcome to the team!' },
		]);
		expect(result.output()).toEqual([
			{
				json: {
					phone: GROUP,
					groupId: GROUP,
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
					phonesNotAdded: [],
					groupName: 'Sales Team',
					phones: ['5511999998888', '5521988887777'],
					photoUpdated: true,
					descriptionUpdated: true,
					adminsPromoted: ['5521988887777'],
					welcomeMessageId: '3EB0DOUBLE0000000001',
				},
				pairedItem: { item: 0 },
			},
		]);
		const group = double.group(GROUP)!;
		expect(group.photo).toBe('https://example.com/logo.png');
		expect(group.description).toBe('Weekly sales updates');
		expect(group.participants.get('5521988887777')).toEqual({ isAdmin: true, isSuperAdmin: false });
	});

	test('without Additional Fields, nothing but the create is sent', async () => {
		await run({});
		expect(steps()).toEqual(['POST /create-group']);
	});

	test('a Base64 image is passed on as it is', async () => {
		await run({ groupPhoto: PNG });
		expect(double.requests.at(-1)!.body).toEqual({ groupId: GROUP, groupPhoto: PNG });
	});

	test.each([
		[
			{ admins: '5531977776666' },
			/^Admins: 5531977776666 is not among the participants \(5511999998888, 5521988887777\)/,
		],
		[{ admins: 'abc' }, /^Admins: "abc" is not a phone number/],
		[{ groupPhoto: 'logo.png' }, /^Photo URL: "logo.png" is neither an image URL/],
		[
			{ groupPhotoBinaryProperty: 'data' },
			/^Input Binary Field: the input item has no binary field "data"/,
		],
	])('bad input %j fails before any request', async (fields, message) => {
		const result = await run(fields);

		expect(result.error?.message).toMatch(message);
		expect(double.requests).toEqual([]);
	});

	test('the connected number among Admins is left out: it is an admin as the creator', async () => {
		await run({ admins: '5511900000000, 5511999998888' }, {}, [
			{ ...item, participants: '5511900000000, 5511999998888' },
		]);
		expect(double.requests.at(-1)!.body).toEqual({ groupId: GROUP, phones: ['5511999998888'] });
	});

	test('a failed follow-up fails the item with a message that keeps the group id and link', async () => {
		double.setFault('/update-group-photo', { status: 400, body: { error: 'invalid image' } });

		const result = await run(allFollowUps);

		expect(result.error?.message).toBe(
			`The group "Sales Team" was created (${GROUP}, https://chat.whatsapp.com/DOUBLE000001), but a follow-up step failed: Z-API rejected the request (HTTP 400) when trying to set the photo of the group "Sales Team": invalid image`,
		);
		expect((result.error as { description?: string }).description).toMatch(/^The group exists/);
		// The other steps still ran.
		expect(steps()).toHaveLength(5);
		expectNoSecrets(result.text, double);
	});

	test('under On Error: Continue the error item still carries the group and the other steps', async () => {
		double.setFault('/send-text', { status: 400, body: { error: 'not allowed' } });

		const result = await run(allFollowUps, { onError: 'continueRegularOutput' }, [
			item,
			{ ...item, name: 'Support' },
		]);

		const [first, second] = result.output();
		expect(first.pairedItem).toEqual({ item: 0 });
		expect(first.json).toMatchObject({
			phone: GROUP,
			invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
			photoUpdated: true,
			descriptionUpdated: true,
			adminsPromoted: ['5521988887777'],
			welcomeMessageError: expect.stringMatching(
				/^Z-API rejected the request \(HTTP 400\) when trying to send the welcome message/,
			),
			error: expect.stringMatching(/^The group "Sales Team" was created/),
		});
		// Z-API refused the message: nothing may have been sent, nothing to route to a check.
		expect(first.json).not.toHaveProperty('mayHaveReachedZApi');
		expect(second).toMatchObject({
			json: { groupName: 'Support', welcomeMessageId: '3EB0DOUBLE0000000001' },
			pairedItem: { item: 1 },
		});
	});

	test('under On Error: Continue a welcome message that may have been sent marks the item mayHaveReachedZApi', async () => {
		double.setFault('/send-text', { reset: 'after' });

		const result = await run(allFollowUps, { onError: 'continueRegularOutput' });

		const [only] = result.output();
		expect(only.json).toMatchObject({
			phone: GROUP,
			groupId: GROUP,
			welcomeMessageError: expect.stringMatching(
				/when trying to send the welcome message to the group "Sales Team"\. The message may have been sent anyway: do not send it again/,
			),
			error: expect.stringMatching(/^The group "Sales Team" was created/),
			mayHaveReachedZApi: true,
		});
		expect(double.count('/send-text')).toBe(1);
	});

	test.each([
		[{ tolerateFollowUpFailures: 'TRUE' }, undefined],
		[
			{ tolerateFollowUpFailures: 'yes' },
			'Ignore Follow-Up Errors must be true or false (got "yes")',
		],
		[{ welcomeMessage: true }, 'Welcome Message must be text (got true)'],
		[{ groupDescription: ['a'] }, 'Group Description must be text (got ["a"])'],
	])('Additional Fields read like the other parameters: %j', async (fields, message) => {
		double.setFault('/update-group-description', { status: 400, body: { error: 'admins only' } });
		const result = await run({ ...allFollowUps, ...fields });
		if (message === undefined) {
			expect(result.error).toBeUndefined();
			expect(result.output()[0].json.descriptionError).toMatch(/admins only$/);
		} else {
			expect(result.error?.message).toBe(message);
			expect(double.requests).toEqual([]);
		}
	});

	test('Ignore Follow-Up Errors: the item succeeds and shows the step error', async () => {
		double.setFault('/update-group-description', { status: 400, body: { error: 'admins only' } });

		const result = await run({ ...allFollowUps, tolerateFollowUpFailures: true });

		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).toMatchObject({
			phone: GROUP,
			photoUpdated: true,
			descriptionError:
				'Z-API rejected the request (HTTP 400) when trying to set the description of the group "Sales Team": admins only',
			adminsPromoted: ['5521988887777'],
			welcomeMessageId: '3EB0DOUBLE0000000001',
		});
		expect(result.output()[0].json).not.toHaveProperty('descriptionUpdated');
	});

	test('Retry On Fail: no second group, no second welcome message; a refused step is tried again', async () => {
		double.setFault('/update-group-photo', { status: 400, body: { error: 'try later' } });
		double.setFault('/send-text', { reset: 'after' });

		const result = await run(allFollowUps, { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 });

		expect(double.count('/create-group')).toBe(1);
		expect(double.count('/send-text')).toBe(1);
		expect(double.count('/update-group-photo')).toBe(2);
		expect(double.count('/update-group-description')).toBe(1);
		// The welcome message may have been delivered: still reported, never sent again.
		expect(result.error?.message).toMatch(
			/^The group "Sales Team" was created .*but a follow-up step failed: The connection to Z-API .* broke before it answered when trying to send the welcome message/,
		);
	});
});

describe('Group → Create, follow-ups that Z-API does not confirm', () => {
	test('{"value": false} from update-group-photo is a failed step, not photoUpdated', async () => {
		double.setFault('/update-group-photo', { status: 200, body: { value: false } });

		const result = await run({
			groupPhoto: 'https://example.com/logo.png',
			tolerateFollowUpFailures: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.output()[0].json).not.toHaveProperty('photoUpdated');
		expect(result.output()[0].json.photoError).toMatch(
			/^Z-API did not confirm the change when trying to set the photo of the group "Sales Team" \(it answered "value": false\)/,
		);
	});
});
