/**
 * Every form of the Z-API node in the real n8n editor (n8n 2.41.1, the packed package installed the
 * way users install it), in Debian's headless Chromium at its default window size: each resource and
 * operation of the built node's description (dist/), every option of its collections added, each
 * choice of its source fields (Photo Source, Image Source…) picked. Nothing may be cut off: labels
 * (shown and hovered), placeholders, the lists of options (Resource, Operation, sources, the
 * collections' "Add Field"), and Group ID's modes (From List, By ID, By Link). One n8n, one workflow,
 * one node whose resource and operation the tests switch. Screenshots: .cache/ui/forms-*.png.
 * A source choice whose fields are the same as one checked before (same labels, placeholders and
 * options in the same room, see choiceKey: Binary File in the four media sends and Update Photo) is
 * tried once; each operation's form is still checked with its other choices.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Locator } from 'playwright-core';

import { saveScreenshot } from './helpers/browser';
import {
	choiceKey,
	choiceParameters,
	choices,
	collectionLabels,
	expectedLabels,
	isShown,
	OPERATIONS,
	RESOURCES,
} from './helpers/description';
import type { Operation, Values } from './helpers/description';
import {
	addNodeAction,
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
	collectionAddSelect,
	cutOffTexts,
	labelsCutOffOnHover,
	overflow,
	parameterLabels,
	placeholderCutOff,
	selectOption,
	textareaPlaceholderCutOff,
} from './helpers/form';
import {
	locatorInput,
	modeInput,
	openModes,
	selectMode,
	valueCutOff,
} from './helpers/resourceLocator';
import { useEditorSession } from './helpers/session';
import { ACTIONS_BY_NAME, CANVAS, NODE } from './expected';

/** The operations of each resource, written out: a missing one fails the first test. */
const EXPECTED_OPERATIONS = {
	Channel: 13,
	Chat: 13,
	Community: 14,
	Contact: 8,
	Group: 18,
	Instance: 12,
	Label: 6,
	Message: 22,
	Status: 3,
};
/** The form of each resource saved as .cache/ui/forms-<resource>.png. */
const SCREENSHOT_OF: Record<string, string> = {
	Channel: 'Update Picture',
	Chat: 'Set Disappearing Messages',
	Community: 'Update Photo',
	Contact: 'Check Numbers',
	Group: 'Approve Membership Requests',
	Instance: 'Get QR Code',
	Label: 'Create',
	Message: 'Send Location',
	Status: 'Send Video Status',
};

const { session, uiTest } = useEditorSession('2.41.1', 'forms');
/** The node form (NDV) of the one Z-API node the tests switch from operation to operation. */
let ndv: Locator;

test(`the node has the ${Object.values(EXPECTED_OPERATIONS).reduce((a, b) => a + b)} operations this file checks`, () => {
	const counts: Record<string, number> = {};
	for (const operation of OPERATIONS)
		counts[operation.resourceName] = (counts[operation.resourceName] ?? 0) + 1;
	expect(counts).toEqual(EXPECTED_OPERATIONS);
});

/** The name the form shows for an options parameter's default. */
function defaultChoiceName(parameter: INodeProperties): string {
	return choices(parameter).find((choice) => choice.value === parameter.default)!.name;
}

/** Opens the options parameter `name`'s list; resolves the texts of it that are cut off. */
async function optionsListCutOff(name: string): Promise<string[]> {
	const page = ndv.page();
	await ndv.getByTestId(`parameter-input-${name}`).click();
	const list = page.locator('.el-select-dropdown').filter({ visible: true }).last();
	await list.locator('.el-select-dropdown__item').first().waitFor();
	const cut = await cutOffTexts(list);
	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
	return cut;
}

/** Checks each collection's "Add Field" list, then adds every option of it. */
async function addEveryOption(operation: Operation, problems: string[], context: string) {
	const page = ndv.page();
	for (const label of collectionLabels(operation)) {
		const select = collectionAddSelect(ndv, label);
		if ((await select.count()) === 0) continue;
		await select.click();
		// A collection of one option adds it at once: no list opens.
		const list = page.locator('.el-select-dropdown').filter({ visible: true }).last();
		const opened = await list
			.getByTestId('collection-parameter-option')
			.first()
			.waitFor({ timeout: 2000 })
			.then(
				() => true,
				() => false,
			);
		if (!opened) continue;
		for (const text of await cutOffTexts(list))
			problems.push(`${context}: ${label} list cuts off ${text}`);
		await page.keyboard.press('Escape');
		await list.waitFor({ state: 'hidden' });
		await addEveryCollectionOption(ndv, label);
	}
}

