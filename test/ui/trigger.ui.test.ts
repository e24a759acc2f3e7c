/**
 * The Z-API Trigger in the real n8n editor (n8n 2.41.1, the packed package installed the way users
 * install it), in Debian's headless Chromium at its default window size: found as a first step, its
 * form (the https notice, Events, Replace Existing Webhook, Ignore Own Messages, Filters, Options), every
 * label and event name shown whole, the notices that depend on the settings, and the manual mode with
 * its notice per Z-API panel field the chosen events need.
 * UPDATE_SCREENSHOTS=1 also refreshes docs/trigger-form.png.
 */
import type { Locator, Page } from 'playwright-core';

import { saveScreenshot } from './helpers/browser';
import {
	closeToasts,
	hideTooltips,
	nodeCreatorItem,
	openNewWorkflow,
	parameterItem,
	parametersPanel,
	searchNodeCreator,
} from './helpers/editor';
import {
	addEveryCollectionOption,
	collectionChoices,
	cutOffTexts,
	expectWholeLabels,
	parameterLabels,
	selectOption,
	textareaPlaceholderCutOff,
} from './helpers/form';
import { useEditorSession } from './helpers/session';
import { TRIGGER } from './expected';

const { session, uiTest } = useEditorSession('2.41.1');
/** The node form (NDV) of the trigger the tests add. */
let ndv: Locator;

/** The open dropdown list of a select (Element Plus renders it at the end of the page). */
function openDropdown(page: Page): Locator {
	return page.locator('.el-select-dropdown').filter({ visible: true }).last();
}

/** A notice of the form, by its whole text. */
function notice(ndv: Locator, text: string): Locator {
	return parametersPanel(ndv).getByText(text, { exact: true });
}

uiTest(
	'searching "Z-API" for the first step finds the trigger, with one entry per event (each whole)',
	async (page) => {
		await openNewWorkflow(page, session.url);
		const creator = await searchNodeCreator(page, 'Z-API');
		const item = nodeCreatorItem(creator, TRIGGER.creatorName);
		await item.waitFor();
		expect(await item.getByTestId('node-creator-item-description').innerText()).toBe(
			TRIGGER.description,
		);
		await item.click();
		const entries = creator
			.getByTestId('item-iterator-item')
			.getByTestId('node-creator-item-name')
			.filter({ hasText: /^On / });
		await entries.first().waitFor();
		expect(await entries.allInnerTexts()).toEqual(
			TRIGGER.events.map((event) => `On ${event.toLowerCase()}`),
		);
		expect(await cutOffTexts(creator)).toEqual([]);
	},
);

uiTest(
	`its "${TRIGGER.action}" trigger adds it with that event chosen; the form: https notice, Registration, Events, Replace Existing Webhook, Ignore Own Messages, Filters, Options`,
	async (page) => {
		const creator = page.getByTestId('node-creator');
		await creator
			.getByTestId('item-iterator-item')
			.filter({ has: page.getByTestId('node-creator-item-name').getByText(TRIGGER.action) })
			.click();
		ndv = page.getByTestId('ndv');
		await ndv.getByTestId('node-parameters').waitFor();
		const form = parametersPanel(ndv);

		await notice(ndv, TRIGGER.httpsNotice).waitFor();
		// The node's own parameters come first; n8n's settings (Always Output Data…) follow.
		const labels = await parameterLabels(form);
		expect(labels.slice(0, TRIGGER.labels.length)).toEqual(TRIGGER.labels);
		expect(await parameterItem(ndv, 'events').innerText()).toContain('Participant Added');
		// Automatic registration by default; Ignore Own Messages on, Replace Existing Webhook off.
		expect(await parameterItem(ndv, 'registration').locator('input').inputValue()).toBe(
			'Automatic',
		);
		const isOn = async (name: string) =>
			await parameterItem(ndv, name).getByRole('switch').getAttribute('aria-checked');
		expect(await isOn('ignoreOwnMessages')).toBe('true');
		expect(await isOn('replaceExisting')).toBe('false');
		await expectWholeLabels(form, 'Replace Existing Webhook');
	},
);

uiTest('Events offers every event, each name whole', async (page) => {
	await parameterItem(ndv, 'events').getByTestId('parameter-input-events').click();
	const list = openDropdown(page);
	const options = list.locator('.el-select-dropdown__item');
	await options.first().waitFor();
	const names = [];
	for (const option of await options.all()) {
		names.push((await option.innerText()).split('\n')[0].trim());
	}
	expect(names).toEqual(TRIGGER.events);
	expect(await cutOffTexts(list)).toEqual([]);

	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
});

