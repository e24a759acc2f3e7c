/**
 * How the Z-API entry of n8n's node creator lists the node's actions (n8n 2.41.1, the packed
 * package): one section per resource, in the Resource list's order, each holding exactly that
 * resource's operations, every action's text whole. That is what lets a user find an operation in one
 * look among many, as in n8n's own big nodes (Google Sheets, Notion, Slack). Screenshot:
 * .cache/ui/creator-actions.png (docs/node-creator.png with UPDATE_SCREENSHOTS=1).
 */
import { saveScreenshot } from './helpers/browser';
import { OPERATIONS } from './helpers/description';
import { nodeCreatorItem, openNewWorkflow, searchNodeCreator } from './helpers/editor';
import { cutOffTexts } from './helpers/form';
import { useEditorSession } from './helpers/session';
import { CREATOR_SECTIONS, NODE } from './expected';

const { session, uiTest } = useEditorSession('2.41.1', 'creator');

uiTest(
	"the Z-API entry lists the actions in one section per resource, each action's text whole",
	async (page) => {
		await openNewWorkflow(page, session.url);
		const creator = await searchNodeCreator(page, NODE.name);
		await nodeCreatorItem(creator, NODE.name).first().click();
		// For a first step n8n opens the triggers and folds the actions: fold the one, open the other.
		await creator.getByText(/^Triggers \(\d+\)$/).click();
		await creator.getByText(/^Actions \(\d+\)$/).click();
		const rows = creator.getByTestId('item-iterator-item');
		// The editor fills the list in steps: read it once its length holds still.
		for (let count = -1, still = 0; still < 3;) {
			await page.waitForTimeout(300);
			const now = await rows.count();
			still = now === count ? still + 1 : 0;
			count = now;
		}

		const sections: Record<string, string[]> = {};
		let current: string[] | undefined;
		for (const row of await rows.all()) {
			if ((await row.getAttribute('data-keyboard-nav-type')) === 'action') {
				current?.push(await row.getByTestId('node-creator-item-name').innerText());
			} else {
				// textContent: the editor shows the headings in capitals (CSS), not their text.
				current = sections[(await row.textContent())!.trim()] = [];
			}
		}

		expect(
			Object.fromEntries(Object.entries(sections).map(([name, actions]) => [name, actions.length])),
		).toEqual(CREATOR_SECTIONS);
		// Each section holds its resource's operations: their actions, from the built description.
		for (const [section, actions] of Object.entries(sections)) {
			const resource = section.replace(/ Actions$/, '');
			const expected = OPERATIONS.filter((operation) => operation.resourceName === resource).map(
				(operation) => operation.action,
			);
			expect([section, [...actions].sort()]).toEqual([section, [...expected].sort()]);
		}
		expect(await cutOffTexts(creator)).toEqual([]);
		await saveScreenshot(creator, 'creator-actions', 'node-creator');
	},
);