/** What the form shows that is cut off or missing, each as a line of `problems`. */
async function checkForm(
	operation: Operation,
	picked: Values,
	problems: string[],
	context: string,
	lists: string[],
) {
	const form = parametersPanel(ndv);
	const labels = await parameterLabels(form);
	for (const label of expectedLabels(operation, picked))
		if (!labels.includes(label)) problems.push(`${context}: no field labelled ${label}`);
	for (const text of await cutOffTexts(form)) problems.push(`${context}: cut off: ${text}`);
	for (const text of await labelsCutOffOnHover(form, hovered))
		problems.push(`${context}: cut off on hover: ${text}`);
	await hideTooltips(ndv.page());

	const inputs = form
		.locator('input[placeholder], textarea[placeholder]')
		.filter({ visible: true });
	for (const input of await inputs.all()) {
		const placeholder = (await input.getAttribute('placeholder')) ?? '';
		if (!placeholder || (await input.inputValue()) !== '') continue;
		const textarea = (await input.evaluate((element) => element.tagName)) === 'TEXTAREA';
		if (textarea ? await textareaPlaceholderCutOff(input) : await placeholderCutOff(input))
			problems.push(`${context}: placeholder cut off: ${placeholder}`);
	}

	for (const name of lists) {
		if (!(await ndv.getByTestId(`parameter-input-${name}`).isVisible())) continue;
		for (const text of await optionsListCutOff(name))
			problems.push(`${context}: ${name} list cuts off ${text}`);
	}

	const locators = form.locator('[data-test-id^="resource-locator-"]').filter({ visible: true });
	for (const locator of await locators.all()) {
		const name = (await locator.getAttribute('data-test-id'))!.replace('resource-locator-', '');
		const item = parameterItem(ndv, name);
		// Group ID is the same field in every operation: its modes are tried once.
		if (modesChecked.has(name)) continue;
		modesChecked.add(name);
		const first = await modeInput(locator).inputValue();
		const modes = await openModes(locator, problems, `${context}: ${name} modes`);
		for (const mode of modes) {
			await selectMode(locator, mode);
			const where = `${context}: ${name} in mode ${mode}`;
			// "From list" is n8n's own text (its editor translates the list mode's name): it measures
			// a pixel wider than n8n's mode field and shows whole.
			if (mode !== 'From list' && (await valueCutOff(modeInput(locator))))
				problems.push(`${where}: mode label cut off (${await overflow(modeInput(locator))})`);
			const input = locatorInput(locator);
			const placeholder = (await input.getAttribute('placeholder')) ?? '';
			if (placeholder && (await input.inputValue()) === '' && (await placeholderCutOff(input)))
				problems.push(`${where}: placeholder cut off: ${placeholder}`);
			for (const text of await cutOffTexts(item)) problems.push(`${where}: cut off: ${text}`);
		}
		await selectMode(locator, first);
	}
}

/** The labels already hovered, as `text@width`: the same label in the same room shows the same. */
const hovered = new Set<string>();
/** The resource locators whose modes were tried. */
const modesChecked = new Set<string>();
/** The source choices checked, by choiceKey: a later one that shows the same is not tried again. */
const checkedChoices = new Set<string>();

uiTest('a Z-API node added from the node creator; its Resource list shows whole', async (page) => {
	await openNewWorkflow(page, session.url);
	const creator = await searchNodeCreator(page, 'Z-API');
	ndv = await addNodeAction(page, nodeCreatorItem(creator, NODE.name), NODE.createAction);
	await closeToasts(page);
	expect(await optionsListCutOff('resource')).toEqual([]);
});

