import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, selectors } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Every screenshot of a run (the two for the README and failure pictures). */
export const SCREENSHOT_DIR = path.join(ROOT, '.cache', 'ui');
const DOCS_DIR = path.join(ROOT, 'docs');

/** Debian's Chromium: playwright's own browser downloads do not work everywhere. */
function chromiumPath(): string {
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium not found at ${executablePath}: install it with \`apt-get install chromium\` ` +
				'(or point CHROMIUM_PATH at a Chromium or Chrome binary)',
		);
	}
	return executablePath;
}

export async function launchChromium(): Promise<Browser> {
	// n8n marks its elements with data-test-id; getByTestId() then finds them.
	selectors.setTestIdAttribute('data-test-id');
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

export async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.setDefaultTimeout(30000);
	return page;
}

/**
 * Saves a picture of `target` (an element, or the whole page) as .cache/ui/<name>.png and, when
 * `docsName` is given and UPDATE_SCREENSHOTS=1, as docs/<docsName>.png too.
 */
export async function saveScreenshot(
	target: Page | Locator,
	name: string,
	docsName?: string,
): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const file = path.join(SCREENSHOT_DIR, `${name}.png`);
	await target.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
	if (docsName && process.env.UPDATE_SCREENSHOTS === '1') {
		mkdirSync(DOCS_DIR, { recursive: true });
		await target.screenshot({
			path: path.join(DOCS_DIR, `${docsName}.png`),
			animations: 'disabled',
			caret: 'hide',
		});
	}
	return file;
}

/** A picture of the page as a failing test left it: .cache/ui/failure-<test>.png. */
export async function saveFailureScreenshot(page: Page | undefined, testName: string) {
	if (!page || page.isClosed()) return;
	const slug = testName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	try {
		const file = await saveScreenshot(page, `failure-${slug}`);
		process.stderr.write(`screenshot of the failure: ${path.relative(ROOT, file)}\n`);
	} catch (error) {
		process.stderr.write(`no failure screenshot: ${(error as Error).message}\n`);
	}
}
