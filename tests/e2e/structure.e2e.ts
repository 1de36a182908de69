// Structure and keyboard use on every page, in light and dark: one h1, no skipped heading
// levels, the header / navigation / main / footer landmarks, a clear focus outline on every
// focusable element; and what screen readers are told after a scenario choice and a quiz answer.
import { expect, test } from '@playwright/test';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectHeadingOutline, expectLandmarks, expectVisibleFocus, settled } from './axe';
import { PAGES } from './pages';
import { answerByKeyboard, press, questionOnScreen, quizzes, tabTo } from './quiz-keys';
import { continueButton, outcomeHeading } from './choose';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} colour scheme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
		});
		for (const path of PAGES) {
			test(`${path}: one h1, no skipped heading levels, landmarks, visible focus`, async ({
				page
			}) => {
				await page.goto(path);
				await settled(page);
				await expectHeadingOutline(page, path);
				await expectLandmarks(page, path);
				await expectVisibleFocus(page, `${path} (${scheme})`);
			});
		}
	});
}

const scenario = contentScenarios()[0]!;

test('a scenario choice is announced, focus moves to the next situation, and the outline holds to the debrief', async ({
	page
}) => {
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	const status = page.locator('main [role="status"]').first();
	const steps = historicalPath(scenario);
	for (const [i, { situation, choice }] of steps.entries()) {
		await expect(page.locator('#situation-heading')).toHaveText(situation.title);
		await expectHeadingOutline(page, situation.id);
		await tabTo(page, page.locator('.choice', { hasText: choice.label }));
		await page.keyboard.press('Enter');
		// The outcome first, its heading focused, what changed announced; then on by keyboard.
		await expect(outcomeHeading(page)).toBeFocused();
		await expect(status).toContainText('Saved.');
		await expectHeadingOutline(page, `the outcome of ${choice.id}`);
		await tabTo(page, continueButton(page));
		await page.keyboard.press('Enter');
		const next = steps[i + 1];
		if (next) {
			await expect(page.locator('#situation-heading')).toBeFocused();
			await expect(status).toContainText(`Next: ${next.situation.title}.`);
		}
	}
	const ending = historicalEnding(scenario)!;
	await expect(page.getByRole('heading', { name: `The end: ${ending.title}` })).toBeFocused();
	await expect(status).toContainText(`The scenario has ended: ${ending.title}.`);
	await expectHeadingOutline(page, 'the debrief');
	await expectLandmarks(page, 'the debrief');
	await expectVisibleFocus(page, 'the debrief');
});

test('a quiz answer is announced and its verdict focused; the question types keep a visible focus', async ({
	page
}) => {
	const quiz = quizzes[0]!;
	await page.goto(`/quiz/${quiz.id}`);
	await settled(page);
	await page.getByRole('radio', { name: /^Practice/ }).check();
	await press(page, 'Start');
	const status = page.locator('main [role="status"]').first();
	const seen = new Set<string>();
	for (let i = 0; i < quiz.questions.length; i++) {
		const q = await questionOnScreen(page);
		if (!seen.has(q.type)) await expectVisibleFocus(page, `a ${q.type} question`);
		await expectHeadingOutline(page, `question ${i + 1}`);
		const wrong = i % 2 === 1;
		await answerByKeyboard(page, q, wrong);
		await press(page, 'Check answer');
		const verdict = page.locator('#verdict');
		await expect(verdict).toBeFocused();
		const label = (await verdict.textContent())!.trim();
		expect(label).toMatch(wrong ? /Not right|Partly right/ : /^Right$/);
		await expect(status).toHaveText(new RegExp(`^${label}\\.`));
		if (!seen.has(q.type)) {
			await expectHeadingOutline(page, `question ${i + 1}'s feedback`);
			await expectVisibleFocus(page, `a ${q.type} question's feedback`);
		}
		seen.add(q.type);
		await press(page, i === quiz.questions.length - 1 ? 'See your results' : 'Next question');
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	await expectHeadingOutline(page, 'the results');
	await expectVisibleFocus(page, 'the results');
});
