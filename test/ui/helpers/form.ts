/**
 * The node form as the user sees it: options picked from dropdowns, every option of a collection
 * added, and what does not show whole at the editor's default width (measured in the browser).
 */
import type { Locator, Page } from 'playwright-core';

import { PHOTO_FIELD_FOR_SOURCE } from '../expected';
import { parametersPanel } from './editor';

/** The open dropdown list of a select (Element Plus renders it at the end of the page). */
function openDropdown(page: Page): Locator {
	return page.locator('.el-select-dropdown').filter({ visible: true }).last();
}

/** Picks `option` in the options parameter `name` (Resource, Operation, Photo Source…). */
export async function selectOption(ndv: Locator, name: string, option: string) {
	const page = ndv.page();
	await ndv.getByTestId(`parameter-input-${name}`).click();
	await openDropdown(page)
		.locator('.el-select-dropdown__item')
		.filter({ has: page.getByText(option, { exact: true }) })
		.click();
	await openDropdown(page).waitFor({ state: 'hidden' });
}

/** The "Add Field" / "Add option" select of the collection labelled `label` (none once all are added). */
export function collectionAddSelect(ndv: Locator, label: string): Locator {
	const page = ndv.page();
	return ndv
		.getByTestId('parameter-item')
		.filter({ has: page.getByTestId('input-label').getByText(label, { exact: true }) })
		.filter({ has: page.getByTestId('collection-parameter-add') })
		.last()
		.getByTestId('collection-parameter-add');
}

/** Opens the collection's select; resolves its list, with the texts it offers in order. */
export async function collectionChoices(
	ndv: Locator,
	label: string,
): Promise<{ list: Locator; names: string[] }> {
	await collectionAddSelect(ndv, label).click();
	const list = openDropdown(ndv.page());
	const options = list.getByTestId('collection-parameter-option');
	await options.first().waitFor();
	return { list, names: (await options.allInnerTexts()).map((text) => text.trim()) };
}

/** Adds every option the collection offers, one at a time (an added one can hide or show others). */
export async function addEveryCollectionOption(ndv: Locator, label: string) {
	const select = collectionAddSelect(ndv, label);
	for (let added = 0; (await select.count()) > 0; added++) {
		if (added > 20) throw new Error(`${label} keeps offering options`);
		await select.click();
		const list = openDropdown(ndv.page());
		await list.getByTestId('collection-parameter-option').first().click();
		await list.waitFor({ state: 'hidden' });
	}
}

/** The labels of the form's parameters, in order, without the "required" star. */
export async function parameterLabels(container: Locator): Promise<string[]> {
	const labels = await container
		.getByTestId('parameter-item')
		.getByTestId('input-label')
		.locator('label')
		.allInnerTexts();
	return labels.map((text) =>
		text
			.split('\n')[0]
			.replace(/\s*\*\s*$/, '')
			.trim(),
	);
}

