// Persistent storage is asked for once, after real progress; the Settings page tells the student
// what is saved, whether the browser will keep it and how much space it takes, and moves it all
// to another device through a backup file.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';
import { choose } from './choose';

const scenario = contentScenarios()[0]!;

async function playToTheEnd(page: Page) {
	for (const { choice } of historicalPath(scenario))
		await choose(page, page.getByRole('button', { name: choice.label }));
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
}

test('asks for persistent storage once, after the first finished scenario, never before', async ({
	page
}) => {
	await page.addInitScript(() => {
		const calls = Number(sessionStorage.getItem('persist-calls') ?? 0);
		sessionStorage.setItem('persist-calls', String(calls));
		navigator.storage.persist = async () => {
			sessionStorage.setItem(
				'persist-calls',
				String(Number(sessionStorage.getItem('persist-calls')) + 1)
			);
			return false;
		};
	});
	const calls = () => page.evaluate(() => Number(sessionStorage.getItem('persist-calls')));

	await page.goto(`/play/${scenario.id}`);
	await choose(page, page.getByRole('button', { name: historicalPath(scenario)[0]!.choice.label }));
	expect(await calls()).toBe(0);
	await page.goto(`/play/${scenario.id}`);
	for (const { choice } of historicalPath(scenario).slice(1))
		await choose(page, page.getByRole('button', { name: choice.label }));
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await expect.poll(calls).toBe(1);

	// A second finished game, after a reload, does not ask again.
	await page.reload();
	await page.getByRole('button', { name: 'Play again' }).click();
	await playToTheEnd(page);
	expect(await calls()).toBe(1);
});

/** Makes navigator.storage.persist wait, as Firefox does while its prompt is open, until `answer`. */
async function promptingBrowser(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { answerPrompt?: (granted: boolean) => void };
		navigator.storage.persisted = async () => false;
		navigator.storage.persist = () => new Promise<boolean>((done) => (w.answerPrompt = done));
	});
	return {
		asking: () =>
			page.evaluate(
				() => typeof (window as { answerPrompt?: unknown }).answerPrompt === 'function'
			),
		answer: (granted: boolean) =>
			page.evaluate(
				(g) => (window as unknown as { answerPrompt: (granted: boolean) => void }).answerPrompt(g),
				granted
			)
	};
}

test('while the browser asks the student whether to keep the data, the page says so', async ({
	page
}) => {
	const prompt = await promptingBrowser(page);
	await page.goto(`/play/${scenario.id}`);
	await playToTheEnd(page);
	await expect.poll(prompt.asking).toBe(true);
	const notice = page.getByRole('status').filter({ hasText: 'Your browser is asking' });
	await expect(notice).toBeVisible();
	await prompt.answer(true);
	await expect(notice).toBeHidden();

	await page.goto('/settings');
	const button = page.getByRole('button', { name: 'Ask the browser to keep it' });
	await button.click();
	await expect(page.getByTestId('persist-message')).toHaveText(
		/^Your browser is asking you whether this app may keep its data/
	);
	await expect(button).toBeDisabled();
	await prompt.answer(false);
	await expect(page.getByTestId('persist-message')).toHaveText(/^The browser said no\./);
	await expect(button).toBeEnabled();
});

test('Settings shows what is saved, whether the browser keeps it and the space used', async ({
	page
}) => {
	await page.goto(`/play/${scenario.id}`);
	await playToTheEnd(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings and about' })).toBeVisible();
	await expect(page.getByTestId('saved-counts')).toHaveText(
		/1 scenario game, 0 quiz answers, 0 review schedules/
	);
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	await expect(page.getByTestId('persistent')).toContainText(persisted ? 'Yes' : 'Not yet');
	await expect(page.getByTestId('usage')).toHaveText(
		/^\d+(\.\d)? (bytes|kB|MB|GB) of .* available/
	);
	if (!persisted)
		await expect(page.getByRole('button', { name: 'Ask the browser to keep it' })).toBeVisible();
});

test('a backup saved on one device merges into another; a damaged file changes nothing', async ({
	browser,
	page
}, testInfo) => {
	await page.goto(`/play/${scenario.id}`);
	const step = historicalPath(scenario)[0]!;
	await choose(page, page.getByRole('button', { name: step.choice.label }));
	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save a backup file' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^albania-iran-diplomacy-backup-\d{4}-\d\d-\d\d\.json$/
	);
	const file = testInfo.outputPath('backup.json');
	await download.saveAs(file);

	// Another device: a new browser profile with nothing saved.
	const other = await (await browser.newContext()).newPage();
	await other.goto('/settings');
	await expect(other.getByTestId('saved-counts')).toHaveText(/^0 scenario games/);
	const open = other.getByLabel('Open a backup file…');
	await open.setInputFiles(file);
	await expect(other.getByTestId('backup-message')).toHaveText(/^Added 1 saved game\./);
	await expect(other.getByTestId('saved-counts')).toHaveText(/^1 scenario game,/);

	// The same file again adds nothing.
	await open.setInputFiles(file);
	await expect(other.getByTestId('backup-message')).toHaveText(
		/^Everything in this backup was already on this device\./
	);

	// A file cut short is refused, and the device keeps exactly what it had.
	const text = readFileSync(file, 'utf8');
	await open.setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2)))
	});
	await expect(other.getByRole('alert')).toContainText('may have been cut short');
	await expectNoAxeViolations(other, 'settings with a refused backup');
	await expect(other.getByTestId('saved-counts')).toHaveText(/^1 scenario game,/);

	// The game itself came across: it resumes at the step after the one played on the first device.
	await other.goto(`/play/${scenario.id}`);
	await expect(other.locator('#situation-heading')).toHaveText(
		historicalPath(scenario)[1]!.situation.title
	);
	await other.context().close();
});
