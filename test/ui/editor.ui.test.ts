/**
 * The package in the real n8n editor (n8n 2.41.1, installed from the packed tarball the way users
 * install it), driven in Debian's headless Chromium: node creator search, the Create a group form,
 * the credential form and n8n's credential test against the local Z-API double.
 * `npm run test:ui`; UPDATE_SCREENSHOTS=1 also refreshes docs/node-form.png and
 * docs/credential-form.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { INodeProperties } from 'n8n-workflow';

import { ZApiApi } from '../../credentials/ZApiApi.credentials';
import { ZApi } from '../../nodes/ZApi/ZApi.node';
import { description as groupDescription } from '../../nodes/ZApi/resources/group';
import { description as createDescription } from '../../nodes/ZApi/resources/group/create.operation';
import { N8nInstance } from '../../scripts/n8n/instance';
import { packPackage } from '../../scripts/n8n/pack';
import { startZApiDouble } from '../zapi-double/server';
import type { ZApiDouble } from '../zapi-double/server';
import { launchChromium, newPage, saveFailureScreenshot, saveScreenshot } from './helpers/browser';
import {
	N8N_TEXT,
	addNodeAction,
	closeToasts,
	credentialField,
	credentialFieldLabels,
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
	signIn,
	waitForCredentialFormClosed,
} from './helpers/editor';

const N8N_VERSION = '2.41.1';

// What the editor must show comes from the package's own descriptions.
const node = new ZApi().description;
const credential = new ZApiApi();
const createAction = actionName('create');
const groupFields = {
	groupName: property(createDescription, 'groupName'),
	phones: property(createDescription, 'phones'),
	autoInvite: property(createDescription, 'autoInvite'),
};
const disconnectedMessage = ruleMessage('connected', false);

let double: ZApiDouble;
let n8n: N8nInstance | undefined;
let server: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
/** The node form (NDV) of the Z-API node the tests add. */
let ndv: Locator;

beforeAll(async () => {
	// Chromium first: without it, there is no point in starting n8n.
	browser = await launchChromium();
	double = await startZApiDouble();
	n8n = await N8nInstance.create({ version: N8N_VERSION, name: 'ui' });
	await n8n.installPackage(await packPackage());
	server = await n8n.start();
	const owner = await n8n.setupOwner(server.url);
	page = await newPage(browser);
	try {
		await signIn(page, server.url, owner.email, owner.password);
	} catch (error) {
		await saveFailureScreenshot(page, 'sign in');
		throw error;
	}
});

afterAll(async () => {
	await browser?.close().catch(report('closing Chromium'));
	await server?.stop().catch(report('stopping n8n'));
	await double?.close().catch(report('closing the Z-API double'));
});

/** A test of this file: on failure, a screenshot of the page goes to .cache/ui/failure-<name>.png. */
function uiTest(name: string, body: (page: Page) => Promise<void>) {
	test(name, async () => {
		if (!page) throw new Error('the browser did not start (see beforeAll)');
		try {
			await body(page);
		} catch (error) {
			await saveFailureScreenshot(page, name);
			throw error;
		}
	});
}

uiTest('searching "Z-API" in the node creator finds the node', async (page) => {
	await openNewWorkflow(page, server!.url);
	const creator = await searchNodeCreator(page, 'Z-API');
	const item = nodeCreatorItem(creator, node.displayName);
	expect(node.displayName).toBe('Z-API');
	await item.waitFor();
	expect(await item.getByTestId('node-creator-item-description').innerText()).toBe(
		node.description,
	);
});

uiTest(
	`its "${createAction}" action adds a node whose form shows Group Name, Phones and Auto Invite`,
	async (page) => {
		expect(createAction).toBe('Create a group');
		const creator = page.getByTestId('node-creator');
		ndv = await addNodeAction(page, nodeCreatorItem(creator, node.displayName), createAction);

		const labels = [];
		for (const field of Object.values(groupFields)) {
			labels.push(await parameterLabel(parameterItem(ndv, field.name)));
		}
		expect(labels).toEqual(['Group Name', 'Phones', 'Auto Invite']);

		const groupName = parameterItem(ndv, 'groupName');
		const phones = parameterItem(ndv, 'phones');
		const autoInvite = parameterItem(ndv, 'autoInvite');
		// Placeholders and the Phones hint are on the form itself.
		expect(await groupName.getByTestId('parameter-input-field').getAttribute('placeholder')).toBe(
			groupFields.groupName.placeholder,
		);
		expect(await phones.getByTestId('parameter-input-field').getAttribute('placeholder')).toBe(
			groupFields.phones.placeholder,
		);
		expect(groupFields.phones.hint).toBeTruthy();
		expect(await phones.innerText()).toContain(groupFields.phones.hint);
		// Auto Invite is a switch, on by default.
		expect(groupFields.autoInvite.default).toBe(true);
		await expectSwitchOn(autoInvite);
		// Each description is the tooltip of the field's help icon.
		for (const [item, field] of [
			[groupName, groupFields.groupName],
			[phones, groupFields.phones],
			[autoInvite, groupFields.autoInvite],
		] as const) {
			const tooltip = await parameterTooltip(item, field.description!);
			expect(await tooltip.innerText()).toContain(field.description);
		}

		await hideTooltips(page);
		await closeToasts(page);
		await saveScreenshot(parametersPanel(ndv), 'node-form', 'node-form');
	},
);

