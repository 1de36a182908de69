// Accessibility: axe-core (WCAG 2.2 A and AA rules) on every page, on every situation of every
// scenario's historical path and its debrief, on every question type before and after its
// feedback, and on a finished test's results, in the light and the dark colour scheme.
// The page list, scenarios and questions come from content/, so new content is scanned with no
// new test code.
import { expect, test } from '@playwright/test';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { PAGES } from './pages';
import { answerByKeyboard, questionOnScreen, quizzes } from './quiz-keys';
import { QUESTION_TYPES } from '../../src/lib/content/question-types';
import { choose } from './choose';

const scenarios = contentScenarios();

const SCHEMES = ['light', 'dark'] as const;
// Every kind of question, so a new kind is scanned with no new test code.
const TYPES = QUESTION_TYPES;

for (const scheme of SCHEMES) {
	test.describe(`${scheme} colour scheme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
		});

		for (const path of PAGES) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				await settled(page);
				await expectNoAxeViolations(page, `${path} (${scheme})`);
			});
		}

		for (const scenario of scenarios) {
			test(`every situation of "${scenario.id}" on the historical path, and its debrief, has no axe violations`, async ({
				page
			}) => {
				await page.goto(`/play/${scenario.id}`);
				await settled(page);
				for (const [i, { situation, choice }] of historicalPath(scenario).entries()) {
					await expect(page.locator('#situation-heading')).toHaveText(situation.title);
					await expectNoAxeViolations(page, `${scenario.id} / ${situation.id} (${scheme})`);
					if (i === 1) {
						// The "start again?" dialog, open.
						await page.getByRole('button', { name: 'Start again…' }).click();
						await expect(page.getByRole('dialog')).toBeVisible();
						await expectNoAxeViolations(page, `${scenario.id} restart dialog (${scheme})`);
						await page.getByRole('button', { name: 'Keep playing' }).click();
					}
					await choose(page, choice.label);
				}
				const ending = historicalEnding(scenario)!;
				await expect(page.getByRole('heading', { name: ending.title, level: 3 })).toBeVisible();
				await expectNoAxeViolations(page, `${scenario.id} debrief (${scheme})`);
			});
		}

		test('every question type, before and after its feedback, has no axe violations', async ({
			page
		}) => {
			const quiz = quizzes.find((q) => TYPES.every((t) => q.questions.some((x) => x.type === t)));
			expect(quiz, 'a quiz with a question of every type').toBeDefined();
			await page.goto(`/quiz/${quiz!.id}`);
			await settled(page);
			await page.getByRole('radio', { name: /^Practice/ }).check();
			await page.getByRole('button', { name: 'Start' }).click();
			const seen = new Set<string>();
			for (let i = 0; i < quiz!.questions.length && seen.size < TYPES.length; i++) {
				await expect(page.getByRole('heading', { name: `Question ${i + 1} of ` })).toBeVisible();
				const q = await questionOnScreen(page);
				const fresh = !seen.has(q.type);
				seen.add(q.type);
				if (fresh) await expectNoAxeViolations(page, `a ${q.type} question (${scheme})`);
				// Answered wrongly, the feedback shows the most: both answers and every mark.
				await answerByKeyboard(page, q, fresh);
				await page.getByRole('button', { name: 'Check answer' }).click();
				await expect(page.locator('#verdict')).toBeVisible();
				if (fresh) await expectNoAxeViolations(page, `a ${q.type} question's feedback (${scheme})`);
				await page.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
			}
			expect([...seen].sort()).toEqual([...TYPES].sort());
		});

		test("a finished test's results, and the quiz page listing it, have no axe violations", async ({
			page
		}) => {
			const quiz = quizzes[0]!;
			await page.goto(`/quiz/${quiz.id}`);
			await settled(page);
			await page.getByRole('radio', { name: /^Test/ }).check();
			await page.getByRole('button', { name: 'Start' }).click();
			for (let i = 0; i < quiz.questions.length; i++) {
				await expect(page.getByRole('heading', { name: `Question ${i + 1} of ` })).toBeVisible();
				await answerByKeyboard(page, await questionOnScreen(page), i % 2 === 0);
				await page.getByRole('button', { name: 'Save answer' }).click();
			}
			await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
			await expectNoAxeViolations(page, `test results (${scheme})`);
			await page.getByRole('button', { name: 'Back to the quiz' }).click();
			await expect(page.getByRole('heading', { name: 'Your earlier attempts' })).toBeVisible();
			await expectNoAxeViolations(page, `quiz page with an earlier attempt (${scheme})`);
		});
	});
}
