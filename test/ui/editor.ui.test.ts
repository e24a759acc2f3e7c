/**
 * The package in the real n8n editor (n8n 2.41.1, installed from the packed tarball the way users
 * install it), driven in Debian's headless Chromium at its default window size: node creator search,
 * the forms (every label shown whole), the credential form and n8n's credential test against the
 * local Z-API double. `npm run test:ui`; UPDATE_SCREENSHOTS=1 also refreshes docs/node-form.png and
 * docs/credential-form.png.
 */
import type { Locator } from 'playwright-core';

import { saveScreenshot } from './helpers/browser';
import {
	N8N_TEXT,
	addNodeAction,
	closeToasts,
	credentialField,
	credentialFieldLabels,
	credentialInput,
	credentialTestResult,
	fillCredentialField,
	hideTooltips,
	nodeCreatorItem,
	openNewCredentialFromNode,
	openNewWorkflow,
	openNodeCredential,
	parameterItem,
	parameterLabel,
	parameterTooltip,
	parametersPanel,
	retestCredential,
	saveCredential,
	searchNodeCreator,
	waitForCredentialFormClosed,
} from './helpers/editor';
import {
	addEveryCollectionOption,
	collectionChoices,
	cutOffTexts,
	expectEveryPhotoSource,
	expectWholeLabels,
	parameterLabels,
	placeholderCutOff,
	selectOption,
} from './helpers/form';
import { locatorInput, resourceLocator } from './helpers/resourceLocator';
import { useEditorSession } from './helpers/session';
import {
	CREATE_ADDITIONAL_FIELDS,
	CREATE_PHOTO,
	CREDENTIAL,
	GROUP_FIELDS,
	NODE,
	OPTIONS,
	SEND_TEXT,
	UPDATE_SETTINGS,
} from './expected';

const { session, uiTest } = useEditorSession('2.41.1');
/** The node form (NDV) of the Z-API node the tests add. */
let ndv: Locator;

// For a first step n8n shows "Z-API" once, described by its trigger; the node's actions are folded.
uiTest('searching "Z-API" for the first step finds Z-API', async (page) => {
	await openNewWorkflow(page, session.url);
	const item = nodeCreatorItem(await searchNodeCreator(page, 'Z-API'), NODE.name);
	await item.waitFor();
	const description = item.getByTestId('node-creator-item-description');
	expect(await description.innerText()).toBe(NODE.firstStepDescription);
});

uiTest(
	`its "${NODE.createAction}" action adds a node whose form shows Group Name, Phones and Auto Invite`,
	async (page) => {
		const creator = page.getByTestId('node-creator');
		ndv = await addNodeAction(page, nodeCreatorItem(creator, NODE.name), NODE.createAction);

		const labels = [];
		for (const name of Object.keys(GROUP_FIELDS)) {
			labels.push(await parameterLabel(parameterItem(ndv, name)));
		}
		expect(labels).toEqual(['Group Name', 'Phones', 'Auto Invite']);

		const groupName = parameterItem(ndv, 'groupName');
		const phones = parameterItem(ndv, 'phones');
		const autoInvite = parameterItem(ndv, 'autoInvite');
		// Placeholders and the Phones hint are on the form itself.
		expect(await groupName.getByTestId('parameter-input-field').getAttribute('placeholder')).toBe(
			GROUP_FIELDS.groupName.placeholder,
		);
		expect(await phones.getByTestId('parameter-input-field').getAttribute('placeholder')).toBe(
			GROUP_FIELDS.phones.placeholder,
		);
		expect(await phones.innerText()).toContain(GROUP_FIELDS.phones.hint);
		// Auto Invite is a switch, on by default.
		expect(await autoInvite.getByRole('switch').getAttribute('aria-checked')).toBe('true');
		// Each description is the tooltip of the field's help icon.
		for (const [item, field] of [
			[groupName, GROUP_FIELDS.groupName],
			[phones, GROUP_FIELDS.phones],
			[autoInvite, GROUP_FIELDS.autoInvite],
		] as const) {
			const tooltip = await parameterTooltip(item, field.description);
			expect(await tooltip.innerText()).toContain(field.description);
		}

		await hideTooltips(page);
		await closeToasts(page);
		await saveScreenshot(parametersPanel(ndv), 'node-form', 'node-form');
	},
);

