/**
 * Issue 12's chain in a real n8n, the way a user builds it: Check Numbers → Create Group with those
 * on WhatsApp → a Code node attaches the group's rules as a PDF → Send Document from that binary
 * data → Send Text that mentions everyone. Runs inside the Group → Create suite's n8n.
 */
import type { RealN8n, Workflow } from './helpers/realN8n';
import { SECRETS, createGroupWorkflow, nodeOutput } from './helpers/realN8n';

// A one-page PDF, small enough to read in a test failure.
const RULES_PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

const NOT_ON_WHATSAPP = '5531977776666';

export const messagingChain: Workflow = (() => {
	const workflow = createGroupWorkflow('zApiE2eMessage01', {
		items: [
			{ name: 'Book Club', participants: `5511999998888, 5521988887777, ${NOT_ON_WHATSAPP}` },
		],
	});
	const create = workflow.nodes.find((node) => node.name === 'Create Group')!;
	create.parameters = {
		resource: 'group',
		operation: 'create',
		// Check Numbers outputs the check, not its input: the name is typed in (n8n 1.123.81 resolves
		// no $('Groups to Create') here, 2.41.1 does).
		groupName: 'Book Club',
		phones: '={{ $json.withWhatsApp }}',
		autoInvite: false,
	};
	const zApiNode = (name: string, x: number, parameters: Record<string, unknown>) => ({
		...create,
		id: `e2e-message-${x}`,
		name,
		position: [x, 200],
		parameters,
	});
	const code = workflow.nodes.find((node) => node.name === 'Groups to Create')!;
	workflow.nodes.push(
		zApiNode('Check Numbers', 440, {
			resource: 'contact',
			operation: 'checkNumbers',
			phones: '={{ $json.participants }}',
			output: 'summary',
		}),
		{
			...code,
			id: 'e2e-message-rules',
			name: 'Attach Rules',
			position: [880, 200],
			parameters: {
				jsCode: `return $input.all().map((item) => ({ json: item.json, binary: { data: { data: '${RULES_PDF}', mimeType: 'application/pdf', fileName: 'rules.pdf', fileExtension: 'pdf' } } }));`,
			},
		},
		zApiNode('Send Rules', 1100, {
			resource: 'message',
			operation: 'sendDocument',
			phone: '={{ $json.groupId }}',
			mediaSource: 'binary',
			binaryPropertyName: 'data',
		}),
		zApiNode('Mention Everyone', 1320, {
			resource: 'message',
			operation: 'sendText',
			// Send Document's output names the chat it went to: chained by name.
			phone: '={{ $json.phone }}',
			message: 'Welcome to the Book Club! The rules are in the PDF above.',
			additionalFields: { mentionEveryone: true },
		}),
	);
	const next = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });
	Object.assign(workflow.connections, {
		'Groups to Create': next('Check Numbers'),
		'Check Numbers': next('Create Group'),
		'Create Group': next('Attach Rules'),
		'Attach Rules': next('Send Rules'),
		'Send Rules': next('Mention Everyone'),
	});
	return workflow;
})();

export function messagingTests(real: RealN8n) {
	it('chains Check Numbers → Create with those on WhatsApp → Send Document from binary data → Mention Everyone', async () => {
		real.double.config.notOnWhatsApp = [NOT_ON_WHATSAPP];

		const { run } = await real.execute(messagingChain.id);

		// The error's message and node are shown when the run fails.
		const error = run.data.resultData.error;
		expect({ status: run.status, error: error && `${error.node?.name}: ${error.message}` }).toEqual(
			{
				status: 'success',
				error: undefined,
			},
		);
		expect(real.double.requests.map((r) => `${r.method} ${r.route}`)).toEqual([
			'POST /phone-exists-batch',
			'GET /device',
			'POST /create-group',
			'POST /send-document/:extension',
			'GET /light-group-metadata/:groupId',
			'POST /send-text',
		]);
		const [check, , create, document, , text] = real.double.requests;
		expect(check.body).toEqual({ phones: ['5511999998888', '5521988887777', NOT_ON_WHATSAPP] });
		expect(nodeOutput(run, 'Check Numbers')[0].json).toMatchObject({
			withWhatsApp: ['5511999998888', '5521988887777'],
			withoutWhatsApp: [NOT_ON_WHATSAPP],
		});
		expect(create.body).toEqual({
			groupName: 'Book Club',
			phones: ['5511999998888', '5521988887777'],
			autoInvite: false,
		});
		const [group] = nodeOutput(run, 'Create Group').map((item) => item.json);
		expect(document.params).toEqual({ extension: 'pdf' });
		expect(document.body).toEqual({
			phone: group.groupId,
			document: `data:application/pdf;base64,${RULES_PDF}`,
			fileName: 'rules.pdf',
		});
		// Everyone but the connected number, in the order Z-API lists the participants.
		expect(text.body).toEqual({
			phone: group.groupId,
			message: 'Welcome to the Book Club! The rules are in the PDF above.',
			mentioned: ['5511999998888', '5521988887777'],
		});
		expect(nodeOutput(run, 'Send Rules')[0].json).toMatchObject({
			phone: group.groupId,
			messageId: '3EB0DOUBLE0000000001',
		});
		expect(nodeOutput(run, 'Mention Everyone')[0]).toMatchObject({
			json: { phone: group.groupId, messageId: '3EB0DOUBLE0000000002' },
			pairedItem: { item: 0 },
		});
		expect(JSON.stringify(run)).not.toContain(SECRETS.instanceToken);
	});
}