describe.each(RESOURCES.map((resource) => resource.name))('%s', (resourceName) => {
	const operations = OPERATIONS.filter((operation) => operation.resourceName === resourceName);

	uiTest(`its Operation list shows ${operations.length} operations, each whole`, async (page) => {
		await selectOption(ndv, 'resource', resourceName);
		await ndv.getByTestId('parameter-input-operation').click();
		const list = page.locator('.el-select-dropdown').filter({ visible: true }).last();
		const items = list.locator('.el-select-dropdown__item');
		await items.first().waitFor();
		expect(await items.count()).toBe(operations.length);
		expect(await cutOffTexts(list)).toEqual([]);
		await page.keyboard.press('Escape');
		await list.waitFor({ state: 'hidden' });
	});

	for (const operation of operations) {
		uiTest(`${operation.name}: every label, placeholder and list shows whole`, async (page) => {
			await selectOption(ndv, 'operation', operation.name);
			const form = parametersPanel(ndv);
			const problems: string[] = [];
			const drivers = choiceParameters(operation);
			const context = operation.name;
			await addEveryOption(operation, problems, context);
			if (drivers.length === 0) await checkForm(operation, {}, problems, context, []);
			// A driver keeps its last choice while the next one's choices are tried.
			const kept: Values = {};
			for (const driver of drivers) {
				const [parameter, collection] = driver;
				// A choice kept from an earlier driver may hide this one (Pin's Unpin hides Pinned For):
				// the earlier drivers go back to their defaults first.
				if (!collection && !isShown(operation, parameter.name, kept)) {
					for (const earlier of drivers) {
						const [shownBefore] = earlier;
						if (!(shownBefore.name in kept)) continue;
						await selectOption(ndv, shownBefore.name, defaultChoiceName(shownBefore));
						delete kept[shownBefore.name];
					}
				}
				let listChecked = false;
				for (const choice of choices(parameter)) {
					// The default shows this operation's form as it opens: always checked.
					const key = choiceKey(operation, driver, choice);
					if (choice.value !== parameter.default && checkedChoices.has(key)) continue;
					checkedChoices.add(key);
					await selectOption(ndv, parameter.name, choice.name);
					await addEveryOption(operation, problems, context);
					kept[parameter.name] = choice.value;
					await checkForm(
						operation,
						{ ...kept },
						problems,
						`${context} [${parameter.displayName}: ${choice.name}]`,
						listChecked ? [] : [parameter.name],
					);
					listChecked = true;
				}
			}
			if (SCREENSHOT_OF[resourceName] === operation.name) {
				await closeToasts(page);
				await page.mouse.move(1, 1);
				await saveScreenshot(form, `forms-${resourceName.toLowerCase()}`);
			}
			expect(problems).toEqual([]);
		});
	}
});

uiTest('the canvas names the operation under the node, not its saved value', async (page) => {
	// The subtitle is an expression the editor evaluates (n8n-workflow's engine, in the browser).
	await selectOption(ndv, 'resource', CANVAS.resource);
	await selectOption(ndv, 'operation', CANVAS.operation);
	await page.keyboard.press('Escape');
	await ndv.waitFor({ state: 'hidden' });
	const subtitles = page.locator('.vue-flow__node [class*="subtitle"]');
	await subtitles.first().waitFor();
	expect(await subtitles.allInnerTexts()).toContain(CANVAS.subtitle);
	// n8n names the node after the action of the operation picked, as when it was added.
	const node = page.locator('.vue-flow__node').filter({ hasText: CANVAS.subtitle });
	expect(await node.innerText()).toContain(CANVAS.title);
	await saveScreenshot(page, 'forms-canvas');
});

uiTest(
	"the Z-API entry of the node creator lists each action in its operation's words",
	async (page) => {
		// n8n 2.41.1 searches node names only (an operation's name finds nothing); the actions are listed
		// under the node's entry. The canvas has nodes by now: the "+" at the top right opens the creator.
		await page.getByTestId('node-creator-plus-button').click();
		const creator = page.getByTestId('node-creator');
		await creator.getByTestId('node-creator-search-bar').fill(NODE.name);
		await nodeCreatorItem(creator, NODE.name).first().click();
		const missing: string[] = [];
		for (const [name, action] of Object.entries(ACTIONS_BY_NAME)) {
			const item = creator.getByTestId('node-creator-item-name').getByText(action, { exact: true });
			const found = await item
				.first()
				.waitFor({ state: 'attached', timeout: 5000 })
				.then(
					() => true,
					() => false,
				);
			if (!found) missing.push(`${name} → ${action}`);
		}
		await page.keyboard.press('Escape');
		expect(missing).toEqual([]);
	},
);
