// The teacher's guide (issue 15): every scenario's real path and endings, every quiz's answer key,
// reached from the teacher's page and not from a student's; printable without the site's chrome.
import { expect, test } from '@playwright/test';
import { describeCorrect } from '../../src/lib/quiz/view';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { expectNoAxeViolations, settled } from './axe';
import { contentScenarios, realContent } from '../helpers/scenarios';

test('the guide gives each scenario its real path, real ending and endings, and each quiz a key', async ({
	page
}) => {
	await page.goto('/teach');
	await page.getByRole('link', { name: "Teacher's guide" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Teacher's guide");
	await settled(page);
	await expect(page.getByRole('main')).toContainText('choose “Play with roles”');
	for (const s of contentScenarios()) {
		const entry = page.getByRole('article', { name: s.title });
		await expect(entry).toContainText(s.summary);
		await entry.getByRole('link', { name: `Real path, endings and questions: ${s.title}` }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teacher's guide: ${s.title}`);
		const steps = historicalPath(s);
		expect(steps.length).toBeGreaterThan(0);
		await expect(
			page
				.getByRole('region', { name: 'What really happened, decision by decision' })
				.getByRole('listitem')
		).toHaveText(steps.map((x) => `${x.situation.date}, ${x.situation.title}: ${x.choice.label}`));
		await expect(page.getByRole('main')).toContainText(
			`The real ending: ${historicalEnding(s)!.title}.`
		);
		const endings = page.getByRole('region', { name: 'Endings a player can reach' });
		for (const e of s.endings) await expect(endings).toContainText(e.title);
		if (s === contentScenarios()[0])
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await expectNoAxeViolations(page, `scenario guide (${scheme})`);
			}
		await page.getByRole('link', { name: "Back to the teacher's guide" }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Teacher's guide");
	}
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `guide (${scheme})`);
	}

	// On paper: no header, menu, footer or buttons.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	const quiz = realContent().quizzes[0]!;
	await page.getByRole('link', { name: `Answer key: ${quiz.title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Answer key: ${quiz.title}`);
	const items = page.locator('ol.questions > li');
	await expect(items).toHaveCount(quiz.questions.length);
	for (const [i, q] of quiz.questions.entries())
		for (const line of describeCorrect(q)) await expect(items.nth(i)).toContainText(line);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `answer key (${scheme})`);
	}
});

test('no student page links to the guide', async ({ page }) => {
	for (const path of ['/', '/quiz', '/review', '/timeline', '/glossary', '/sources']) {
		await page.goto(path);
		await expect(page.locator('a[href*="/teach/guide"]'), path).toHaveCount(0);
	}
});
