/** Group → Accept Invitation: the connected number joins a group through its invitation link. */
import { expectNoSecrets, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const LINK = 'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT';
const ACTION = `join the group of the invitation link ${LINK}`;
const MAY_HAVE_JOINED =
	'The connected number may have joined the group anyway: look for it with Group → Get Many before you run this again.';
const parameters = {
	resource: 'group',
	operation: 'acceptInvitation',
	invitationLink: '={{ $json.link }}',
};

const run = (items: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
	runZApi(double, { parameters: { ...parameters, ...extra }, items });

/** A group the connected number is not in yet, with LINK as its invitation link. */
function groupToJoin(): string {
	const id = double.addGroup({ name: 'Neighbours', invitationLink: LINK });
	double.group(id)!.participants.delete(double.config.connectedPhone);
	return id;
}

describe('Group → Accept Invitation', () => {
	test('GET /accept-invite-group?url=<link>, no body; the number joins; output { invitationLink, accepted }', async () => {
		const id = groupToJoin();
		const result = await run([{ link: `${LINK}\n` }]);

		expect(result.error).toBeUndefined();
		expect(double.requests).toHaveLength(1);
		const [request] = double.requests;
		expect(request.method).toBe('GET');
		expect(request.endpoint).toBe('/accept-invite-group');
		expect(request.query).toEqual({ url: LINK });
		expect(request.rawBody).toBe('');
		expect(request.headers).not.toHaveProperty('content-type');
		expect(double.group(id)!.participants.has(double.config.connectedPhone)).toBe(true);
		expect(result.output()).toEqual([
			{ json: { invitationLink: LINK, accepted: true }, pairedItem: { item: 0 } },
		]);
		expectNoSecrets(result.text, double);
	});

	test('a bad link fails before any request, naming the field and the value', async () => {
		const result = await run([{ link: 'https://chat.whatsapp.com/' }]);
		expect(result.error?.message).toBe(
			'Invitation Link: "https://chat.whatsapp.com/" is not a WhatsApp group invitation link: give one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(double.requests).toHaveLength(0);
	});

	test.each([
		[{ success: false }, 'false'],
		[{ success: 'true' }, '"true"'],
	])('an answer %j is a failure, not a success', async (body, shown) => {
		groupToJoin();
		double.setFault('/accept-invite-group', { status: 200, body });
		const result = await run([{ link: LINK }]);
		expect(result.error?.message).toBe(
			`Z-API did not accept the invitation when trying to ${ACTION} (it answered "success": ${shown})`,
		);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.output()).toEqual([]);
	});

	test('an answer without success may have joined anyway, and says so', async () => {
		double.setFault('/accept-invite-group', { status: 200, body: { value: true } });
		const result = await run([{ link: LINK }]);
		expect(result.error?.message).toBe(
			`Z-API answered without the expected data when trying to ${ACTION}. ${MAY_HAVE_JOINED}`,
		);
	});

	test('a lost answer is not "only a read": the GET joins, so it may have been done', async () => {
		groupToJoin();
		double.setFault('/accept-invite-group', {
			delayMs: 1500,
			status: 200,
			body: { success: true },
		});
		const result = await runZApi(double, {
			parameters: { ...parameters, options: { timeout: 300 } },
			items: [{ link: LINK }],
			settings: { onError: 'continueRegularOutput' },
		});
		expect(result.output()[0].json).toEqual({
			error: `Z-API did not answer within 300 ms when trying to ${ACTION}. ${MAY_HAVE_JOINED}`,
			mayHaveReachedZApi: true,
		});
		expect(result.text).not.toContain('The request only reads');
	});

	test('a link Z-API does not know is its error; nothing joined', async () => {
		const result = await run([{ link: LINK }]);
		expect(result.error?.message).toBe(
			`Z-API rejected the request (HTTP 400) when trying to ${ACTION}: Invalid invitation link`,
		);
		expectNoSecrets(result.text, double);
	});

	test('On Error: Continue gives one item per input item, in order, paired', async () => {
		groupToJoin();
		const result = await runZApi(double, {
			parameters,
			settings: { onError: 'continueRegularOutput' },
			items: [{ link: LINK }, { link: '' }, { link: 'https://chat.whatsapp.com/UnknownLink1' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output()).toEqual([
			{ json: { invitationLink: LINK, accepted: true }, pairedItem: { item: 0 } },
			{
				json: {
					error:
						'Invitation Link: "" is not a WhatsApp group invitation link: give one like https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT',
				},
				pairedItem: { item: 1 },
			},
			{
				json: {
					error:
						'Z-API rejected the request (HTTP 400) when trying to join the group of the invitation link https://chat.whatsapp.com/UnknownLink1: Invalid invitation link',
				},
				pairedItem: { item: 2 },
			},
		]);
		expect(double.count('/accept-invite-group')).toBe(2);
		expectNoSecrets(result.text, double);
	});
});