// Code that runs in the page: typed by hand, the tests compile without TypeScript's DOM library.
interface PageElement {
	innerText: string;
	scrollWidth: number;
	clientWidth: number;
	childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
	getClientRects(): ArrayLike<unknown>;
	querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageWindow {
	getComputedStyle(element: unknown): Record<string, string>;
	document: { createElement(tag: 'canvas'): { getContext(kind: '2d'): PageCanvas } };
}
interface PageCanvas {
	font: string;
	measureText(text: string): { width: number };
}

/**
 * Every text under `root` that does not show whole: an element holding text that is wider than its
 * box, whether the rest is cut off with "…" or clipped. Each as `text (text width > box width)`.
 */
export async function cutOffTexts(root: Locator): Promise<string[]> {
	return await root.evaluate((rootElement) => {
		const page = globalThis as unknown as PageWindow;
		const element = rootElement as unknown as PageElement;
		return [element, ...Array.from(element.querySelectorAll('*'))]
			.filter(
				(node) =>
					typeof node.innerText === 'string' &&
					node.getClientRects().length > 0 &&
					Array.from(node.childNodes).some(
						(child) => child.nodeType === 3 && child.textContent!.trim(),
					) &&
					node.scrollWidth > node.clientWidth + 1 &&
					page.getComputedStyle(node).overflowX !== 'visible',
			)
			.map((node) => `${node.innerText.trim()} (${node.scrollWidth} > ${node.clientWidth})`);
	});
}

/** Whether the placeholder of an input is wider than the room for text in it. */
export async function placeholderCutOff(input: Locator): Promise<boolean> {
	return await input.evaluate((inputElement) => {
		const page = globalThis as unknown as PageWindow;
		const field = inputElement as unknown as PageElement & { placeholder: string };
		const style = page.getComputedStyle(field);
		const context = page.document.createElement('canvas').getContext('2d');
		context.font = style.font;
		const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		return context.measureText(field.placeholder).width > room;
	});
}

/**
 * The labels of `form` that are cut off while the mouse is on their field: n8n then shows the field's
 * options (Fixed / Expression…) beside the label, leaving it the least room. With `seen`, a label
 * whose text and width are in it is skipped, and each label hovered is added.
 */
export async function labelsCutOffOnHover(form: Locator, seen?: Set<string>): Promise<string[]> {
	const cut: string[] = [];
	for (const label of await form.getByTestId('input-label').filter({ visible: true }).all()) {
		if (seen) {
			const key = await label.evaluate((element) => {
				const shown = element as unknown as PageElement;
				return `${shown.innerText.split('\n')[0]}@${shown.clientWidth}`;
			});
			if (seen.has(key)) continue;
			seen.add(key);
		}
		await label.hover();
		cut.push(...(await cutOffTexts(label)));
	}
	return cut;
}

/** `field` is among the form's labels, and no text of the form is cut off, hovered or not. */
export async function expectWholeLabels(form: Locator, field: string) {
	expect(await parameterLabels(form)).toContain(field);
	const cut = { shown: await cutOffTexts(form), onHover: await labelsCutOffOnHover(form) };
	expect(cut).toEqual({ shown: [], onHover: [] });
}

/**
 * Each Photo Source shows its field (PHOTO_FIELD_FOR_SOURCE) as soon as it is picked, and none of the
 * other sources' fields. With `block` (Create's Photo), every text in it shows whole, hovered too.
 * Whether each source's whole form shows whole: forms.ui.test.ts checks every choice of every source.
 */
export async function expectEveryPhotoSource(ndv: Locator, source: string, block?: Locator) {
	const form = parametersPanel(ndv);
	for (const [choice, field] of Object.entries(PHOTO_FIELD_FOR_SOURCE)) {
		await selectOption(ndv, source, choice);
		const others = Object.values(PHOTO_FIELD_FOR_SOURCE).filter((other) => other !== field);
		const labels = await parameterLabels(form);
		expect({
			choice,
			shown: labels.includes(field),
			others: others.filter((other) => labels.includes(other)),
		}).toEqual({ choice, shown: true, others: [] });
		if (block) {
			const cut = { shown: await cutOffTexts(block), onHover: await labelsCutOffOnHover(block) };
			expect({ choice, ...cut }).toEqual({ choice, shown: [], onHover: [] });
		}
	}
}

/**
 * Whether a text area's placeholder needs more room than the text area has: it wraps, so this puts
 * the placeholder in as the value for a moment (no input event: n8n does not see it) and compares the
 * height it then needs with the height shown.
 */
export async function textareaPlaceholderCutOff(input: Locator): Promise<boolean> {
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
export async function overflow(input: Locator): Promise<string> {
	return await input.evaluate((element) => {
		const field = element as unknown as { value: string; scrollWidth: number; clientWidth: number };
		return `${field.value}: ${field.scrollWidth} > ${field.clientWidth}`;
	});
}