uiTest(
	'Filters offers Chat Type, Chats and Ignore API Messages, every label whole',
	async (page) => {
		const form = parametersPanel(ndv);
		const offered = await collectionChoices(ndv, 'Filters');
		expect(offered.names).toEqual(TRIGGER.filters);
		await page.keyboard.press('Escape');
		await addEveryCollectionOption(ndv, 'Filters');
		expect(await parameterLabels(form)).toEqual(expect.arrayContaining(TRIGGER.filters));
		await expectWholeLabels(form, 'Chats');
		const chats = parameterItem(ndv, 'chats').locator('textarea');
		expect(await chats.getAttribute('placeholder')).toBe(TRIGGER.chatsPlaceholder);

		await hideTooltips(page);
		await closeToasts(page);
		// From the top of the form: Webhook URLs, the credential, the https notice.
		await form.getByText('Webhook URLs', { exact: true }).scrollIntoViewIfNeeded();
		await saveScreenshot(form, 'trigger-form', 'trigger-form');
		expect(await textareaPlaceholderCutOff(chats)).toBe(false);
	},
);

uiTest(
	'Options offers Download Media, Download Timeout (Seconds) and Media Size Limit (MB), every label whole',
	async (page) => {
		const form = parametersPanel(ndv);
		const offered = await collectionChoices(ndv, 'Options');
		expect(offered.names).toEqual(TRIGGER.options);
		await page.keyboard.press('Escape');
		await addEveryCollectionOption(ndv, 'Options');
		expect(await parameterLabels(form)).toEqual(expect.arrayContaining(TRIGGER.options));
		await expectWholeLabels(form, 'Download Timeout (Seconds)');
	},
);

uiTest(
	'Message Sent by Me with Ignore Own Messages on: a notice says to turn Ignore Own Messages off',
	async (page) => {
		await parameterItem(ndv, 'events').getByTestId('parameter-input-events').click();
		const list = openDropdown(page);
		await list
			.locator('.el-select-dropdown__item')
			.filter({ has: page.getByText('Message Sent by Me', { exact: true }) })
			.click();
		await page.keyboard.press('Escape');
		await list.waitFor({ state: 'hidden' });

		const shown = notice(ndv, TRIGGER.sentByMeNotice);
		await shown.waitFor();
		await parameterItem(ndv, 'ignoreOwnMessages').locator('.el-switch').click();
		await shown.waitFor({ state: 'hidden' });
	},
);

uiTest(
	'Register the Webhook Myself: which URL, which Z-API panel field for the chosen events, a Secret, no Replace Existing Webhook',
	async (page) => {
		await selectOption(ndv, 'registration', TRIGGER.manual.option);
		const form = parametersPanel(ndv);
		const { panelNotices } = TRIGGER.manual;
		await notice(ndv, TRIGGER.manual.notice).waitFor();
		await notice(ndv, TRIGGER.manual.noSecretNotice).waitFor();
		// Participant Added and Message Sent by Me are chosen: "Upon receiving", and the flag.
		await notice(ndv, panelNotices.received).waitFor();
		await notice(ndv, panelNotices.sentByMe).waitFor();
		expect(await notice(ndv, panelNotices.delivery).count()).toBe(0);
		await parameterItem(ndv, 'events').getByTestId('parameter-input-events').click();
		const list = openDropdown(page);
		await list
			.locator('.el-select-dropdown__item')
			.filter({ has: page.getByText('Delivery', { exact: true }) })
			.click();
		await page.keyboard.press('Escape');
		await list.waitFor({ state: 'hidden' });
		await notice(ndv, panelNotices.delivery).waitFor();

		expect(await parameterLabels(form)).toEqual(expect.arrayContaining(TRIGGER.manual.labels));
		expect(await parameterLabels(form)).not.toContain('Replace Existing Webhook');
		const secret = parameterItem(ndv, 'manualSecret').getByTestId('parameter-input-field');
		expect(await secret.getAttribute('type')).toBe('password');

		await secret.fill('a-long-random-text-for-the-url');
		await notice(ndv, TRIGGER.manual.noSecretNotice).waitFor({ state: 'hidden' });
		await expectWholeLabels(form, 'Secret');
		await saveScreenshot(form, 'trigger-manual');
	},
);

test('n8n printed no token', () => {
	if (!session.n8n) throw new Error('n8n did not start (see beforeAll)');
	const printed = session.n8n.printedText();
	expect(printed).toContain('Editor is now accessible');
	expect(printed).not.toContain(session.double.config.instanceToken);
	expect(printed).not.toContain('a-long-random-text-for-the-url');
});