// Whether each Photo Source's whole form shows whole: forms.ui.test.ts (Group → Create, Update Photo).
uiTest(
	'Create: the Additional Fields it offers (shown whole) and its Options; Photo holds its source, and each source shows its field at once',
	async (page) => {
		const form = parametersPanel(ndv);
		const offered = await collectionChoices(ndv, 'Additional Fields');
		expect(offered.names).toEqual(CREATE_ADDITIONAL_FIELDS);
		expect(await cutOffTexts(offered.list)).toEqual([]);
		await page.keyboard.press('Escape');
		await addEveryCollectionOption(ndv, 'Additional Fields');
		await addEveryCollectionOption(ndv, 'Options');
		expect(await parameterLabels(form)).toEqual(expect.arrayContaining(OPTIONS));
		// Photo, once added, shows its source and the field of the source it starts with.
		const photo = ndv.getByTestId('fixed-collection-photo');
		expect(await parameterLabels(photo)).toEqual(CREATE_PHOTO);
		await expectEveryPhotoSource(ndv, 'photoSource', photo);
		await selectOption(ndv, 'photoSource', 'Binary File');
		await hideTooltips(page);
		// Photo with its label, at the top of the panel.
		await ndv.getByTestId('parameter-input-onlyNumbersOnWhatsApp').evaluate((element) =>
			(element as unknown as { scrollIntoView(options: object): void }).scrollIntoView({
				block: 'start',
			}),
		);
		await saveScreenshot(form, 'create-additional-fields');
	},
);

uiTest('Update Photo takes the photo the same way: Photo Source, then its field', async () => {
	await selectOption(ndv, 'operation', 'Update Photo');
	const form = parametersPanel(ndv);
	expect(await parameterLabels(form)).toEqual(expect.arrayContaining(['Group ID', 'Photo Source']));
	await expectEveryPhotoSource(ndv, 'photoSource');
	await saveScreenshot(form, 'update-photo');
});

uiTest(
	'Update Settings says at the top of its form that settings left off are turned off',
	async () => {
		await selectOption(ndv, 'operation', 'Update Settings');
		const form = parametersPanel(ndv);
		const notice = form.getByText(UPDATE_SETTINGS.notice, { exact: true });
		await notice.waitFor();
		const groupId = parameterItem(ndv, 'groupId');
		expect((await notice.boundingBox())!.y).toBeLessThan((await groupId.boundingBox())!.y);
		expect(await parameterLabels(form)).toEqual(expect.arrayContaining(UPDATE_SETTINGS.labels));
		await expectWholeLabels(form, 'Group ID');
		await notice.scrollIntoViewIfNeeded();
		await saveScreenshot(form, 'update-settings');
	},
);

uiTest('Send Text shows its placeholder, hint and delay labels whole', async () => {
	await selectOption(ndv, 'resource', 'Message');
	const form = parametersPanel(ndv);
	const phone = parameterItem(ndv, 'phone');
	const input = locatorInput(resourceLocator(ndv, 'phone'));
	expect(await input.getAttribute('placeholder')).toBe(SEND_TEXT.phonePlaceholder);
	expect(await placeholderCutOff(input)).toBe(false);
	expect(await phone.innerText()).toContain(SEND_TEXT.phoneHint);
	await addEveryCollectionOption(ndv, 'Additional Fields');
	expect(await parameterLabels(form)).toEqual(
		expect.arrayContaining([...SEND_TEXT.labels, ...SEND_TEXT.additionalFields]),
	);
	await expectWholeLabels(form, 'Phone or Group ID');
	await phone.scrollIntoViewIfNeeded();
	await saveScreenshot(form, 'send-text');
});

