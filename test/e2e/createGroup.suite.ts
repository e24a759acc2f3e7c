/**
 * Group → Create inside a real n8n, exactly as users run it: the packed package installed into
 * .n8n/nodes, credentials and workflows imported with n8n's CLI, each workflow run with
 * `n8n execute --id … --rawOutput`. The same workflows and assertions run on every pinned release.
 */
import {
	CREDENTIAL,
	SECRETS,
	WRONG_CREDENTIAL,
	createGroupWorkflow,
	exampleWorkflow,
	expectFailedExit,
	nodeOutput,
	useRealN8n,
} from './helpers/realN8n';
import { communityChain, communityTests } from './community.suite';
import { interactiveChain, interactiveTests } from './interactive.suite';
import { messagingChain, messagingTests } from './messaging.suite';
import { queueTests, queueWorkflows } from './queue.suite';
import { safeRerunTests, safeRerunWorkflows } from './safeRerun.suite';

const example = exampleWorkflow();

const inputErrors = createGroupWorkflow('zApiE2eContinue1', {
	items: [
		{ name: 'Broken', participants: 'abc', invite: true },
		{ name: '   ', participants: '5511999998888', invite: true },
		{ name: 'Refused by Z-API', participants: '5521988887777', invite: true },
		{ name: 'Sales', participants: ['+55 (11) 99999-8888'], invite: 'false' },
	],
	settings: { onError: 'continueRegularOutput' },
});

const stopOnInputError = createGroupWorkflow('zApiE2eStopBad01', {
	items: [
		{ name: 'Sales', participants: '5511999998888', invite: true },
		{ name: 'Typo', participants: '5511 999', invite: true },
	],
});

const wrongToken = createGroupWorkflow('zApiE2eWrongTok1', {
	items: [{ name: 'Sales', participants: '5511999998888', invite: true }],
	credential: WRONG_CREDENTIAL,
});

const retryAfterReset = createGroupWorkflow('zApiE2eRetryOn01', {
	items: [{ name: 'Sales', participants: '5511999998888', invite: true }],
	settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 },
});

const CREATE_PATH = `/instances/TESTINSTANCE0001/token/${SECRETS.instanceToken}/create-group`;

/**
 * The group toolkit chained the way users chain it: Create Group with Additional Fields (photo,
 * description, an admin, a welcome message) → Get Metadata of the new group → Send Text to it.
 */
const toolkit = (() => {
	const workflow = createGroupWorkflow('zApiE2eToolkit01', {
		items: [{ name: 'Launch Team', participants: '5511999998888, 5521988887777', invite: true }],
	});
	const create = workflow.nodes.find((node) => node.name === 'Create Group')!;
	create.parameters.additionalFields = {
		groupPhoto: 'https://example.com/logo.png',
		groupDescription: 'Launch planning',
		admins: '5521988887777',
		welcomeMessage: 'Welcome, team!',
	};
	const zApiNode = (name: string, x: number, parameters: Record<string, unknown>) => ({
		...create,
		id: `e2e-toolkit-${x}`,
		name,
		position: [x, 0],
		parameters,
	});
	workflow.nodes.push(
		zApiNode('Get Metadata', 660, {
			resource: 'group',
			operation: 'getMetadata',
			groupId: '={{ $json.groupId }}',
		}),
		zApiNode('Send Text', 880, {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.groupId }}',
			message: '={{ $json.subject }} has {{ $json.participantCount }} members',
		}),
	);
	const next = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });
	workflow.connections['Create Group'] = next('Get Metadata');
	workflow.connections['Get Metadata'] = next('Send Text');
	return workflow;
})();

