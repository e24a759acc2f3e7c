/**
 * The package in the real n8n editor (n8n 2.41.1, installed from the packed tarball the way users
 * install it), driven in Debian's headless Chromium: node creator search, the Create a group form,
 * the credential form and n8n's credential test against the local Z-API double.
 * `npm run test:ui`; UPDATE_SCREENSHOTS=1 also refreshes docs/node-form.png and
 * docs/credential-form.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';

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

// What the editor must show, written out rather than read from the package's descriptions (compared
// with the descriptions they come from, a wrong text would pass).
const NODE = {
	name: 'Z-API',
	description: 'Create and manage WhatsApp groups and send messages through Z-API',
	createAction: 'Create a group',
};
const GROUP_FIELDS = {
	groupName: {
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The name of the new WhatsApp group. Participants see it at the top of the chat.',
	},
	phones: {
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888. The number connected to your Z-API instance is always left out: you are in the group as its creator.',
		description:
			'The participants: phone numbers with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and duplicates are dropped; WhatsApp private IDs (…@lid) are passed on as they are.',
	},
	autoInvite: {
		description:
			'Whether to send a private invitation link to participants that cannot be added directly (for example because they have not saved your number). Such participants are listed in the output field phonesNotAdded until they accept.',
	},
};
const CREDENTIAL_LABELS = ['Instance ID', 'Instance Token', 'Client Token', 'Base URL'];
const DEFAULT_BASE_URL = 'https://api.z-api.io';
const DISCONNECTED_MESSAGE =
	'The credentials work, but WhatsApp is not connected to this instance. Open the Z-API panel and scan the QR code with the phone, then test again.';

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
	const item = nodeCreatorItem(creator, NODE.name);
	await item.waitFor();
	expect(await item.getByTestId('node-creator-item-description').innerText()).toBe(
		NODE.description,
	);
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
		await expectSwitchOn(autoInvite);
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

uiTest(
	'the credential form opened from the node shows Instance ID, Instance Token, Client Token and Base URL',
	async (page) => {
		const modal = await openNewCredentialFromNode(ndv);
		const labels = await credentialFieldLabels(modal);
		// n8n may add fields of its own (Allowed HTTP Request Domains) after ours.
		expect(labels.slice(0, CREDENTIAL_LABELS.length)).toEqual(CREDENTIAL_LABELS);
		expect(await credentialInput(modal, 'baseUrl').inputValue()).toBe(DEFAULT_BASE_URL);
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
		double.config.connected = false;
		const before = statusRequests().length;
		await retestCredential(modal);
		const banner = await credentialTestResult(modal, 'failure');
		expect(banner).toContain(N8N_TEXT.testFailure);
		expect(banner).toContain(DISCONNECTED_MESSAGE);
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

function report(what: string) {
	return (error: unknown) => process.stderr.write(`${what} failed: ${(error as Error).message}\n`);
}