uiTest(
	'the credential form opened from the node shows its fields, each with where to find its value',
	async (page) => {
		const modal = await openNewCredentialFromNode(ndv);
		const labels = await credentialFieldLabels(modal);
		// n8n may add fields of its own (Allowed HTTP Request Domains) after ours.
		expect(labels.slice(0, CREDENTIAL.labels.length)).toEqual(CREDENTIAL.labels);
		// Where to find each value is on the form, not only in the tooltips.
		for (const [name, hint] of Object.entries(CREDENTIAL.hints))
			expect(await credentialField(modal, name).innerText()).toContain(hint);
		expect(await cutOffTexts(modal)).toEqual([]);
		expect(await credentialInput(modal, 'baseUrl').inputValue()).toBe(CREDENTIAL.defaultBaseUrl);
		expect(await credentialInput(modal, 'instanceToken').getAttribute('type')).toBe('password');
		expect(await credentialInput(modal, 'clientToken').getAttribute('type')).toBe('password');

		await closeToasts(page);
		await saveScreenshot(modal, 'credential-form', 'credential-form');
	},
);

uiTest(
	'saving the credential runs its test against Z-API: "Connection tested successfully"',
	async (page) => {
		const modal = page.getByTestId('editCredential-modal');
		await fillCredentialField(modal, 'instanceId', session.double.config.instanceId);
		await fillCredentialField(modal, 'instanceToken', session.double.config.instanceToken);
		await fillCredentialField(modal, 'baseUrl', session.double.url);
		const before = session.statusRequests().length;
		await saveCredential(modal);
		// Saved from a node, the form closes once the test succeeded (and stays open with the error
		// otherwise).
		await waitForCredentialFormClosed(modal);
		expect(session.statusRequests().length).toBeGreaterThan(before);
		expect(session.statusRequests().at(-1)!.url).toBe(
			`/instances/${session.double.config.instanceId}/token/${session.double.config.instanceToken}/status`,
		);

		// Opening the saved credential tests it again and shows the result.
		const reopened = await openNodeCredential(ndv);
		expect(await credentialTestResult(reopened, 'success')).toContain(N8N_TEXT.testSuccess);
		expect(await credentialInput(reopened, 'baseUrl').inputValue()).toBe(session.double.url);
		await saveScreenshot(reopened, 'credential-tested');
	},
);

uiTest(
	'with WhatsApp disconnected, testing again shows the scan-the-QR-code message',
	async (page) => {
		const modal = page.getByTestId('editCredential-modal');
		session.double.config.connected = false;
		const before = session.statusRequests().length;
		await retestCredential(modal);
		const banner = await credentialTestResult(modal, 'failure');
		expect(banner).toContain(N8N_TEXT.testFailure);
		expect(banner).toContain(CREDENTIAL.disconnected);
		expect(session.statusRequests().length).toBeGreaterThan(before);
		await saveScreenshot(modal, 'credential-disconnected');
	},
);

uiTest(
	'with a wrong Client Token, saving says so (Z-API\'s 403 "Client-Token not allowed")',
	async (page) => {
		const modal = page.getByTestId('editCredential-modal');
		session.double.config.connected = true;
		session.double.config.clientToken = 'CLIENTSECRET42';
		await fillCredentialField(modal, 'clientToken', 'WRONGCLIENTTOKEN');
		await saveCredential(modal);
		// The red banner of the last test stays until this one's result replaces it.
		const banner = await credentialTestResult(modal, 'failure', CREDENTIAL.wrongClientToken);
		expect(banner).toContain(N8N_TEXT.testFailure);
		expect(banner).toContain(CREDENTIAL.wrongClientToken);
		expect(session.statusRequests().at(-1)!.headers['client-token']).toBe('WRONGCLIENTTOKEN');
		await saveScreenshot(modal, 'credential-wrong-client-token');
	},
);

test('n8n printed no token', () => {
	if (!session.n8n) throw new Error('n8n did not start (see beforeAll)');
	const printed = session.n8n.printedText();
	expect(printed).toContain('Editor is now accessible');
	for (const token of [session.double.config.instanceToken, 'CLIENTSECRET42', 'WRONGCLIENTTOKEN'])
		expect(printed).not.toContain(token);
});
