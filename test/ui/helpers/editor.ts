/**
 * Steps in the n8n 2.x editor, one small function each. Selectors are n8n's own data-test-id
 * attributes (see launchChromium) and visible text.
 */
import type { Locator, Page } from 'playwright-core';

/** n8n's wording (editor i18n) for the two outcomes of a credential test. */
export const N8N_TEXT = {
	testSuccess: 'Connection tested successfully',
	testFailure: 'Couldn’t connect with these settings',
	moreDetails: 'More details',
	retry: 'Retry',
};

export async function signIn(page: Page, url: string, email: string, password: string) {
	await page.goto(`${url}/signin`);
	await page.getByTestId('emailOrLdapLoginId').locator('input').fill(email);
	await page.getByTestId('password').locator('input').fill(password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((address) => !address.pathname.startsWith('/signin'));
}

/**
 * A new, empty workflow; resolves once the canvas offers "Add first step". The first editor load
 * fetches every node type n8n knows (20 to 30 s on a small machine), hence the longer wait.
 */
export async function openNewWorkflow(page: Page, url: string, timeout = 120000) {
	await page.goto(`${url}/workflow/new`, { timeout });
	await page.getByTestId('canvas-plus-button').waitFor({ timeout });
}

export async function searchNodeCreator(page: Page, text: string): Promise<Locator> {
	await page.getByTestId('canvas-plus-button').click();
	const creator = page.getByTestId('node-creator');
	await creator.getByTestId('node-creator-search-bar').fill(text);
	return creator;
}

/**
 * The node creator's result for a node: its name and description. n8n 2.41.1 renders it as a node
 * item or, for a node with several resources found by search, as an action item.
 */
export function nodeCreatorItem(creator: Locator, displayName: string): Locator {
	return creator.getByTestId(/^node-creator-(node|action)-item$/).filter({
		has: creator
			.page()
			.getByTestId('node-creator-item-name')
			.getByText(displayName, { exact: true }),
	});
}

/**
 * Opens an app in the node creator and picks one of its triggers or actions; resolves the node form
 * (NDV). For a first step, n8n lists the app's triggers and folds its actions under "Actions (n)".
 */
export async function addNodeAction(page: Page, node: Locator, action: string): Promise<Locator> {
	await node.click();
	const creator = page.getByTestId('node-creator');
	const item = creator
		.getByTestId('item-iterator-item')
		.filter({ has: page.getByTestId('node-creator-item-name').getByText(action, { exact: true }) });
	const actionsHeader = creator.getByText(/^Actions \(\d+\)$/);
	await item.or(actionsHeader).first().waitFor();
	if (!(await item.isVisible())) await actionsHeader.click();
	await item.click();
	const ndv = page.getByTestId('ndv');
	await ndv.getByTestId('node-parameters').waitFor();
	return ndv;
}

/** The centre column of the node form: tabs, credential and parameters. */
export function parametersPanel(ndv: Locator): Locator {
	const page = ndv.page();
	return ndv
		.locator('div')
		.filter({ has: page.getByTestId('tab-params') })
		.filter({ has: page.getByTestId('node-parameters') })
		.last();
}

// In filter({ has }), the inner locator is looked up inside each candidate: it starts at the page.

/** One parameter of the node form: label, input, hint. */
export function parameterItem(ndv: Locator, name: string): Locator {
	return ndv
		.getByTestId('parameter-item')
		.filter({ has: ndv.page().getByTestId(`parameter-input-${name}`) });
}

export async function parameterLabel(item: Locator): Promise<string> {
	return labelText(item.getByTestId('input-label').locator('label'));
}

/** Hovers a parameter's label and its help icon; resolves the tooltip holding `text`. */
export async function parameterTooltip(item: Locator, text: string): Promise<Locator> {
	const label = item.getByTestId('input-label');
	await label.hover();
	await label.locator('[data-icon="circle-help"]').hover();
	const tooltip = item.page().getByTestId('tooltip-content').filter({ hasText: text });
	await tooltip.waitFor();
	return tooltip;
}

/** Moves the mouse off the form and waits until no tooltip is shown. */
export async function hideTooltips(page: Page) {
	await page.mouse.move(1, 1);
	const shown = page.getByTestId('tooltip-content').filter({ visible: true });
	await shown.first().waitFor({ state: 'hidden' });
}

/** Closes n8n's toasts so they do not cover a screenshot. */
export async function closeToasts(page: Page) {
	const toasts = page.locator('.el-notification').filter({ visible: true });
	const deadline = Date.now() + 15000;
	while ((await toasts.count()) > 0 && Date.now() < deadline) {
		// A toast can close itself or be drawn anew while it is clicked (a busy machine, CI run of
		// a3159f0: one click waited 30 s on a detached button and failed the tests after it): a short
		// try, then the next toast.
		await toasts
			.first()
			.locator('.el-notification__closeBtn')
			.click({ timeout: 2000 })
			.catch(() => undefined);
		await page.waitForTimeout(100);
	}
}

/** "Connect to Z-API" in the node form: opens the form of a new credential. */
export async function openNewCredentialFromNode(ndv: Locator): Promise<Locator> {
	await ndv.getByTestId('node-credentials-empty-state').click();
	const modal = ndv.page().getByTestId('editCredential-modal');
	await modal.getByTestId('credential-connection-parameter').first().waitFor();
	return modal;
}

/** The pencil next to the node's credential: opens the saved credential (n8n tests it again). */
export async function openNodeCredential(ndv: Locator): Promise<Locator> {
	await ndv.getByTestId('credential-edit-button').click();
	const modal = ndv.page().getByTestId('editCredential-modal');
	await modal.getByTestId('credential-connection-parameter').first().waitFor();
	return modal;
}

export function credentialField(modal: Locator, name: string): Locator {
	return modal
		.getByTestId('credential-connection-parameter')
		.filter({ has: modal.page().getByTestId(name) });
}

/** The labels of the credential form's fields, in order, without the "required" star. */
export async function credentialFieldLabels(modal: Locator): Promise<string[]> {
	const labels = modal.getByTestId('credential-connection-parameter').locator('label');
	const texts: string[] = [];
	for (const label of await labels.all()) texts.push(await labelText(label));
	return texts;
}

export function credentialInput(modal: Locator, name: string): Locator {
	return credentialField(modal, name).getByTestId('parameter-input-field');
}

export async function fillCredentialField(modal: Locator, name: string, value: string) {
	await modal.getByTestId(`parameter-input-${name}`).locator('input').fill(value);
}

export async function saveCredential(modal: Locator) {
	await modal.getByTestId('credential-save-button').click();
}

/** The green banner of a successful credential test, or the red one of a failed test. */
export function testResultBanner(modal: Locator, outcome: 'success' | 'failure'): Locator {
	return outcome === 'success'
		? modal.getByTestId('credentials-config-container-test-success')
		: modal.locator('.el-tag').filter({ hasText: N8N_TEXT.testFailure });
}

/**
 * Waits for the banner of a credential test and resolves its text, with the red banner's
 * "More details" opened; with `expected`, until the banner holds that text (a new test's result
 * replaces the last one's). Times out with what the form shows instead.
 */
export async function credentialTestResult(
	modal: Locator,
	outcome: 'success' | 'failure',
	expected = '',
	timeoutMs = 30000,
): Promise<string> {
	const banner = testResultBanner(modal, outcome);
	const deadline = Date.now() + timeoutMs;
	try {
		await banner.waitFor({ timeout: timeoutMs });
		for (;;) {
			const moreDetails = banner.getByText(N8N_TEXT.moreDetails, { exact: true });
			if (await moreDetails.isVisible()) await moreDetails.click();
			const text = await banner.innerText();
			if (text.includes(expected)) return text;
			if (Date.now() > deadline) throw new Error(`the banner does not say "${expected}"`);
			await modal.page().waitForTimeout(200);
		}
	} catch (error) {
		throw new Error(
			`no ${outcome} banner after the credential test; the form shows:\n${await formText(modal)}`,
			{ cause: error },
		);
	}
}

/** Saving a new credential from a node closes its form once n8n tested it successfully. */
export async function waitForCredentialFormClosed(modal: Locator, timeoutMs = 30000) {
	try {
		await modal.waitFor({ state: 'hidden', timeout: timeoutMs });
	} catch (error) {
		throw new Error(
			`the credential form stayed open after saving; it shows:\n${await formText(modal)}`,
			{ cause: error },
		);
	}
}

async function formText(modal: Locator): Promise<string> {
	return modal.innerText({ timeout: 1000 }).catch(() => '(nothing)');
}

export async function retestCredential(modal: Locator) {
	await modal
		.getByTestId('credentials-config-container-test-success')
		.getByRole('button', { name: N8N_TEXT.retry })
		.click();
}

/** A label's first line (the Fixed / Expression switch follows), without the "required" star. */
async function labelText(label: Locator): Promise<string> {
	const [title] = (await label.innerText()).split('\n');
	return title.replace(/\s*\*\s*$/, '').trim();
}
