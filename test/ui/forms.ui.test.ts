/**
 * Every form of the Z-API node in the real n8n editor (n8n 2.41.1, the packed package installed the
 * way users install it), in Debian's headless Chromium at its default window size: each resource and
 * operation of the built node's description (dist/), every option of its collections added, each
 * choice of its source fields (Photo Source, Image Source…) picked. Nothing may be cut off: labels
 * (shown and hovered), placeholders, the lists of options (Resource, Operation, sources, the
 * collections' "Add Field"), and Group ID's modes (From List, By ID, By Link). One n8n, one workflow,
 * one node whose resource and operation the tests switch. Screenshots: .cache/ui/forms-*.png.
 */
import path from 'node:path';

import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import type { Locator } from 'playwright-core';

import { ROOT, saveScreenshot } from './helpers/browser';
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
	parameterLabels,
	placeholderCutOff,
	selectOption,
} from './helpers/form';
import { locatorInput, modeInput, selectMode, valueCutOff } from './helpers/resourceLocator';
import { useEditorSession } from './helpers/session';
import { NODE } from './expected';

/** The operations of each resource, written out: a missing one fails the first test. */
const EXPECTED_OPERATIONS = { Contact: 1, Group: 18, Instance: 4, Message: 10 };
/** The form of each resource saved as .cache/ui/forms-<resource>.png. */
const SCREENSHOT_OF: Record<string, string> = {
	Contact: 'Check Numbers',
	Group: 'Approve Membership Requests',
	Instance: 'Get QR Code',
	Message: 'Send Location',
};

// The node as the editor gets it: the built description the packed package holds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ZApi } = require(path.join(ROOT, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'));
const description = new ZApi().description as INodeTypeDescription;
const properties = description.properties.filter((property) => property.name !== 'toolDescription');
const choices = (property: INodeProperties) => property.options as INodePropertyOptions[];

interface Operation {
	resource: string;
	resourceName: string;
	value: string;
	name: string;
}
const resourceProperty = properties.find((property) => property.name === 'resource')!;
const RESOURCES = choices(resourceProperty);
const OPERATIONS: Operation[] = RESOURCES.flatMap((resource) => {
	const operation = properties.find(
		(property) =>
			property.name === 'operation' &&
			property.displayOptions?.show?.resource?.includes(resource.value),
	);
	return choices(operation!).map((option) => ({
		resource: String(resource.value),
		resourceName: resource.name,
		value: String(option.value),
		name: option.name,
	}));
});

type Values = Record<string, unknown>;

/** Whether n8n shows `property` for these parameter values (`/name` reads the node's, as n8n does). */
function shown(property: INodeProperties, values: Values, root: Values = values): boolean {
	const valueOf = (key: string) => (key.startsWith('/') ? root[key.slice(1)] : values[key]);
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	return (
		Object.entries(show).every(([key, allowed]) => (allowed as unknown[]).includes(valueOf(key))) &&
		!Object.entries(hide).some(([key, hidden]) => (hidden as unknown[]).includes(valueOf(key)))
	);
}

/** The node's parameters n8n shows for an operation, with the values they start with. */
function shownProperties(operation: Operation, picked: Values): [INodeProperties[], Values] {
	const values: Values = { resource: operation.resource, operation: operation.value, ...picked };
	for (const property of properties)
		if (!(property.name in values) && shown(property, values))
			values[property.name] = property.default;
	return [properties.filter((property) => shown(property, values)), values];
}

/** The labels the form must show: its parameters and every option of its collections. */
function expectedLabels(operation: Operation, picked: Values): string[] {
	const [shownHere, values] = shownProperties(operation, picked);
	return shownHere.flatMap((property) => {
		if (property.type === 'notice') return [];
		if (property.type !== 'collection') return [property.displayName];
		const options = (property.options as INodeProperties[]).filter((option) =>
			shown(option, picked, values),
		);
		return [property.displayName, ...options.map((option) => option.displayName)];
	});
}

/** The options parameters of an operation whose choices change the form (sources, Output). */
function choiceParameters(operation: Operation): INodeProperties[] {
	const [shownHere] = shownProperties(operation, {});
	return shownHere.flatMap((property) => {
		if (property.type === 'options' && !['resource', 'operation'].includes(property.name))
			return [property];
		if (property.type !== 'collection') return [];
		return (property.options as INodeProperties[]).filter((option) => option.type === 'options');
	});
}

const { session, uiTest } = useEditorSession('2.41.1', 'forms');
/** The node form (NDV) of the one Z-API node the tests switch from operation to operation. */
let ndv: Locator;

test(`the node has the ${Object.values(EXPECTED_OPERATIONS).reduce((a, b) => a + b)} operations this file checks`, () => {
	const counts: Record<string, number> = {};
	for (const operation of OPERATIONS)
		counts[operation.resourceName] = (counts[operation.resourceName] ?? 0) + 1;
	expect(counts).toEqual(EXPECTED_OPERATIONS);
});

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
async function addEveryOption(problems: string[], context: string) {
	const page = ndv.page();
	for (const label of ['Additional Fields', 'Options']) {
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

/**
 * Whether a text area's placeholder needs more room than the text area has: it wraps, so the test
 * puts the placeholder in as the value for a moment (no input event: n8n does not see it) and
 * compares the height it then needs with the height shown.
 */
async function textareaPlaceholderCutOff(input: Locator): Promise<boolean> {
	return await input.evaluate((element) => {
		const field = element as unknown as {
			value: string;
			placeholder: string;
			scrollHeight: number;
			clientHeight: number;
		};
		const value = field.value;
		field.value = field.placeholder;
		const cut = field.scrollHeight > field.clientHeight + 1;
		field.value = value;
		return cut;
	});
}

/** An input's text width against its room, for a message. */
async function overflow(input: Locator): Promise<string> {
	return await input.evaluate((element) => {
		const field = element as unknown as { value: string; scrollWidth: number; clientWidth: number };
		return `${field.value}: ${field.scrollWidth} > ${field.clientWidth}`;
	});
}

/** Opens a resource locator's mode list; resolves its modes, noting any cut off. */
async function openModes(locator: Locator, problems: string[], context: string) {
	const page = locator.page();
	await locator.getByTestId('rlc-mode-selector').click();
	const list = page.locator('.el-select-dropdown').filter({ visible: true }).last();
	const options = list.locator('.el-select-dropdown__item');
	await options.first().waitFor();
	const modes = (await options.allInnerTexts()).map((text) => text.trim());
	for (const text of await cutOffTexts(list)) problems.push(`${context}: list cuts off ${text}`);
	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
	return modes;
}

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
			await addEveryOption(problems, context);
			if (drivers.length === 0) await checkForm(operation, {}, problems, context, []);
			// A driver keeps its last choice while the next one's choices are tried.
			const kept: Values = {};
			for (const driver of drivers) {
				for (const [index, choice] of choices(driver).entries()) {
					await selectOption(ndv, driver.name, choice.name);
					await addEveryOption(problems, context);
					kept[driver.name] = choice.value;
					await checkForm(
						operation,
						{ ...kept },
						problems,
						`${context} [${driver.displayName}: ${choice.name}]`,
						index === 0 ? [driver.name] : [],
					);
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
