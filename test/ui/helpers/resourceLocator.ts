/**
 * n8n's resource locator (a parameter with modes: From List, By ID…) in the 2.x editor: its mode
 * selector, its input and the searchable list it opens.
 */
import type { Locator } from 'playwright-core';

import { cutOffTexts } from './form';

/** The resource locator of the parameter `name` in the node form. */
export function resourceLocator(ndv: Locator, name: string): Locator {
	return ndv.getByTestId(`resource-locator-${name}`);
}

/** The text field next to the mode selector (read-only in From List, where it opens the list). */
export function locatorInput(locator: Locator): Locator {
	return inputOf(locator, 'rlc-input');
}

/** The input marked `testId`, or the one inside the element so marked (n8n's inputs differ). */
function inputOf(container: Locator, testId: string): Locator {
	return container
		.locator(`input[data-test-id="${testId}"], [data-test-id="${testId}"] input`)
		.first();
}

/** The search field at the top of the open list. */
export function searchInput(dropdown: Locator): Locator {
	return inputOf(dropdown, 'rlc-search');
}

/** The mode selector's input: it shows the chosen mode's label. */
export function modeInput(locator: Locator): Locator {
	return locator.getByTestId('rlc-mode-selector').locator('input');
}

/** The list the From List mode opens: a popover n8n renders at the end of the page. */
export function locatorDropdown(locator: Locator): Locator {
	const page = locator.page();
	return page
		.locator('[role="dialog"]')
		.filter({ visible: true })
		.filter({ has: page.getByTestId('rlc-search') });
}

/** The names the open list shows, in order. */
export async function listedNames(dropdown: Locator): Promise<string[]> {
	return (await dropdown.getByTestId('rlc-item').allInnerTexts()).map((text) => text.trim());
}

/** Picks a mode by its label; resolves the labels the mode selector offered, in order. */
export async function selectMode(locator: Locator, label: string): Promise<string[]> {
	const page = locator.page();
	await locator.getByTestId('rlc-mode-selector').click();
	const list = page.locator('.el-select-dropdown').filter({ visible: true }).last();
	const options = list.locator('.el-select-dropdown__item');
	await options.first().waitFor();
	const labels = (await options.allInnerTexts()).map((text) => text.trim());
	await options.filter({ hasText: label }).first().click();
	await list.waitFor({ state: 'hidden' });
	return labels;
}

/** Scrolls the open list to its end, which makes n8n ask for the next page. */
export async function scrollListToEnd(dropdown: Locator) {
	const items = dropdown.getByTestId('rlc-item');
	await items.last().scrollIntoViewIfNeeded();
	await items.last().hover();
	await dropdown.page().mouse.wheel(0, 5000);
}

/** Whether the text shown in an input is wider than the room for text in it. */
export async function valueCutOff(input: Locator): Promise<boolean> {
	return await input.evaluate((inputElement) => {
		const page = globalThis as unknown as {
			getComputedStyle(element: unknown): Record<string, string>;
			document: {
				createElement(tag: 'canvas'): {
					getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } };
				};
			};
		};
		const field = inputElement as unknown as { value: string; clientWidth: number };
		const style = page.getComputedStyle(field);
		const context = page.document.createElement('canvas').getContext('2d');
		context.font = style.font;
		const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		// 1 px for rounding: n8n's own "From list" measures a fraction wider than its field.
		return context.measureText(field.value).width > room + 1;
	});
}

/** Waits until the open list shows exactly `expected` (a search is debounced, then asked); resolves them. */
export async function waitForListed(
	dropdown: Locator,
	expected: string[],
	timeoutMs = 15000,
): Promise<string[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const names = await listedNames(dropdown);
		if (JSON.stringify(names) === JSON.stringify(expected)) return names;
		if (Date.now() > deadline) {
			throw new Error(`the list shows ${JSON.stringify(names)}, not ${JSON.stringify(expected)}`);
		}
		await dropdown.page().waitForTimeout(200);
	}
}

/** Opens a resource locator's mode list; resolves its modes, noting any cut off in `problems`. */
export async function openModes(locator: Locator, problems: string[], context: string) {
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