uiTest(
	'the credential form opened from the node shows Instance ID, Instance Token, Client Token and Base URL',
	async (page) => {
		const modal = await openNewCredentialFromNode(ndv);
		const labels = await credentialFieldLabels(modal);
		const ours = credential.properties.map((field) => field.displayName);
		expect(ours).toEqual(['Instance ID', 'Instance Token', 'Client Token', 'Base URL']);
		// n8n may add fields of its own (Allowed HTTP Request Domains) after ours.
		expect(labels.slice(0, ours.length)).toEqual(ours);
		expect(await credentialInput(modal, 'baseUrl').inputValue()).toBe(
			property(credential.properties, 'baseUrl').default,
		);
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
		await fillCredentialField(modal, 'instanceId', double.config.instanceId);
		await fillCredentialField(modal, 'instanceToken', double.config.instanceToken);
		await fillCredentialField(modal, 'baseUrl', double.url);
		const before = statusRequests().length;
		await saveCredential(modal);
		// Saved from a node, the form closes once the test succeeded (and stays open with the error
		// otherwise).
		await waitForCredentialFormClosed(modal);
		expect(statusRequests().length).toBeGreaterThan(before);
		expect(statusRequests().at(-1)!.url).toBe(
			`/instances/${double.config.instanceId}/token/${double.config.instanceToken}/status`,
		);

		// Opening the saved credential tests it again and shows the result.
		const reopened = await openNodeCredential(ndv);
		expect(await credentialTestResult(reopened, 'success')).toContain(N8N_TEXT.testSuccess);
		expect(await credentialInput(reopened, 'baseUrl').inputValue()).toBe(double.url);
		await saveScreenshot(reopened, 'credential-tested');
	},
);

uiTest(
	'with WhatsApp disconnected, testing again shows the scan-the-QR-code message',
	async (page) => {
		const modal = page.getByTestId('editCredential-modal');
		expect(disconnectedMessage).toMatch(/not connected.*scan the QR code/);
		double.config.connected = false;
		const before = statusRequests().length;
		await retestCredential(modal);
		const banner = await credentialTestResult(modal, 'failure');
		expect(banner).toContain(N8N_TEXT.testFailure);
		expect(banner).toContain(disconnectedMessage);
		expect(statusRequests().length).toBeGreaterThan(before);
		await saveScreenshot(modal, 'credential-disconnected');
	},
);

test('n8n printed no token', () => {
	if (!n8n) throw new Error('n8n did not start (see beforeAll)');
	const printed = n8n.printedText();
	expect(printed).toContain('Editor is now accessible');
	expect(printed).not.toContain(double.config.instanceToken);
});

function statusRequests() {
	return double.requests.filter(
		(request) => request.method === 'GET' && request.endpoint === '/status',
	);
}

function credentialInput(modal: Locator, name: string): Locator {
	return credentialField(modal, name).getByTestId('parameter-input-field');
}

async function expectSwitchOn(item: Locator) {
	expect(await item.getByRole('switch').getAttribute('aria-checked')).toBe('true');
}

function property(properties: INodeProperties[], name: string): INodeProperties {
	const found = properties.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no property "${name}" in the description`);
	return found;
}

/** The node creator's name for an operation of the Group resource ("Create a group"). */
function actionName(operation: string): string {
	const options = property(groupDescription, 'operation').options as Array<{
		value: string;
		action?: string;
	}>;
	const action = options.find((option) => option.value === operation)?.action;
	if (!action) throw new Error(`no action for the "${operation}" operation`);
	return action;
}

/** The message of the credential test's rule for `key` = `value`. */
function ruleMessage(key: string, value: unknown): string {
	const rule = credential.test.rules?.find(
		(candidate) =>
			candidate.type === 'responseSuccessBody' &&
			candidate.properties.key === key &&
			candidate.properties.value === value,
	);
	if (!rule || rule.type !== 'responseSuccessBody') throw new Error(`no rule for ${key}`);
	return rule.properties.message;
}

function report(what: string) {
	return (error: unknown) => process.stderr.write(`${what} failed: ${(error as Error).message}\n`);
}
