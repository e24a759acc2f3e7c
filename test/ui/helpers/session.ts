/**
 * One n8n for a UI test file: Chromium, the Z-API double and n8n (`version`, with the packed package
 * installed) started before its tests, a signed-in page, and everything stopped after them.
 */
import type { Browser, Page } from 'playwright-core';

import { N8nInstance } from '../../../scripts/n8n/instance';
import { packPackage } from '../../../scripts/n8n/pack';
import { startZApiDouble } from '../../zapi-double/server';
import type { ZApiDouble } from '../../zapi-double/server';
import { launchChromium, newPage, saveFailureScreenshot } from './browser';
import { signIn } from './editor';

export interface EditorSession {
	double: ZApiDouble;
	n8n?: N8nInstance;
	url: string;
	page?: Page;
	/** The credential tests n8n ran against the double: its GET /status requests. */
	statusRequests(): ZApiDouble['requests'];
}

/**
 * The session, and `uiTest` for its tests (on failure, a screenshot: .cache/ui/failure-<name>.png).
 * `name` is the n8n user folder's, under .cache/runs/ (`<name>-<version>`): one per test file lets
 * files run side by side.
 */
export function useEditorSession(version: string, name = 'ui') {
	const session = {
		url: '',
		statusRequests: () =>
			session.double.requests.filter(
				(request) => request.method === 'GET' && request.endpoint === '/status',
			),
	} as EditorSession;
	let browser: Browser | undefined;
	let server: { url: string; stop(): Promise<void> } | undefined;

	beforeAll(async () => {
		// Chromium first: without it, there is no point in starting n8n.
		browser = await launchChromium();
		session.double = await startZApiDouble();
		session.n8n = await N8nInstance.create({ version, name });
		await session.n8n.installPackage(await packPackage());
		server = await session.n8n.start();
		session.url = server.url;
		const owner = await session.n8n.setupOwner(server.url);
		session.page = await newPage(browser);
		try {
			await signIn(session.page, server.url, owner.email, owner.password);
		} catch (error) {
			await saveFailureScreenshot(session.page, 'sign in');
			throw error;
		}
	});

	afterAll(async () => {
		await browser?.close().catch(report('closing Chromium'));
		await server?.stop().catch(report('stopping n8n'));
		await session.double?.close().catch(report('closing the Z-API double'));
	});

	const uiTest = (name: string, body: (page: Page) => Promise<void>) =>
		test(name, async () => {
			const { page } = session;
			if (!page) throw new Error('the browser did not start (see beforeAll)');
			try {
				await body(page);
			} catch (error) {
				await saveFailureScreenshot(page, name);
				throw error;
			}
		});
	return { session, uiTest };
}

function report(what: string) {
	return (error: unknown) => process.stderr.write(`${what} failed: ${(error as Error).message}\n`);
}