export function createGroupSuite(version: string) {
	describe(`n8n ${version}: Group → Create in a real n8n`, () => {
		const real = useRealN8n(version, [
			example,
			inputErrors,
			stopOnInputError,
			wrongToken,
			retryAfterReset,
			toolkit,
			messagingChain,
			interactiveChain,
			communityChain,
			...safeRerunWorkflows,
			...queueWorkflows,
		]);
		const creates = () => real.double.requests.filter((r) => r.endpoint === '/create-group');

		it('runs the example workflow: three groups created, their id and link used downstream', async () => {
			const { run } = await real.execute(example.id);

			expect(run.status).toBe('success');
			expect(run.data.resultData.error).toBeUndefined();
			const created = nodeOutput(run, 'Create Group');
			expect(created.map((item) => item.json)).toEqual([
				{
					// The double numbers the groups it creates.
					phone: '120363019502600001-group',
					groupId: '120363019502600001-group',
					invitationLink: 'https://chat.whatsapp.com/DOUBLE000001',
					phonesNotAdded: [],
					groupName: 'Sales Team',
					phones: ['5511999998888', '5521988887777'],
				},
				expect.objectContaining({ groupName: 'Support', phones: ['5531977776666'] }),
				expect.objectContaining({
					groupName: 'Partners',
					phones: ['5548955554444', '5541966665555'],
					phonesNotAdded: ['5541966665555'],
				}),
			]);
			expect(created.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);

			const messages = nodeOutput(run, 'Invitation Message').map((item) => item.json);
			expect(messages).toHaveLength(3);
			messages.forEach((message, index) => {
				const group = created[index].json;
				expect(message).toEqual({
					groupName: group.groupName,
					groupId: group.phone,
					invitationLink: group.invitationLink,
					message: `Hi! Join the ${group.groupName} group on WhatsApp: ${group.invitationLink}`,
					notAdded: group.phonesNotAdded.join(', '),
				});
			});
		});

		it('sends what Z-API documents: one GET /device, then POST /create-group per item', async () => {
			await real.execute(example.id);

			const { requests } = real.double;
			expect(requests.map((r) => `${r.method} ${r.endpoint}`)).toEqual([
				'GET /device',
				'POST /create-group',
				'POST /create-group',
				'POST /create-group',
			]);
			for (const request of requests) {
				expect(request.headers['client-token']).toBe(SECRETS.clientToken);
			}
			const posts = creates();
			for (const post of posts) {
				expect(post.url).toBe(CREATE_PATH);
				expect(post.headers['content-type']).toMatch(/^application\/json/);
			}
			expect(posts.map((post) => post.body)).toEqual([
				{ groupName: 'Sales Team', phones: ['5511999998888', '5521988887777'], autoInvite: true },
				// 5511900000000 is the number connected to the instance: left out.
				{ groupName: 'Support', phones: ['5531977776666'], autoInvite: false },
				{ groupName: 'Partners', phones: ['5548955554444', '5541966665555'], autoInvite: true },
			]);
		});

		it('On Error: Continue gives one item per input, in order and paired: input errors, a Z-API error, a group', async () => {
			real.double.setFault('/create-group', { status: 400, body: { error: 'phones invalid' } });

			const { run } = await real.execute(inputErrors.id);

			expect(run.status).toBe('success');
			const items = nodeOutput(run, 'Create Group');
			expect(items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
				{ item: 3 },
			]);
			expect(items[0].json).toEqual({
				error: expect.stringMatching(/^Phones: "abc" is not a phone number/),
			});
			expect(items[1].json).toEqual({
				error: expect.stringMatching(/^Group Name is empty \(got "   "\)/),
			});
			expect(items[2].json).toEqual({
				error:
					'Z-API rejected the request (HTTP 400) when trying to create the group "Refused by Z-API": phones invalid',
			});
			expect(items[3].json).toMatchObject({
				groupName: 'Sales',
				phones: ['5511999998888'],
				phone: expect.stringMatching(/-group$/),
			});
			// The two input errors never reached Z-API.
			expect(creates().map((post) => post.body.groupName)).toEqual(['Refused by Z-API', 'Sales']);
			expect(creates()[1].body.autoInvite).toBe(false);
		});

		it('a bad phone stops the workflow with an error naming the field and value, before any create', async () => {
			const result = await real.execute(stopOnInputError.id);
			const { run } = result;

			expect(run.status).toBe('error');
			expectFailedExit(result);
			const error = run.data.resultData.error;
			expect(error.message).toMatch(/^Phones: "5511 999" has 7 digits/);
			expect(error.name).toBe('NodeOperationError');
			// The first item went through; n8n stops at the second.
			expect(creates()).toHaveLength(1);
		});

		it("a wrong instance token fails with Z-API's own words and no token", async () => {
			const result = await real.execute(wrongToken.id);
			const { run } = result;

			expect(run.status).toBe('error');
			expectFailedExit(result);
			const error = run.data.resultData.error;
			expect(error.message).toBe(
				'Z-API rejected the request (HTTP 400) when trying to look up the number connected to the instance: Instance not found',
			);
			expect(error.name).toBe('NodeApiError');
			expect(creates()).toHaveLength(0);
		});

		it('Retry On Fail never sends a create again after the connection broke once it had been sent', async () => {
			real.double.setFault('/create-group', { reset: 'after' });

			const { run } = await real.execute(retryAfterReset.id);

			expect(run.status).toBe('error');
			const error = run.data.resultData.error;
			// The message itself says the group may exist and not to simply run it again.
			expect(error.message).toMatch(
				/^The connection to Z-API at 127\.0\.0\.1:\d+ broke before it answered when trying to create the group ".+"\. The group may have been created anyway: do not create it again, or there may be two groups named ".+"\./,
			);
			expect(error.description).toMatch(/never sends such a request a second time by itself/);
			expect(creates()).toHaveLength(1);
		});

		it('chains Create Group with Additional Fields → Get Metadata → Send Text', async () => {
			const { run } = await real.execute(toolkit.id);

			expect(run.status).toBe('success');
			expect(real.double.requests.map((r) => `${r.method} ${r.route}`)).toEqual([
				'GET /device',
				'POST /create-group',
				'POST /update-group-photo',
				'POST /update-group-description',
				'POST /add-admin',
				'POST /send-text',
				'GET /group-metadata/:groupId',
				'POST /send-text',
			]);
			const [group] = nodeOutput(run, 'Create Group').map((item) => item.json);
			expect(group).toMatchObject({
				groupName: 'Launch Team',
				photoUpdated: true,
				descriptionUpdated: true,
				adminsPromoted: ['5521988887777'],
				// The double numbers the messages it accepts: the welcome message is the first.
				welcomeMessageId: '3EB0DOUBLE0000000001',
			});
			const [metadata] = nodeOutput(run, 'Get Metadata').map((item) => item.json);
			expect(metadata).toMatchObject({
				phone: group.phone,
				subject: 'Launch Team',
				description: 'Launch planning',
				participantCount: 3,
			});
			expect(metadata.adminPhones).toContain('5521988887777');
			const sent = real.double.requests.at(-1)!;
			expect(sent.body).toEqual({ phone: group.phone, message: 'Launch Team has 3 members' });
			expect(nodeOutput(run, 'Send Text')[0].json).toMatchObject({
				phone: group.phone,
				messageId: '3EB0DOUBLE0000000002',
			});
		});

		messagingTests(real);
		interactiveTests(real);
		communityTests(real);
		safeRerunTests(real);
		queueTests(real);

		it("prints no token anywhere: not in outputs, errors or n8n's debug log", () => {
			const printed = real.n8n.printedText();
			// The text scanned holds the runs, failed ones too (what a leak would be in).
			expect(printed).toContain(
				'when trying to look up the number connected to the instance: Instance not found',
			);
			for (const secret of Object.values(SECRETS)) expect(printed).not.toContain(secret);
			expect(printed).not.toMatch(/\/token\//);
		});
	});
}

export { CREDENTIAL };
